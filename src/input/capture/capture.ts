import type { Finding } from '../../checks/types.js';
import type { CaptureEntry } from './entry.js';
import type { CapturedMessage } from './messages.js';
import { messagesOfEntry } from './messages.js';
import type { CaptureNote } from './said.js';
import { hostOf, notesOfEntry, withoutQuery } from './said.js';

export type CaptureKind = 'har' | 'saml-tracer';

export interface AttachedNote extends CaptureNote {
  /** Index into Capture.messages of the SAML message this belongs to. */
  messageIndex?: number;
}

/** Everything a capture tells about one login: its SAML messages and what the pages said. */
export interface Capture {
  kind: CaptureKind;
  source: string;
  /** Browser or tool that wrote the file, e.g. "Firefox 131.0". */
  creator?: string;
  entryCount: number;
  /** Hosts in the order first seen, with how many requests went to each. */
  hosts: { host: string; requests: number }[];
  firstTime?: string;
  lastTime?: string;
  messages: CapturedMessage[];
  notes: AttachedNote[];
  /** Problems decoding SAML parameters found in the capture (input-* codes). */
  findings: Finding[];
}

/** Bounds what a capture of millions of requests can make us keep. */
const MAX_HOSTS = 500;
/** Per kind: HTTP error statuses, and words (AADSTS codes, error parameters and bodies). */
const MAX_NOTES = 1000;

/** Collects a capture entry by entry, so that a streamed file is never held whole. */
export class CaptureCollector {
  private readonly hosts = new Map<string, number>();
  private readonly messages: CapturedMessage[] = [];
  private readonly notes: CaptureNote[] = [];
  private readonly findings: Finding[] = [];
  private entryCount = 0;
  private httpErrors = 0;
  private words = 0;
  private firstTime?: string;
  private lastTime?: string;

  constructor(
    private readonly source: string,
    private readonly kind: CaptureKind,
  ) {}

  add(entry: CaptureEntry): void {
    this.entryCount++;
    const host = hostOf(entry.url);
    if (host && (this.hosts.has(host) || this.hosts.size < MAX_HOSTS)) this.hosts.set(host, (this.hosts.get(host) ?? 0) + 1);
    if (entry.startedDateTime) {
      this.firstTime ??= entry.startedDateTime;
      this.lastTime = entry.startedDateTime;
    }
    const found = messagesOfEntry(entry, this.source, this.kind);
    this.messages.push(...found.messages);
    this.findings.push(...found.findings);
    for (const note of notesOfEntry(entry)) {
      // Stray 404s of a long session must not crowd out the words that matter.
      const kept = note.kind === 'http-error' ? this.httpErrors++ : this.words++;
      if (kept < MAX_NOTES) this.notes.push(note);
    }
  }

  finish(creator?: string): Capture {
    const messages = dropAnnounced(this.messages);
    const capture: Capture = {
      kind: this.kind,
      source: this.source,
      entryCount: this.entryCount,
      hosts: [...this.hosts].map(([host, requests]) => ({ host, requests })),
      messages,
      notes: attachNotes(relevantNotes(this.notes, messages), messages),
      findings: this.findings,
    };
    if (creator) capture.creator = creator;
    if (this.firstTime) capture.firstTime = this.firstTime;
    if (this.lastTime) capture.lastTime = this.lastTime;
    return capture;
  }
}

/** An auto-post form or redirect header is dropped when the request it announces is in the capture too. */
function dropAnnounced(messages: readonly CapturedMessage[]): CapturedMessage[] {
  const sent = new Set(messages.filter((m) => m.carrier === 'query' || m.carrier === 'post').map((m) => m.xml));
  return messages.filter((m) => m.carrier === 'query' || m.carrier === 'post' || m.carrier === 'saml-tracer' || !sent.has(m.xml));
}

/** HTTP errors matter on the ACS URL only (a missing favicon is not the problem); words always matter. */
function relevantNotes(notes: readonly CaptureNote[], messages: readonly CapturedMessage[]): CaptureNote[] {
  const acs = new Set(
    messages.filter((m) => m.provenance.parameter === 'SAMLResponse' && m.provenance.url).map((m) => withoutQuery(m.provenance.url!)),
  );
  const carried = new Set(messages.filter((m) => m.carrier === 'post' || m.carrier === 'query').map((m) => m.provenance.entryIndex));
  return notes.filter((n) => n.kind !== 'http-error' || acs.has(n.url) || carried.has(n.entryIndex));
}

/** A note belongs to the message its own entry carried, else the nearest one before it, else the next one. */
function attachNotes(notes: readonly CaptureNote[], messages: readonly CapturedMessage[]): AttachedNote[] {
  return notes.map((note) => {
    let index = messages.findIndex((m) => m.provenance.entryIndex === note.entryIndex && m.carrier !== 'html-form');
    if (index === -1) {
      for (let i = messages.length - 1; i >= 0; i--) {
        if ((messages[i]!.provenance.entryIndex ?? 0) <= note.entryIndex) {
          index = i;
          break;
        }
      }
    }
    if (index === -1 && messages.length) index = 0;
    return index === -1 ? { ...note } : { ...note, messageIndex: index };
  });
}
