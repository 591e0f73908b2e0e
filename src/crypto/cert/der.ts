/**
 * A minimal DER/BER reader: just enough structure to tell a certificate from a key, a CSR or a
 * bundle, to read the validity and signature algorithm, and to say how many bytes a cut-short body
 * lacks. Never throws: malformed input yields `undefined`.
 */

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  SEQUENCE: 0x30,
  SET: 0x31,
  CONTEXT_0: 0xa0,
  CONTEXT_1: 0xa1,
  CONTEXT_3: 0xa3,
} as const;

export interface Tlv {
  tag: number;
  /** Offset of the tag byte. */
  start: number;
  /** Offset of the first value byte. */
  valueStart: number;
  /** Offset just past the element as its header declares; beyond the buffer when the data was cut. */
  end: number;
  /** BER indefinite length (0x80): the end was found by walking to the end-of-contents marker. */
  indefinite: boolean;
}

const MAX_DEPTH = 64;

/** Reads the header at `offset`. `end` may exceed the buffer: that is how truncation shows. */
export function readHeader(buf: Uint8Array, offset: number): Tlv | undefined {
  if (offset + 2 > buf.length) return undefined;
  const tag = buf[offset]!;
  // Multi-byte tags never occur in the structures we read.
  if ((tag & 0x1f) === 0x1f) return undefined;
  const first = buf[offset + 1]!;
  if (first < 0x80) return { tag, start: offset, valueStart: offset + 2, end: offset + 2 + first, indefinite: false };
  if (first === 0x80) return { tag, start: offset, valueStart: offset + 2, end: -1, indefinite: true };
  const n = first & 0x7f;
  if (n > 4 || offset + 2 + n > buf.length) return undefined;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + buf[offset + 2 + i]!;
  return { tag, start: offset, valueStart: offset + 2 + n, end: offset + 2 + n + len, indefinite: false };
}

/** Reads one complete element at `offset` (indefinite lengths resolved); undefined if it does not fit. */
export function readTlv(buf: Uint8Array, offset: number, depth = 0): Tlv | undefined {
  const h = readHeader(buf, offset);
  if (!h) return undefined;
  if (!h.indefinite) return h.end <= buf.length ? h : undefined;
  if (depth > MAX_DEPTH || (h.tag & 0x20) === 0) return undefined;
  let pos = h.valueStart;
  while (pos + 2 <= buf.length) {
    if (buf[pos] === 0 && buf[pos + 1] === 0) return { ...h, end: pos + 2 };
    const child = readTlv(buf, pos, depth + 1);
    if (!child) return undefined;
    pos = child.end;
  }
  return undefined;
}

/** The elements inside a constructed element, or undefined when they do not tile its value exactly. */
export function children(buf: Uint8Array, parent: Tlv): Tlv[] | undefined {
  const out: Tlv[] = [];
  const stop = parent.indefinite ? parent.end - 2 : parent.end;
  let pos = parent.valueStart;
  while (pos < stop) {
    const child = readTlv(buf, pos);
    if (!child || child.end > stop) return undefined;
    out.push(child);
    pos = child.end;
  }
  return out;
}

export function value(buf: Uint8Array, tlv: Tlv): Uint8Array {
  return buf.subarray(tlv.valueStart, tlv.indefinite ? tlv.end - 2 : tlv.end);
}

function decodeOid(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return undefined;
  const parts: number[] = [];
  let acc = 0;
  for (const b of bytes) {
    acc = acc * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      parts.push(acc);
      acc = 0;
    }
  }
  if ((bytes[bytes.length - 1]! & 0x80) !== 0) return undefined;
  const first = parts.shift()!;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...parts].join('.');
}

/** The OID at the start of an AlgorithmIdentifier (or any SEQUENCE that starts with one). */
export function firstOid(buf: Uint8Array, seq: Tlv | undefined): string | undefined {
  if (!seq || seq.tag !== TAG.SEQUENCE) return undefined;
  const kids = children(buf, seq);
  const oid = kids?.[0];
  return oid && oid.tag === TAG.OID ? decodeOid(value(buf, oid)) : undefined;
}

export function smallInteger(buf: Uint8Array, tlv: Tlv | undefined): number | undefined {
  if (!tlv || tlv.tag !== TAG.INTEGER) return undefined;
  const v = value(buf, tlv);
  if (v.length === 0 || v.length > 4) return undefined;
  let n = 0;
  for (const b of v) n = n * 256 + b;
  return n;
}

/** UTCTime (YYMMDDHHMMSSZ, years 1950-2049 per RFC 5280) or GeneralizedTime (YYYYMMDDHHMMSSZ). */
export function decodeTime(buf: Uint8Array, tlv: Tlv | undefined): Date | undefined {
  if (!tlv) return undefined;
  const s = Buffer.from(value(buf, tlv)).toString('latin1');
  let m: RegExpExecArray | null;
  let year: number;
  if (tlv.tag === TAG.UTC_TIME && (m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(s))) {
    const yy = Number(m[1]);
    year = yy < 50 ? 2000 + yy : 1900 + yy;
  } else if (tlv.tag === TAG.GENERALIZED_TIME && (m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/.exec(s))) {
    year = Number(m[1]);
  } else {
    return undefined;
  }
  const d = new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)));
  return Number.isNaN(d.getTime()) ? undefined : d;
}
