/** Recognising and decoding base64 as people paste it: wrapped, unpadded, base64url, '+' turned to space. */

export interface Base64Text {
  /** Standard alphabet, no whitespace, padding as given. */
  compact: string;
  url: boolean;
  /** Single spaces between base64 characters were read as '+' (a value form-decoded once too often). */
  spacesAsPlus: boolean;
  /** Characters after removing padding, modulo 4: 1 is impossible, 2 or 3 without '=' is unpadded. */
  remainder: number;
  padded: boolean;
}

/** The shortest text treated as base64; shorter alphanumeric runs are words, not payloads. */
const MIN_LENGTH = 16;

function isB64(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f
  );
}

function isUrlB64(c: number): boolean {
  return c === 0x2d /* - */ || c === 0x5f /* _ */;
}

/** A lone space between base64 characters (or before the padding) stands for a '+'. */
function isPlusSpace(text: string, i: number): boolean {
  if (i === 0 || i + 1 >= text.length || !isB64(text.charCodeAt(i - 1))) return false;
  const next = text.charCodeAt(i + 1);
  return isB64(next) || next === 0x3d;
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x09 || c === 0x20;
}

const NOT_BASE64 = /[^A-Za-z0-9+/=\s_-]/;
const NEEDS_LOOP = /[\s_-]/;

const B64 = 1;
const URL_B64 = 2;
const BREAK = 3;
const PAD = 4;
/** Character classes by code point; a table keeps the 50 MB loop fast. */
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (isB64(c)) CLASS[c] = B64;
  else if (isUrlB64(c)) CLASS[c] = URL_B64;
  else if (isBreak(c)) CLASS[c] = BREAK;
  else if (c === 0x3d) CLASS[c] = PAD;
}

/** Reads the text as base64 if every character allows it; undefined otherwise. One linear pass. */
export function readBase64(text: string): Base64Text | undefined {
  // Native regex scans are twice as fast as a JS loop over 50 MB; the loop below handles the rest.
  if (NOT_BASE64.test(text)) return undefined;
  if (!NEEDS_LOOP.test(text)) {
    const firstPad = text.indexOf('=');
    const padding = firstPad === -1 ? 0 : text.length - firstPad;
    if (padding > 2 || (padding === 2 && text.charCodeAt(text.length - 1) !== 0x3d)) return undefined;
    return finish(text, false, false, padding);
  }
  let url = false;
  let spacesAsPlus = false;
  let needsRebuild = false;
  let padding = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? CLASS[c] : 0;
    if (k === B64 && padding === 0) continue;
    if (k === PAD) {
      padding++;
    } else if (k === BREAK) {
      needsRebuild = true;
      if (c === 0x20 && padding === 0 && isPlusSpace(text, i)) spacesAsPlus = true;
    } else if (k === URL_B64 && padding === 0) {
      url = true;
      needsRebuild = true;
    } else {
      // Anything else, or data after the padding.
      return undefined;
    }
  }
  if (padding > 2) return undefined;
  return finish(needsRebuild ? rebuild(text) : text, url, spacesAsPlus, padding);
}

function finish(compact: string, url: boolean, spacesAsPlus: boolean, padding: number): Base64Text | undefined {
  const data = compact.length - padding;
  if (data < MIN_LENGTH) return undefined;
  return { compact, url, spacesAsPlus, remainder: data % 4, padded: padding > 0 };
}

/** The compact standard-alphabet form; the text is known to be ASCII here, so write bytes directly. */
function rebuild(text: string): string {
  const out = Buffer.allocUnsafe(text.length);
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = CLASS[c];
    if (k === BREAK) {
      if (c === 0x20 && isPlusSpace(text, i)) out[o++] = 0x2b;
    } else if (c === 0x2d) {
      out[o++] = 0x2b;
    } else if (c === 0x5f) {
      out[o++] = 0x2f;
    } else {
      out[o++] = c;
    }
  }
  return out.toString('latin1', 0, o);
}

export function base64Bytes(b: Base64Text): Uint8Array {
  return Buffer.from(b.compact, 'base64');
}
