/** Bytes to text, and cheap looks at text. Everything here is linear and never throws. */

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'latin1';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to a string: UTF-8 (BOM or not), UTF-16 (BOM, or an XML start without one), else Latin-1. */
export function decodeText(data: Uint8Array): string {
  return decodeTextDetailed(data).text;
}

export function decodeTextDetailed(data: Uint8Array): DecodedText {
  const b0 = data[0];
  const b1 = data[1];
  if (b0 === 0xef && b1 === 0xbb && data[2] === 0xbf) {
    return { text: latinOrUtf8(data.subarray(3)).text, encoding: 'utf-8-bom' };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0x00)) {
    return { text: utf16(data.subarray(b0 === 0xff ? 2 : 0), false), encoding: 'utf-16le' };
  }
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0x00 && b1 === 0x3c)) {
    return { text: utf16(data.subarray(b0 === 0xfe ? 2 : 0), true), encoding: 'utf-16be' };
  }
  return latinOrUtf8(data);
}

/** Text when the bytes are text (any BOM or UTF-16 start counts as text), undefined when binary. */
export function bytesToText(data: Uint8Array): DecodedText | undefined {
  const b0 = data[0];
  const b1 = data[1];
  const marked =
    (b0 === 0xef && b1 === 0xbb) || (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) ||
    (b0 === 0x3c && b1 === 0x00) || (b0 === 0x00 && b1 === 0x3c);
  if (marked) return decodeTextDetailed(data);
  if (looksBinary(data)) return undefined;
  const text = decodeTextDetailed(data);
  // Latin-1 reads any bytes; only a few accented letters in otherwise ASCII text make it text.
  return text.encoding === 'latin1' && highByteShare(data) > 0.1 ? undefined : text;
}

function highByteShare(data: Uint8Array): number {
  const n = Math.min(data.length, 8192);
  let high = 0;
  for (let i = 0; i < n; i++) if (data[i]! >= 0x80) high++;
  return n === 0 ? 0 : high / n;
}

function latinOrUtf8(data: Uint8Array): DecodedText {
  try {
    return { text: UTF8.decode(data), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: an XML file saved as ISO-8859-1 or Windows-1252 reads right as Latin-1.
    return { text: Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1'), encoding: 'latin1' };
  }
}

function utf16(data: Uint8Array, bigEndian: boolean): string {
  const even = Buffer.from(data.subarray(0, data.length - (data.length % 2)));
  if (bigEndian) even.swap16();
  return even.toString('utf16le');
}

/**
 * Binary, not text: control bytes other than tab/CR/LF/FF in the first 8 KiB. UTF-16 is
 * recognised before this is asked, so its NULs do not count against it.
 */
function looksBinary(data: Uint8Array): boolean {
  const n = Math.min(data.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return control > 0 && control * 50 > n;
}

/** Text begins like an XML document (after whitespace and a stray BOM character). */
export function looksLikeXml(text: string): boolean {
  const i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== 0x3c /* < */) return false;
  const c = text.charAt(i + 1);
  return c === '?' || c === '!' || c === '_' || c === ':' || /\p{L}/u.test(c);
}

/**
 * Name of the first element, skipping the XML declaration, comments, processing instructions
 * and a DOCTYPE; `doctype` is what follows `<!DOCTYPE` (for telling XHTML pages from XML).
 * Looks at the first 64 KiB only.
 */
export function firstElement(text: string): { name?: string; doctype?: string; selfClosing?: boolean } {
  const end = Math.min(text.length, 65536);
  let doctype: string | undefined;
  let i = text.indexOf('<');
  while (i !== -1 && i < end) {
    if (text.startsWith('<?', i)) {
      i = text.indexOf('?>', i + 2);
      if (i === -1) break;
      i += 2;
    } else if (text.startsWith('<!--', i)) {
      i = text.indexOf('-->', i + 4);
      if (i === -1) break;
      i += 3;
    } else if (text.charAt(i + 1) === '!') {
      doctype ??= text.slice(i + 2, Math.min(i + 40, end));
      // A DOCTYPE may hold an internal subset with its own '>' characters.
      const close = text.indexOf('>', i);
      let bracket = i;
      while (bracket < close && text.charCodeAt(bracket) !== 0x5b /* [ */) bracket++;
      if (close !== -1 && bracket < close) {
        const subsetEnd = text.indexOf(']', bracket);
        i = subsetEnd === -1 ? -1 : text.indexOf('>', subsetEnd);
      } else {
        i = close;
      }
      if (i === -1) break;
      i += 1;
    } else {
      let j = i + 1;
      while (j < end && !isNameEnd(text.charCodeAt(j))) j++;
      const name = text.slice(i + 1, j);
      const close = text.indexOf('>', j);
      const selfClosing = close !== -1 && text.charAt(close - 1) === '/';
      return doctype === undefined ? { name, selfClosing } : { name, doctype, selfClosing };
    }
    i = text.indexOf('<', i);
  }
  return doctype === undefined ? {} : { doctype };
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3e /* > */ || c === 0x2f /* / */;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xfeff || c === 0xa0;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Trim whitespace (including a BOM character and no-break spaces) without a regex. */
export function trimSpace(text: string): string {
  const start = skipSpace(text, 0);
  let end = text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** A short quoted preview of text for messages, control characters made visible. */
export function preview(text: string, max = 60): string {
  const head = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(head);
}
