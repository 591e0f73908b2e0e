import { looksLikeHtml } from '../input/html.js';
import { readBase64 } from '../input/base64.js';
import { percentDecode } from '../input/query.js';
import type { RedactStats } from './encoded.js';
import { newStats, redactHtml, redactQuery, redactSamlValue, redactUrl, redactXmlText } from './encoded.js';
import { redactHar, redactTracer } from './capture.js';
import type { PlaceholderKind, RedactOptions } from './placeholders.js';
import { Placeholders, redactText } from './placeholders.js';

export type { RedactOptions } from './placeholders.js';

export type RedactedKind = 'har' | 'saml-tracer' | 'xml' | 'html' | 'url' | 'form' | 'base64' | 'url-encoded-base64' | 'text';

export interface RedactOutcome {
  output: string;
  kind: RedactedKind;
  /** Distinct values replaced, per kind of placeholder. */
  replaced: Partial<Record<PlaceholderKind, number>>;
  stats: RedactStats;
  /** What the reader of the copy must know (signatures broken, values replaced whole). */
  notes: string[];
}

function redactJson(text: string, ph: Placeholders, stats: RedactStats): { output: string; kind: RedactedKind } | undefined {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root)) return undefined;
  const o = root as Record<string, unknown>;
  let kind: RedactedKind;
  if (typeof o.log === 'object' && o.log !== null) {
    redactHar(o, ph, stats);
    kind = 'har';
  } else if (Array.isArray(o.requests)) {
    redactTracer(o, ph, stats);
    kind = 'saml-tracer';
  } else {
    return undefined;
  }
  const indent = /^\{\s*\n(\s+)"/.exec(text)?.[1]?.length ?? 0;
  return { output: JSON.stringify(root, null, indent || undefined) + (text.endsWith('\n') ? '\n' : ''), kind };
}

function redactOne(text: string, ph: Placeholders, stats: RedactStats): { output: string; kind: RedactedKind } {
  const t = text.trim();
  if (t.startsWith('{')) {
    const json = redactJson(text, ph, stats);
    if (json) return json;
  }
  if (t.startsWith('<')) {
    if (looksLikeHtml(t)) return { output: redactHtml(text, ph, stats), kind: 'html' };
    return { output: redactXmlText(text, ph, stats), kind: 'xml' };
  }
  if (/^https?:\/\//i.test(t)) return { output: redactUrl(t, ph, stats) + (text.endsWith('\n') ? '\n' : ''), kind: 'url' };
  if (/(^|&)(SAMLResponse|SAMLRequest)=/i.test(t)) return { output: redactQuery(t, ph, stats) + (text.endsWith('\n') ? '\n' : ''), kind: 'form' };
  if (readBase64(t)) return { output: redactSamlValue(t, ph, stats) + (text.endsWith('\n') ? '\n' : ''), kind: 'base64' };
  if (/%2[bBfF]|%3[dD]/.test(t) && readBase64(percentDecode(t, false))) {
    return { output: encodeURIComponent(redactSamlValue(percentDecode(t, false), ph, stats)), kind: 'url-encoded-base64' };
  }
  return { output: redactText(text, ph), kind: 'text' };
}

/**
 * A copy safe for a ticket: NameIDs, emails, names, attribute values, IP addresses, cookies and
 * credentials replaced by stable placeholders, in the same format as the input (a HAR stays a
 * valid HAR, base64 stays base64). Pure: text in, text out.
 */
export function redact(text: string, opts: RedactOptions = {}): RedactOutcome {
  const ph = new Placeholders(opts);
  const stats = newStats();
  const { output, kind } = redactOne(text, ph, stats);
  const notes: string[] = [];
  // Re-encoding alone can leave a message byte-identical: only a changed copy breaks its signatures.
  if (stats.signedMessages > 0 && output !== text) {
    notes.push(
      `${stats.signedMessages} signed SAML message${stats.signedMessages === 1 ? '' : 's'} changed: the XML signatures in the copy no longer verify ` +
        '(certificates and signature values are kept; they are public). Diagnose signature problems on the original.',
    );
  }
  if (stats.opaqueValues > 0) {
    notes.push(`${stats.opaqueValues} SAML value${stats.opaqueValues === 1 ? '' : 's'} could not be decoded and ${stats.opaqueValues === 1 ? 'was' : 'were'} replaced whole.`);
  }
  if (kind === 'text') notes.push('The input is not a SAML message or capture; only email and IP addresses were replaced.');
  return { output, kind, replaced: ph.counts(), stats, notes };
}
