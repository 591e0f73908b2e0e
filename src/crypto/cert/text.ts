import type { Finding } from '../../checks/types.js';
import { finding } from '../../checks/types.js';
import {
  certControlChars,
  certCrlf,
  certEncoding,
  certEscapedNewlines,
  certNonAscii,
} from '../../checks/certificate/rules.js';

/**
 * Undoes what editors, chat tools and terminals do to a pasted certificate, reporting each kind of
 * damage once. Only characters that can never be part of a PEM certificate are touched, so the base64
 * letters that carry the certificate are left as they were (look-alike letters are the exception,
 * and the lint proves those repairs by the certificate's own signature).
 */
export interface CleanText {
  text: string;
  /** Findings about the whole text (escapes, line endings, control characters). */
  findings: Finding[];
  /** Non-ASCII characters met; the lint reports those inside the certificate (see nonAsciiFinding). */
  substitutions: Substitution[];
}

/** Bytes -> text: UTF-16 with BOM (PowerShell's ">" writes it), UTF-8 with or without BOM. */
export function decodeBytes(bytes: Uint8Array): { text: string; findings: Finding[] } {
  const b = bytes;
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    const le = b[0] === 0xff;
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(b.subarray(2));
    return {
      text,
      findings: [
        finding(certEncoding, {
          message: `the file is UTF-16 (${le ? 'little' : 'big'}-endian) text; upload forms expect ASCII/UTF-8`,
          expected: 'ASCII or UTF-8 text',
          actual: `UTF-16${le ? 'LE' : 'BE'} with byte-order mark`,
          hint: 'Save it as UTF-8 (or use --fix). In PowerShell write files with `Set-Content -Encoding ascii`, not ">".',
        }),
      ],
    };
  }
  const hasBom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  const text = Buffer.from(hasBom ? b.subarray(3) : b).toString('utf8');
  return {
    text,
    findings: hasBom
      ? [
          finding(certEncoding, {
            severity: 'info',
            message: 'the file starts with a UTF-8 byte-order mark (invisible); a few parsers reject it',
            expected: 'no byte-order mark',
            actual: 'EF BB BF at the start',
            hint: 'Save without BOM ("UTF-8" rather than "UTF-8 with BOM"), or use --fix.',
          }),
        ]
      : [],
  };
}

/** Literal escapes for a line break, as JSON strings, env files and logs write them. */
const ESCAPED_NEWLINE = /\\r\\n|\\n|\\r|\\x0a|\\u000a|\\012/gi;

export function cleanText(input: string): CleanText {
  const findings: Finding[] = [];
  let text = input.startsWith('\ufeff') ? input.slice(1) : input;

  const escapes = text.match(ESCAPED_NEWLINE);
  if (escapes) {
    text = text.replace(ESCAPED_NEWLINE, '\n');
    findings.push(
      finding(certEscapedNewlines, {
        message: `${escapes.length} line break${escapes.length === 1 ? ' is' : 's are'} written as the text "${escapes[0]}"`,
        expected: 'real line breaks',
        actual: `${escapes.length} × "${escapes[0]}"`,
        hint:
          'The certificate was copied out of a JSON string, an environment variable or a log. Use --fix, or copy ' +
          'it from the IdP download instead.',
      }),
    );
  }

  text = normaliseLineEndings(text, findings);
  text = removeControlChars(text, findings);
  const mapped = mapUnicode(text);
  return { text: mapped.text, findings, substitutions: mapped.subs };
}

function normaliseLineEndings(text: string, findings: Finding[]): string {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const loneCr = (text.match(/\r(?!\n)/g) ?? []).length;
  const loneLf = (text.match(/(?<!\r)\n/g) ?? []).length;
  if (crlf && !loneLf && !loneCr) {
    findings.push(
      finding(certCrlf, {
        message: `Windows line endings (CR LF) on ${crlf} line${crlf === 1 ? '' : 's'}, as in Entra's "Certificate (Base64)" download; accepted almost everywhere`,
        expected: 'LF line endings',
        actual: 'CR LF',
        hint: 'Nothing needs to change; --fix writes LF endings if an app is strict about it.',
      }),
    );
  } else if (crlf && loneLf) {
    findings.push(
      finding(certCrlf, {
        severity: 'warning',
        message: `mixed line endings: ${crlf} CR LF and ${loneLf} LF; the text was edited by hand`,
        expected: 'one kind of line ending (LF)',
        actual: `${crlf} CR LF, ${loneLf} LF`,
        hint: 'Use --fix, or copy the certificate again from the IdP download.',
      }),
    );
  }
  if (loneCr && !crlf && !loneLf) {
    // Classic Mac OS line endings: every break is a lone CR.
    findings.push(
      finding(certCrlf, {
        severity: 'warning',
        message: `lines end in a bare CR (old Mac style) on ${loneCr} lines; many parsers see one long line`,
        expected: 'LF line endings',
        actual: 'CR',
        hint: 'Use --fix, or save the file with LF (Unix) line endings.',
      }),
    );
    return text.replace(/\r/g, '\n');
  }
  return text.replace(/\r\n/g, '\n');
}

