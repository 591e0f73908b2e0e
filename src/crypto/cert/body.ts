import type { Finding } from '../../checks/types.js';
import { finding } from '../../checks/types.js';
import { certBadPadding, certInvalidBase64Char, certLineWidth, certWhitespaceInBody } from '../../checks/certificate/rules.js';
import { classifyDer } from './classify.js';
import { countKinds, position } from './text.js';

/**
 * Reads the base64 body of one certificate: layout (line widths, stray whitespace), alphabet and
 * padding, then decodes it. Each problem is reported once per body with its first position.
 */
export type BodyMode =
  /** Between PEM BEGIN/END lines: the layout matters. */
  | 'pem'
  /** A bare body with no armour: layout is not judged (a single line is normal there). */
  | 'bare'
  /** The text of a ds:X509Certificate element: XML allows whitespace anywhere in base64. */
  | 'xml';

export interface BodyInput {
  /** The whole text the body is part of, for line/column positions. */
  text: string;
  start: number;
  end: number;
  mode: BodyMode;
  /** The body starts on the BEGIN line or ends on the END line. */
  sharesArmorLine?: boolean;
}

export interface BodyResult {
  /** Decoded bytes; several when base64 bodies were glued together with their padding. */
  ders: Buffer[];
  findings: Finding[];
  /** Set when decoding needed a guess (characters removed); the result must then prove itself. */
  unproven?: string;
}

export const PEM_WIDTH = 64;

const BASE64 = /^[A-Za-z0-9+/=]$/;

export function lintBody(input: BodyInput): BodyResult {
  const { text, mode } = input;
  let { start, end } = input;
  if (input.sharesArmorLine) {
    // The space between an armour line and a body on the same line is part of the one-line problem.
    while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
    while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  }
  const findings: Finding[] = [];
  const body = text.slice(start, end);
  if (mode !== 'xml') {
    const ws = whitespaceFinding(text, start, body);
    if (ws) findings.push(ws);
  }
  if (mode === 'pem') {
    const lw = lineWidthFinding(text, start, body, input.sharesArmorLine ?? false);
    if (lw) findings.push(lw);
  }

  // The alphabet: collect data characters with their offsets, note what does not belong.
  let data = '';
  const invalid: { ch: string; at: number }[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\n') continue;
    if (BASE64.test(ch)) data += ch;
    else invalid.push({ ch, at: start + i });
  }
  let unproven: string | undefined;
  if (invalid.length) {
    const urlSafe = invalid.every((x) => x.ch === '-' || x.ch === '_') && !/[+/]/.test(data);
    const where = position(text, invalid[0]!.at);
    if (urlSafe) {
      // URL-safe base64 maps one to one onto the standard alphabet: an exact repair.
      findings.push(
        finding(certInvalidBase64Char, {
          message: 'the body uses the URL-safe base64 alphabet ("-" and "_" instead of "+" and "/")',
          expected: 'standard base64 (A-Z a-z 0-9 + /)',
          actual: 'URL-safe base64 (- _)',
          location: where,
          hint: 'Use --fix to translate it back; whatever produced it encoded the certificate for a URL, not for PEM.',
        }),
      );
      data = '';
      for (let i = 0; i < body.length; i++) {
        const ch = body[i]!;
        if (ch === '-') data += '+';
        else if (ch === '_') data += '/';
        else if (BASE64.test(ch)) data += ch;
      }
    } else {
      const shown = invalid.slice(0, 5).map((x) => `${JSON.stringify(x.ch)} at ${position(text, x.at)}`);
      unproven = `${invalid.length} character${invalid.length === 1 ? ' that is' : 's that are'} not base64 had to be dropped`;
      findings.push(
        finding(certInvalidBase64Char, {
          message: `${invalid.length} character${invalid.length === 1 ? '' : 's'} in the body ${invalid.length === 1 ? 'is' : 'are'} not base64: ${countKinds(invalid.map((x) => JSON.stringify(x.ch)))}`,
          expected: 'only A-Z a-z 0-9 + / (and = at the end)',
          actual: shown.join('; ') + (invalid.length > 5 ? `; … ${invalid.length - 5} more` : ''),
          location: where,
          hint: 'Copy the certificate again from the IdP download; these characters were added on the way (Markdown, quoting, OCR).',
        }),
      );
    }
  }

  const padded = padding(data, text, start, body);
  if (padded.finding) findings.push(padded.finding);
  unproven ??= padded.unproven;
  return { ders: padded.ders, findings, ...(unproven ? { unproven } : {}) };
}

