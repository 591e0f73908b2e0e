import type { Capture } from '../input/capture/index.js';
import { formatClock } from '../util/time.js';
import { shortId } from './context.js';
import type { FlowStep } from './steps.js';
import { readSteps } from './steps.js';
import { isIdpInitiated } from './checks/unsolicited.js';

/** One SAML step of a captured login, as the timeline shows it. */
export interface TimelineLine {
  messageIndex: number;
  entryIndex?: number;
  time?: string;
  direction: 'SP → IdP' | 'IdP → SP' | '?';
  message: string;
  binding?: string;
  host: string;
  id?: string;
  inResponseTo?: string;
  /** SAML status of a Response, e.g. 'Success' or 'Requester/InvalidNameIDPolicy'. */
  status?: string;
  httpStatus?: number;
  idpInitiated: boolean;
  /** What the IdP or app said in words near this step. */
  said: string[];
}

const NAMES: Record<string, string> = {
  'authn-request': 'AuthnRequest',
  response: 'Response',
  'logout-request': 'LogoutRequest',
  'logout-response': 'LogoutResponse',
  assertion: 'Assertion',
};

function direction(step: FlowStep, spIssuers: Set<string>): TimelineLine['direction'] {
  if (step.kind === 'authn-request') return 'SP → IdP';
  if (step.kind === 'response') return 'IdP → SP';
  if (step.issuer !== undefined) return spIssuers.has(step.issuer) ? 'SP → IdP' : 'IdP → SP';
  return '?';
}

export function buildTimeline(capture: Capture, steps: readonly FlowStep[] = readSteps(capture)): TimelineLine[] {
  const spIssuers = new Set(steps.filter((s) => s.kind === 'authn-request' && s.issuer).map((s) => s.issuer!));
  return steps.map((step) => {
    const p = step.provenance;
    const line: TimelineLine = {
      messageIndex: step.messageIndex,
      direction: direction(step, spIssuers),
      message: NAMES[step.kind] ?? (p.parameter ?? 'unknown message'),
      host: step.host,
      idpInitiated: step.kind === 'response' && isIdpInitiated({ steps: [...steps] }, step),
      said: capture.notes.filter((n) => n.messageIndex === step.messageIndex).map((n) => `${clip(n.text)} (${n.host}, entry ${n.entryIndex})`),
    };
    if (p.entryIndex !== undefined) line.entryIndex = p.entryIndex;
    if (p.capturedAt) line.time = p.capturedAt;
    if (p.binding) line.binding = p.binding;
    if (step.id) line.id = step.id;
    if (step.inResponseTo) line.inResponseTo = step.inResponseTo;
    if (step.status) line.status = step.status;
    if (p.httpStatus !== undefined) line.httpStatus = p.httpStatus;
    return line;
  });
}

function clock(iso: string | undefined): string {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? '--:--:--' : formatClock(ms);
}

function pad(cells: string[][]): string[] {
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd());
}

/** Plain text lines: one per step, then indented lines for what the pages said there. */
export function formatTimeline(lines: readonly TimelineLine[]): string[] {
  if (!lines.length) return [];
  const rows = lines.map((l) => {
    const ids = [l.id ? `ID ${shortId(l.id)}` : '', l.inResponseTo ? `↩ ${shortId(l.inResponseTo)}` : '', l.idpInitiated ? '(IdP-initiated)' : '']
      .filter(Boolean)
      .join(' ');
    const tail = [l.status, l.entryIndex !== undefined ? `entry ${l.entryIndex}` : '', l.httpStatus !== undefined ? `HTTP ${l.httpStatus}` : '']
      .filter(Boolean)
      .join(' · ');
    return [clock(l.time), l.direction, l.message, l.binding ?? '', l.host, ids, tail];
  });
  const out: string[] = [];
  pad(rows).forEach((row, i) => {
    out.push(row);
    for (const s of lines[i]!.said) out.push(`          ! ${s}`);
  });
  return out;
}

/** The timeline is an overview on one screen; the finding for the same note quotes it in full. */
const MAX_SAID = 100;
function clip(text: string): string {
  return text.length > MAX_SAID ? `${text.slice(0, MAX_SAID - 1).trimEnd()}…` : text;
}