// eslint-disable-next-line no-control-regex
const ANSI_ESCAPE = /\x1b\[[0-9;?]*[A-Za-z]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

function removeControlChars(text: string, findings: Finding[]): string {
  const ansi = text.match(ANSI_ESCAPE) ?? [];
  const stripped = text.replace(ANSI_ESCAPE, '');
  const hits: string[] = [];
  let firstOffset: number | undefined;
  stripped.replace(CONTROL, (ch, offset: number) => {
    hits.push(controlName(ch));
    firstOffset ??= offset;
    return '';
  });
  if (!ansi.length && !hits.length) return stripped;
  const kinds = countKinds([...(ansi.length ? Array(ansi.length).fill('terminal colour code') : []), ...hits]);
  findings.push(
    finding(certControlChars, {
      message: `${ansi.length + hits.length} invisible control character${ansi.length + hits.length === 1 ? '' : 's'}: ${kinds}`,
      expected: 'only base64 characters and line breaks',
      actual: kinds,
      location: firstOffset === undefined ? undefined : position(stripped, firstOffset),
      hint: 'Use --fix, or copy the certificate from the IdP download rather than from a terminal or another tool.',
    }),
  );
  return stripped.replace(CONTROL, '');
}

function controlName(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0x0d) return 'carriage return inside a line';
  if (code === 0x00) return 'NUL';
  if (code === 0x0b) return 'vertical tab';
  if (code === 0x0c) return 'form feed';
  if (code === 0x1b) return 'ESC';
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

export interface Mapping {
  to: string;
  name: string;
  lookalike?: boolean;
}

const DASH: Mapping = { to: '-', name: 'long dash' };
const SPACE: Mapping = { to: ' ', name: 'no-break or typographic space' };
const ZERO_WIDTH: Mapping = { to: '', name: 'zero-width character' };
const BULLET: Mapping = { to: '', name: 'bullet' };
const DQUOTE: Mapping = { to: '"', name: 'curly quote' };
const SQUOTE: Mapping = { to: "'", name: 'curly quote' };
const NEWLINE: Mapping = { to: '\n', name: 'Unicode line separator' };

const UNICODE_MAP: Record<string, Mapping> = {
  '\u2010': DASH, '\u2011': DASH, '\u2012': DASH, '\u2013': { to: '-', name: 'en dash' },
  '\u2014': { to: '-', name: 'em dash' }, '\u2015': DASH, '\u2212': { to: '-', name: 'minus sign' },
  '\ufe58': DASH, '\ufe63': DASH, '\uff0d': DASH,
  '\u00a0': { to: ' ', name: 'no-break space' }, '\u2000': SPACE, '\u2001': SPACE, '\u2002': SPACE,
  '\u2003': SPACE, '\u2004': SPACE, '\u2005': SPACE, '\u2006': SPACE, '\u2007': SPACE, '\u2008': SPACE,
  '\u2009': SPACE, '\u200a': SPACE, '\u202f': SPACE, '\u205f': SPACE, '\u3000': SPACE, '\u1680': SPACE,
  '\u200b': { to: '', name: 'zero-width space' }, '\u200c': ZERO_WIDTH, '\u200d': ZERO_WIDTH,
  '\u2060': ZERO_WIDTH, '\ufeff': ZERO_WIDTH, '\u00ad': { to: '', name: 'soft hyphen' },
  '\u2022': BULLET, '\u2023': BULLET, '\u25e6': BULLET, '\u2043': BULLET, '\u2219': BULLET, '\u00b7': BULLET,
  '\u25aa': BULLET, '\u25cf': BULLET,
  '\u201c': DQUOTE, '\u201d': DQUOTE, '\u201e': DQUOTE, '\u201f': DQUOTE, '\u00ab': DQUOTE, '\u00bb': DQUOTE,
  '\u2018': SQUOTE, '\u2019': SQUOTE, '\u201a': SQUOTE, '\u201b': SQUOTE,
  '\u2028': NEWLINE, '\u2029': NEWLINE,
};

/** Cyrillic and Greek capitals and small letters drawn like Latin ones. */
const LOOKALIKES: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', ν: 'v',
};