function padding(
  data: string,
  text: string,
  start: number,
  body: string,
): { ders: Buffer[]; finding?: Finding; unproven?: string } {
  const inner = /=+(?=[^=])/.exec(data);
  if (inner) {
    // '=' before the end: two bodies glued together (each complete), or damage.
    const segments = data.split(/(?<==)(?=[^=])/);
    const ders = segments.map((s) => Buffer.from(s.replace(/=+$/, ''), 'base64'));
    if (ders.length > 1 && ders.every((d) => classifyDer(d).end === d.length)) return { ders };
    const at = body.indexOf('=');
    return {
      ders: [Buffer.from(data.replace(/=/g, ''), 'base64')],
      unproven: 'an "=" in the middle of the body had to be dropped',
      finding: finding(certBadPadding, {
        message: 'an "=" (padding) stands in the middle of the body: lines were joined or deleted',
        expected: '"=" only at the very end',
        actual: `"=" at ${position(text, start + Math.max(0, at))}`,
        location: position(text, start + Math.max(0, at)),
        hint: 'Copy the certificate again from the IdP download.',
      }),
    };
  }
  const bare = data.replace(/=+$/, '');
  const pad = data.length - bare.length;
  const rem = bare.length % 4;
  const der = Buffer.from(bare, 'base64');
  if (rem === 1) {
    return {
      ders: [der],
      finding: finding(certBadPadding, {
        message: `the body has ${bare.length} base64 characters, a length base64 cannot have: one is missing or extra`,
        expected: 'a multiple of 4 characters (with "=" padding)',
        actual: `${bare.length} characters (${rem} left over)`,
        hint: 'Copy the certificate again from the IdP download.',
      }),
    };
  }
  const expected = rem === 0 ? 0 : 4 - rem;
  if (pad === expected) return { ders: [der] };
  return {
    ders: [der],
    finding: finding(certBadPadding, {
      message:
        pad === 0
          ? `the body ends without its "=" padding (${expected} expected)`
          : `the body ends in ${pad} "=" where ${expected === 0 ? 'none belongs' : expected} belong${expected === 1 ? 's' : ''}`,
      expected: expected === 0 ? 'no "="' : '='.repeat(expected),
      actual: pad === 0 ? 'none' : '='.repeat(pad),
      hint: 'Use --fix, or copy the certificate again from the IdP download; a character or line was probably lost or added.',
    }),
  };
}

function whitespaceFinding(text: string, start: number, body: string): Finding | undefined {
  const lines = body.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const last = lines.length - 1 - [...lines].reverse().findIndex((l) => l.trim() !== '');
  if (first === -1) return undefined;
  const kinds: string[] = [];
  let firstAt: number | undefined;
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineStart = start + offset;
    offset += line.length + 1;
    if (i < first || i > last) {
      // Spaces on the (otherwise empty) rest of an armour line count as trailing spaces.
      if (/[ \t]/.test(line)) {
        kinds.push('trailing spaces');
        firstAt ??= lineStart;
      }
      continue;
    }
    if (line.trim() === '') {
      kinds.push('blank line');
      firstAt ??= lineStart;
      continue;
    }
    const lead = /^[ \t]+/.exec(line);
    const trail = /[ \t]+$/.exec(line);
    if (lead) kinds.push(line.startsWith('\t') ? 'indented line (tab)' : 'indented line');
    if (trail) kinds.push('trailing spaces');
    if (/\S[ \t]+\S/.test(line)) kinds.push(/\S\t/.test(line) ? 'tab inside a line' : 'space inside a line');
    if (lead || trail || /\S[ \t]+\S/.test(line)) {
      const col = lead ? 0 : trail && !/\S[ \t]+\S/.test(line) ? trail.index : /\S[ \t]/.exec(line)!.index + 1;
      firstAt ??= lineStart + col;
    }
  }
  if (!kinds.length) return undefined;
  return finding(certWhitespaceInBody, {
    message: `whitespace inside the body: ${countKinds(kinds)}`,
    expected: 'base64 lines with nothing else on them',
    actual: countKinds(kinds),
    location: firstAt === undefined ? undefined : position(text, firstAt),
    hint: 'Use --fix, or paste into a plain text editor and copy from there; indentation from config files or chat tools is the usual source.',
  });
}

function lineWidthFinding(text: string, start: number, body: string, sharesArmorLine: boolean): Finding | undefined {
  const widths = body
    .split('\n')
    // Count what a parser keeps: a stray character is reported on its own, not as a width problem.
    .map((l) => l.replace(/[^A-Za-z0-9+/=_-]/g, '').length)
    .filter((n) => n > 0);
  if (!widths.length) return undefined;
  const location = position(text, start + body.search(/\S/));
  const advice = 'Use --fix to rewrap at 64 columns; the certificate bytes do not change.';
  if (sharesArmorLine) {
    return finding(certLineWidth, {
      message:
        widths.length === 1
          ? 'the whole certificate is on one line together with its BEGIN/END lines'
          : 'the body starts or ends on the same line as BEGIN/END',
      expected: 'BEGIN line, body lines of 64 characters, END line',
      actual: widths.length === 1 ? `one line of ${widths[0]} characters between the armour` : 'body on the armour line',
      location,
      hint: advice,
    });
  }
  const init = widths.slice(0, -1);
  const lastWidth = widths[widths.length - 1]!;
  if (init.every((w) => w === PEM_WIDTH) && lastWidth <= PEM_WIDTH) return undefined;
  if (widths.length === 1) {
    return finding(certLineWidth, {
      message: `the body is a single line of ${lastWidth} characters`,
      expected: `lines of ${PEM_WIDTH} characters`,
      actual: `1 line of ${lastWidth}`,
      location,
      hint: advice,
    });
  }
  const uniform = init.every((w) => w === init[0]) && lastWidth <= init[0]!;
  return finding(certLineWidth, {
    message: uniform ? `the body is wrapped at ${init[0]} columns` : `the body lines have uneven widths`,
    expected: `lines of ${PEM_WIDTH} characters, the last shorter`,
    actual: uniform ? `${init[0]} characters per line` : `widths ${summariseWidths(widths)}`,
    location,
    hint: advice,
  });
}

function summariseWidths(widths: number[]): string {
  const shown = widths.slice(0, 8).join(', ');
  return widths.length > 8 ? `${shown}, … (${widths.length} lines)` : shown;
}
