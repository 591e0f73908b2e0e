import { findParam, parseQuery, percentDecode } from '../query.js';
import type { CaptureEntry } from './entry.js';

/**
 * What the IdP or the app said in words when the flow broke: an AADSTS code on a Microsoft page,
 * OAuth-style `error`/`error_description` parameters, a JSON error body such as the one
 * `accounts:signInWithIdp` returns, or an HTTP error status.
 */
export type NoteKind = 'aadsts' | 'error-parameter' | 'error-body' | 'http-error';

export interface CaptureNote {
  kind: NoteKind;
  entryIndex: number;
  time?: string;
  /** Request URL without its query. */
  url: string;
  host: string;
  status?: number;
  /** AADSTS50011, INVALID_IDP_RESPONSE, access_denied ... */
  code?: string;
  /** The words as the page or body had them. */
  text: string;
}

/** Error pages put their message early; scanning a bounded prefix keeps huge bodies cheap. */
const SCAN_LIMIT = 2 * 1024 * 1024;
const MAX_TEXT = 400;

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export function withoutQuery(url: string): string {
  const q = url.search(/[?#]/);
  return q === -1 ? url : url.slice(0, q);
}

function clean(text: string): string {
  return text
    .replace(/\\u0027/g, "'")
    .replace(/\\"/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TEXT);
}

function aadsts(text: string, into: Map<string, string>): void {
  const re = /AADSTS(\d{5,6})\b:?\s*([^"<\\\r\n]*)/g;
  for (const m of text.slice(0, SCAN_LIMIT).matchAll(re)) {
    const code = `AADSTS${m[1]}`;
    const words = clean(m[2] ?? '');
    if (!into.has(code) || words.length > into.get(code)!.length) into.set(code, words);
  }
}

function errorBody(text: string): { code?: string; text: string } | undefined {
  if (text.length > SCAN_LIMIT || !text.trimStart().startsWith('{')) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const err = (body as Record<string, unknown>).error;
  const description = (body as Record<string, unknown>).error_description;
  let words: string | undefined;
  if (typeof err === 'object' && err !== null) {
    const e = err as Record<string, unknown>;
    words = typeof e.message === 'string' ? e.message : typeof e.status === 'string' ? e.status : undefined;
  } else if (typeof err === 'string') {
    words = typeof description === 'string' ? `${err}: ${description}` : err;
  }
  if (!words) return undefined;
  const code = /^[A-Z][A-Z0-9_]{3,}/.exec(words)?.[0] ?? (typeof err === 'string' ? err : undefined);
  return { code, text: clean(words) };
}

export function notesOfEntry(entry: CaptureEntry): CaptureNote[] {
  const url = withoutQuery(entry.url);
  const base = { entryIndex: entry.index, time: entry.startedDateTime, url, host: hostOf(entry.url), status: entry.status };
  const notes: CaptureNote[] = [];

  const codes = new Map<string, string>();
  for (const u of [entry.url, entry.location ?? '']) {
    const q = u.indexOf('?');
    if (q === -1) continue;
    const params = parseQuery(u.slice(q + 1));
    const error = findParam(params, 'error');
    const description = findParam(params, 'error_description');
    const words = description ? percentDecode(description.raw, true) : '';
    if (/AADSTS\d/.test(words)) aadsts(words, codes);
    else if (error) {
      const code = percentDecode(error.raw, true);
      notes.push({ ...base, kind: 'error-parameter', code, text: clean(words ? `${code}: ${words}` : code) });
    }
  }
  const body = entry.responseText;
  if (body) {
    aadsts(body, codes);
    const json = (entry.responseMimeType?.includes('json') || body.trimStart().startsWith('{')) && errorBody(body);
    if (json) notes.push({ ...base, kind: 'error-body', ...json });
  }
  for (const [code, words] of codes) notes.push({ ...base, kind: 'aadsts', code, text: words ? `${code}: ${words}` : code });
  if (entry.status !== undefined && entry.status >= 400) {
    notes.push({ ...base, kind: 'http-error', code: String(entry.status), text: `HTTP ${entry.status}` });
  }
  return notes;
}