function lookup(ch: string): Mapping | undefined {
  const m = UNICODE_MAP[ch];
  if (m) return m;
  const latin = LOOKALIKES[ch];
  if (latin) return { to: latin, name: 'letter from another script that looks Latin', lookalike: true };
  const code = ch.codePointAt(0)!;
  // Full-width ASCII forms (IME input) map back by a fixed offset.
  if (code >= 0xff01 && code <= 0xff5e) return { to: String.fromCharCode(code - 0xfee0), name: 'full-width character' };
  return undefined;
}

/** One non-ASCII character met in the text, at its offset in the cleaned text. */
export interface Substitution {
  at: number;
  ch: string;
  /** Absent when there is no safe ASCII equivalent; the character is then left in place. */
  mapping?: Mapping;
}

function mapUnicode(text: string): { text: string; subs: Substitution[] } {
  if (!/[^\x00-\x7f]/.test(text)) return { text, subs: [] };
  const subs: Substitution[] = [];
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    const mapping = lookup(ch);
    subs.push(mapping ? { at: out.length, ch, mapping } : { at: out.length, ch });
    out += mapping ? mapping.to : ch;
  }
  return { text: out, subs };
}

/**
 * The cert-non-ascii finding for the substitutions that matter: those inside the certificate (a curly
 * apostrophe in a greeting around it is only text around it).
 */
export function nonAsciiFinding(text: string, subs: readonly Substitution[]): Finding | undefined {
  if (!subs.length) return undefined;
  const names = subs.map((s) =>
    s.mapping ? s.mapping.name : s.ch === '\u2026' ? 'ellipsis (the text was shortened for display)' : 'other non-ASCII character',
  );
  const examples = subs.slice(0, 5).map((s) => `${describeChar(s.ch)} at ${position(text, s.at)}`);
  const count = subs.length;
  const ellipsis = subs.some((s) => s.ch === '\u2026');
  const unmapped = subs.some((s) => !s.mapping);
  return finding(certNonAscii, {
    message: `${count} non-ASCII character${count === 1 ? '' : 's'}: ${countKinds(names)}`,
    expected: 'plain ASCII (hyphens, Latin letters, digits, +, /, =)',
    actual: examples.join('; ') + (count > examples.length ? `; … ${count - examples.length} more` : ''),
    location: position(text, subs[0]!.at),
    hint: ellipsis
      ? 'Part of the value was replaced by "…" when it was displayed: copy the full certificate from the IdP download.'
      : unmapped
        ? 'Copy the certificate again from the IdP download into a plain text editor (not a word processor or chat).'
        : 'Use --fix, or copy the certificate from the IdP download into a plain text editor (not a word processor or chat).',
  });
}

function describeChar(ch: string): string {
  const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `"${ch}" (U+${code})`;
}

/** 'line 3, column 7' for an offset into `text`. */
export function position(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** ['a','b','a'] -> '2 a, 1 b' in first-seen order. */
export function countKinds(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, c]) => `${c} × ${n}`).join(', ');
}

/** The span [start, end) of the cleaned text with its non-ASCII characters put back, for showing what was written. */
export function restoreOriginal(text: string, subs: readonly Substitution[], start: number, end: number): string {
  let out = '';
  let i = start;
  const inSpan = subs.filter((s) => s.at >= start && s.at <= end);
  for (const s of inSpan) {
    if (s.at > i) out += text.slice(i, s.at);
    i = Math.max(i, s.at);
    out += s.ch;
    if (s.mapping && s.mapping.to.length && s.at < end) i = s.at + s.mapping.to.length;
  }
  return out + text.slice(i, end);
}
