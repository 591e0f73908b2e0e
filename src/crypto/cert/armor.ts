import { nearest } from '../../util/nearest.js';

/**
 * Finds PEM framing lines however they were mangled: missing or extra dashes, lower case, a
 * shortened label, the body on the same line. Exact matching is left to the caller, which reports
 * every deviation from `-----BEGIN CERTIFICATE-----`.
 */
export type LabelKind = 'certificate' | 'private-key' | 'public-key' | 'csr' | 'pkcs7' | 'crl' | 'unknown';

export interface ArmorLine {
  kind: 'BEGIN' | 'END';
  /** The line as written, trimmed, for messages. */
  written: string;
  /** The label as written, upper-cased and with single spaces. */
  label: string;
  /** The standard label it stands for (CERTIFICATE for "CERT"), when recognisable. */
  canonicalLabel?: string;
  labelKind: LabelKind;
  /** Offsets of the armour itself (dashes to dashes) in the text. */
  start: number;
  end: number;
  /** Offsets of the line holding it (at most WINDOW characters either side of the keyword). */
  lineStart: number;
  lineEnd: number;
  lineNumber: number;
  /** What is wrong with it, in words; empty when it is exactly right. */
  problems: string[];
}

const LABELS: Record<string, LabelKind> = {
  CERTIFICATE: 'certificate',
  'X509 CERTIFICATE': 'certificate',
  'TRUSTED CERTIFICATE': 'certificate',
  'CERTIFICATE REQUEST': 'csr',
  'NEW CERTIFICATE REQUEST': 'csr',
  'PRIVATE KEY': 'private-key',
  'RSA PRIVATE KEY': 'private-key',
  'EC PRIVATE KEY': 'private-key',
  'DSA PRIVATE KEY': 'private-key',
  'ENCRYPTED PRIVATE KEY': 'private-key',
  'OPENSSH PRIVATE KEY': 'private-key',
  'PUBLIC KEY': 'public-key',
  'RSA PUBLIC KEY': 'public-key',
  PKCS7: 'pkcs7',
  'PKCS #7 SIGNED DATA': 'pkcs7',
  CMS: 'pkcs7',
  'X509 CRL': 'crl',
};

/** Shortenings people write for CERTIFICATE. */
const CERT_ALIASES = new Set(['CERT', 'CERTIFICATES', 'X509', 'X.509 CERTIFICATE', 'SSL CERTIFICATE']);

const WORD = /^[A-Za-z#][A-Za-z0-9#.]{0,13}$/;

/** Armour lines read past this many are ignored: real inputs have a handful, hostile ones millions. */
const MAX_ARMOR_LINES = 200;

/** How far around a keyword the armour is looked for; keeps the scan linear on one huge line. */
const WINDOW = 120;

export function findArmor(text: string): ArmorLine[] {
  const out: ArmorLine[] = [];
  const re = /BEGIN|END/gi;
  let m: RegExpExecArray | null;
  let lineNumber = 1;
  let nextNewline = text.indexOf('\n');
  while ((m = re.exec(text)) && out.length < MAX_ARMOR_LINES) {
    const at = m.index;
    const prev = text[at - 1];
    if (prev !== undefined && /[A-Za-z0-9+/]/.test(prev)) continue;
    while (nextNewline !== -1 && nextNewline < at) {
      lineNumber++;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    const line = parseAt(text, at, m[0].toUpperCase() as 'BEGIN' | 'END', lineNumber);
    if (!line) continue;
    out.push(line);
    re.lastIndex = line.end;
  }
  return out;
}

function parseAt(text: string, at: number, kind: 'BEGIN' | 'END', lineNumber: number): ArmorLine | undefined {
  let lineStart = at;
  while (lineStart > 0 && lineStart > at - WINDOW && text[lineStart - 1] !== '\n') lineStart--;
  let lineEnd = at;
  while (lineEnd < text.length && lineEnd < at + WINDOW && text[lineEnd] !== '\n') lineEnd++;

  // Dashes before the keyword, allowing spaces between.
  let start = at;
  let lead = 0;
  for (let i = at - 1; i >= lineStart; i--) {
    const c = text[i]!;
    if (c === '-') {
      lead++;
      start = i;
    } else if (c === ' ' || c === '\t') {
      if (lead) break;
    } else break;
  }

  // The label: up to four short words, stopping at dashes, the end of the line or a base64 run.
  let pos = at + kind.length;
  const afterKeyword = text[pos];
  if (afterKeyword !== ' ' && afterKeyword !== '\t') return undefined;
  const words: string[] = [];
  while (words.length < 4) {
    const ws = /^[ \t]+/.exec(text.slice(pos, lineEnd));
    const skip = ws ? ws[0].length : 0;
    const rest = text.slice(pos + skip, lineEnd);
    const w = /^[^\s-]+/.exec(rest);
    if (!w || !WORD.test(w[0])) break;
    words.push(w[0]);
    pos += skip + w[0].length;
  }
  if (!words.length) return undefined;

  // Dashes after the label.
  let end = pos;
  let trail = 0;
  const tail = /^[ \t]*(-+)/.exec(text.slice(pos, lineEnd));
  if (tail) {
    trail = tail[1]!.length;
    end = pos + tail[0].length;
  }
  const aloneOnLine = text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '';
  if (!lead && !trail && !aloneOnLine) return undefined;

  const written = text.slice(start, end);
  const label = words.join(' ').toUpperCase();
  const { canonicalLabel, labelKind } = resolveLabel(label);
  if (labelKind === 'unknown' && !lead && !trail) return undefined;

  const problems: string[] = [];
  if (lead !== 5 || trail !== 5) problems.push(`${lead} dash${lead === 1 ? '' : 'es'} before and ${trail} after (5 each expected)`);
  if (/[a-z]/.test(written)) problems.push('lower-case letters');
  if (canonicalLabel !== label) {
    problems.push(canonicalLabel ? `label "${label}" instead of "${canonicalLabel}"` : `unknown label "${label}"`);
  }
  const tidy = `${'-'.repeat(lead)}${kind} ${words.join(' ')}${'-'.repeat(trail)}`;
  if (written.toUpperCase() !== tidy.toUpperCase()) problems.push('irregular spacing');

  return {
    kind,
    written,
    label,
    ...(canonicalLabel ? { canonicalLabel } : {}),
    labelKind,
    start,
    end,
    lineStart,
    lineEnd,
    lineNumber,
    problems,
  };
}

function resolveLabel(label: string): { canonicalLabel?: string; labelKind: LabelKind } {
  const exact = LABELS[label];
  if (exact) return { canonicalLabel: label, labelKind: exact };
  if (CERT_ALIASES.has(label)) return { canonicalLabel: 'CERTIFICATE', labelKind: 'certificate' };
  const near = nearest(label, Object.keys(LABELS), 1)[0];
  if (near) return { canonicalLabel: near, labelKind: LABELS[near]! };
  return { labelKind: 'unknown' };
}

/** The exact framing line for a label. */
export function armorLine(kind: 'BEGIN' | 'END', label = 'CERTIFICATE'): string {
  return `-----${kind} ${label}-----`;
}
