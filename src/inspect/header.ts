import type { Provenance } from '../input/types.js';
import { algorithmName, bindingName } from './names.js';
import { formatUtc } from '../util/time.js';

/** Where the judging time came from: --now, the capture, or the clock. */
export type NowSource = 'option' | 'capture' | 'clock';

/** The decoder's step names (src/input/decode.ts) in words; unknown steps are shown as they are. */
const STEP_WORDS: Record<string, string> = {
  'url-decode': 'URL-encoded',
  form: 'form body',
  url: 'URL query',
  'html-form': 'HTML form',
  'json-string': 'JSON string',
  unquote: 'quotes removed',
};

/** "URL-encoded → base64 → inflate"; "raw XML" when nothing had to be unwrapped. */
export function describeSteps(steps: readonly string[]): string {
  return steps.length ? steps.map((s) => STEP_WORDS[s] ?? s).join(' → ') : 'raw XML';
}

/** GUIDs make headers unreadable; the body shows them in full. */
export function shortenIds(text: string): string {
  return text.replace(/\b([0-9a-f]{4})[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '$1…');
}

/** Worded like the other commands' headers: "judged at <instant> (--now)". */
export function asOfLine(now: Date, source: NowSource): string {
  if (source === 'capture') return `captured ${formatUtc(now)}, judged at capture time`;
  return `judged at ${formatUtc(now)} (${source === 'option' ? '--now' : 'now'})`;
}

/** The header lines after the title: where the message came from and how it was unwrapped. */
export function provenanceLines(p: Provenance, now: Date, nowSource: NowSource): string[] {
  const where: string[] = [p.entryIndex !== undefined ? `${p.source} entry ${p.entryIndex}` : p.source];
  if (p.method || p.url) where.push([p.method, p.url].filter(Boolean).join(' '));
  if (p.httpStatus !== undefined) where.push(`HTTP ${p.httpStatus}`);
  const lines = [`${asOfLine(now, nowSource)} · ${where.join(', ')} · ${describeSteps(p.steps)}`];
  const how: string[] = [];
  if (p.binding) how.push(`${bindingName(p.binding)}${p.parameter ? ` ${p.parameter}` : ''}`);
  if (p.relayState !== undefined) how.push(`RelayState ${p.relayState === '' ? '(empty)' : p.relayState}`);
  if (p.sigAlg) how.push(`SigAlg ${algorithmName(p.sigAlg)}${p.signature ? ' (query signature present, not verified here)' : ''}`);
  if (how.length) lines.push(how.join(' · '));
  return lines;
}
