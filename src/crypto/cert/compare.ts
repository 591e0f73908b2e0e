import type { CertFacts } from './facts.js';

export type ComparedField = 'subject' | 'issuer' | 'serialNumber' | 'notBefore' | 'notAfter' | 'key' | 'publicKey';

export interface CertDifference {
  field: ComparedField;
  a: string;
  b: string;
}

export interface CertComparison {
  /** Byte-identical certificates (same SHA-256 fingerprint). */
  same: boolean;
  differences: CertDifference[];
  /** Which was issued later (later notBefore, then later notAfter); absent when the same or undecidable. */
  newer?: 'a' | 'b';
  /** Both certify the same key pair (a re-issued certificate). */
  sameKey: boolean;
}

/** The rotation question: are these the same certificate, and if not, how do they differ? */
export function compareCertificates(a: CertFacts, b: CertFacts): CertComparison {
  const same = a.fingerprints.sha256.hex === b.fingerprints.sha256.hex;
  const sameKey = a.publicKeySha256 !== '' && a.publicKeySha256 === b.publicKeySha256;
  const differences: CertDifference[] = [];
  const field = (name: ComparedField, x: string, y: string) => {
    if (x !== y) differences.push({ field: name, a: x, b: y });
  };
  field('subject', a.subject, b.subject);
  field('issuer', a.issuer, b.issuer);
  field('serialNumber', a.serialNumber, b.serialNumber);
  field('notBefore', a.notBefore, b.notBefore);
  field('notAfter', a.notAfter, b.notAfter);
  field('key', describeKeyShort(a), describeKeyShort(b));
  if (!sameKey) field('publicKey', a.publicKeySha256, b.publicKeySha256);
  const out: CertComparison = { same, differences, sameKey };
  if (!same) {
    const order =
      Date.parse(a.notBefore) - Date.parse(b.notBefore) || Date.parse(a.notAfter) - Date.parse(b.notAfter);
    if (order > 0) out.newer = 'a';
    else if (order < 0) out.newer = 'b';
  }
  return out;
}

/** Does a configured fingerprint (SHA-1 or SHA-256, any notation) name this certificate? */
export function fingerprintMatches(facts: CertFacts, fingerprintHex: string): boolean {
  return fingerprintHex === facts.fingerprints.sha1.hex || fingerprintHex === facts.fingerprints.sha256.hex;
}

function describeKeyShort(f: CertFacts): string {
  return [f.key.type, f.key.curve ?? f.key.bits].filter((x) => x !== undefined).join(' ');
}
