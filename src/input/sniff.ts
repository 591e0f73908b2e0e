/** Recognising non-SAML files by their first bytes, and certificates by their ASN.1 shape. */

interface Magic {
  bytes: readonly (number | null)[];
  offset?: number;
  what: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

// null matches any byte.
const MAGICS: readonly Magic[] = [
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: ascii('GIF87a'), what: 'a GIF image' },
  { bytes: ascii('GIF89a'), what: 'a GIF image' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], what: 'a WebP image' },
  { bytes: ascii('ftyp'), offset: 4, what: 'an MP4 video or HEIC image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: ascii('%PDF-'), what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or an Office document, which is one)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2-compressed file' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz-compressed file' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'a Zstandard-compressed file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Microsoft Office or Outlook file' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an ELF executable' },
  { bytes: [0x4d, 0x5a, 0x90, 0x00], what: 'a Windows executable' },
  { bytes: [...ascii('SQLite format 3'), 0x00], what: 'an SQLite database (a browser profile file?)' },
];

/** What kind of file the bytes are, by magic number; undefined when no known signature matches. */
export function sniffFileType(data: Uint8Array): string | undefined {
  for (const m of MAGICS) {
    const at = m.offset ?? 0;
    if (data.length < at + m.bytes.length) continue;
    if (m.bytes.every((b, k) => b === null || data[at + k] === b)) return m.what;
  }
  return undefined;
}

/** The ASN.1 DER shapes people hand us instead of (or as) a certificate. */
export type DerKind =
  | { kind: 'certificate' }
  | { kind: 'other'; what: string };

interface Tlv {
  tag: number;
  /** Offset of the contents. */
  start: number;
  /** Offset just past the contents. */
  end: number;
}

function readTlv(data: Uint8Array, at: number, limit: number): Tlv | undefined {
  if (at + 2 > limit) return undefined;
  const tag = data[at]!;
  const first = data[at + 1]!;
  let len: number;
  let start: number;
  if (first < 0x80) {
    len = first;
    start = at + 2;
  } else {
    const n = first & 0x7f;
    if (n === 0 || n > 4 || at + 2 + n > limit) return undefined;
    len = 0;
    for (let k = 0; k < n; k++) len = len * 256 + data[at + 2 + k]!;
    start = at + 2 + n;
  }
  const end = start + len;
  return end > limit ? undefined : { tag, start, end };
}

/**
 * Classifies DER by structure: the outer SEQUENCE must span the data exactly, then the first
 * fields tell a certificate from a key, a PKCS#12 store, a CSR or a PKCS#7 bundle.
 */
export function sniffDer(data: Uint8Array): DerKind | undefined {
  const outer = readTlv(data, 0, data.length);
  if (!outer || outer.tag !== 0x30 || outer.end !== data.length) return undefined;
  const a = readTlv(data, outer.start, outer.end);
  if (!a) return undefined;
  const b = readTlv(data, a.end, outer.end);
  if (a.tag === 0x30) {
    const tbsFirst = readTlv(data, a.start, a.end);
    if (tbsFirst?.tag === 0xa0) return { kind: 'certificate' };
    const tbsSecond = tbsFirst && readTlv(data, tbsFirst.end, a.end);
    if (tbsFirst?.tag === 0x02 && tbsSecond?.tag === 0x30) {
      const inner = readTlv(data, tbsSecond.start, tbsSecond.end);
      // v1 certificate: serial, then AlgorithmIdentifier (SEQUENCE); a CSR: version, then Name (SEQUENCE OF SET).
      if (inner?.tag === 0x06) return { kind: 'certificate' };
      if (inner?.tag === 0x31) return { kind: 'other', what: 'a certificate signing request (CSR), not a certificate' };
    }
    return { kind: 'other', what: 'DER-encoded ASN.1 data that is not an X.509 certificate' };
  }
  if (a.tag === 0x02) {
    const version = a.end - a.start === 1 ? data[a.start] : undefined;
    if (version === 3 && b?.tag === 0x30) return { kind: 'other', what: 'a PKCS#12 key store (.pfx/.p12)' };
    if (version === 0 || version === 1) return { kind: 'other', what: 'a private key' };
  }
  if (a.tag === 0x06) return { kind: 'other', what: 'a PKCS#7 bundle (.p7b)' };
  return { kind: 'other', what: 'DER-encoded ASN.1 data that is not an X.509 certificate' };
}

export interface PemBlock {
  label: string;
  der: Uint8Array;
}

/** Every `-----BEGIN X-----` block in the text, base64 body decoded. */
export function pemBlocks(text: string): PemBlock[] {
  const out: PemBlock[] = [];
  let i = text.indexOf('-----BEGIN ');
  while (i !== -1) {
    const labelEnd = text.indexOf('-----', i + 11);
    if (labelEnd === -1) break;
    const label = text.slice(i + 11, labelEnd);
    const endMarker = `-----END ${label}-----`;
    const bodyEnd = text.indexOf(endMarker, labelEnd + 5);
    if (bodyEnd === -1 || label.length > 40) break;
    const body = text.slice(labelEnd + 5, bodyEnd);
    // Encrypted PEM (RFC 1421) has header lines with ':' before the base64; skip them.
    const lines = body.split(/\r?\n/).filter((l) => !l.includes(':'));
    out.push({ label, der: Buffer.from(lines.join(''), 'base64') });
    i = text.indexOf('-----BEGIN ', bodyEnd + endMarker.length);
  }
  return out;
}

export function isCertificateLabel(label: string): boolean {
  return label === 'CERTIFICATE' || label === 'X509 CERTIFICATE' || label === 'TRUSTED CERTIFICATE';
}

/** What a non-certificate PEM block is, in words. */
export function describePemLabel(label: string): string {
  if (label.includes('PRIVATE KEY')) return `a private key (PEM "${label}")`;
  if (label.includes('CERTIFICATE REQUEST')) return 'a certificate signing request (CSR), not a certificate';
  if (label === 'PUBLIC KEY' || label === 'RSA PUBLIC KEY') return 'a bare public key, not a certificate';
  if (label === 'PKCS7' || label === 'CMS') return 'a PKCS#7 bundle (.p7b)';
  return `a PEM "${label}" block`;
}
