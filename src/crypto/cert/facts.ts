import { createHash, X509Certificate } from 'node:crypto';
import { children, decodeTime, firstOid, readTlv, TAG } from './der.js';
import { curveName, signatureAlgorithmName } from './oids.js';

export interface Fingerprint {
  /** Upper-case pairs joined by colons, as `openssl x509 -fingerprint` prints it. */
  colon: string;
  /** Lower-case hex without separators, as some admin screens ask for it. */
  hex: string;
}

/** What a person needs to know about a certificate; plain data, safe to put in a JSON report. */
export interface CertFacts {
  /** 'CN=..., O=...' in the order the certificate lists the attributes. */
  subject: string;
  issuer: string;
  /** Upper-case hex, as consoles show it. */
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  key: { type: string; bits?: number; curve?: string };
  /** SHA-256 of the SubjectPublicKeyInfo: equal for two certificates over the same key pair. */
  publicKeySha256: string;
  signatureAlgorithm: { oid: string; name: string; hash?: string };
  fingerprints: { sha1: Fingerprint; sha256: Fingerprint };
  /** Subject equals issuer. */
  selfIssued: boolean;
  /** Self-issued and its signature verifies with its own key. */
  selfSigned: boolean;
  /** Self-issued but the signature does not verify: the bytes were altered after signing. */
  selfSignatureBroken: boolean;
  isCA: boolean;
}

export interface ParsedCertificate {
  der: Buffer;
  facts: CertFacts;
  /** node:crypto's view, for chain checks (checkIssued/verify). */
  x509: X509Certificate;
}

export type ParseOutcome = { ok: true; cert: ParsedCertificate } | { ok: false; reason: string };

/**
 * Parses one DER certificate with node:crypto, which handles RSA, EC and EdDSA keys alike
 * (node-forge only reads RSA). Validity and signature algorithm come from the DER itself, so they
 * do not depend on the Node version. Never throws.
 */
export function parseCertificate(der: Uint8Array): ParseOutcome {
  const buf = Buffer.from(der);
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(buf);
  } catch (e) {
    return { ok: false, reason: cleanReason(e) };
  }
  const fields = tbsFields(buf);
  if (!fields) return { ok: false, reason: 'the certificate structure is not the expected tbsCertificate layout' };
  const selfIssued = x509.subject === x509.issuer;
  let verifies = false;
  if (selfIssued) {
    try {
      verifies = x509.verify(x509.publicKey);
    } catch {
      verifies = false;
    }
  }
  return {
    ok: true,
    cert: {
      der: buf,
      x509,
      facts: {
        subject: distinguishedName(x509.subject),
        issuer: distinguishedName(x509.issuer),
        serialNumber: x509.serialNumber.toUpperCase(),
        notBefore: fields.notBefore.toISOString(),
        notAfter: fields.notAfter.toISOString(),
        key: keyFacts(x509),
        publicKeySha256: publicKeyHash(x509),
        signatureAlgorithm: { oid: fields.signatureOid, ...signatureAlgorithmName(fields.signatureOid) },
        fingerprints: fingerprints(buf),
        selfIssued,
        selfSigned: selfIssued && verifies,
        selfSignatureBroken: selfIssued && !verifies,
        isCA: x509.ca,
      },
    },
  };
}

export function fingerprint(der: Uint8Array, algorithm: 'sha1' | 'sha256'): Fingerprint {
  const hex = createHash(algorithm).update(der).digest('hex');
  return { hex, colon: colonHex(hex) };
}

export function fingerprints(der: Uint8Array): CertFacts['fingerprints'] {
  return { sha1: fingerprint(der, 'sha1'), sha256: fingerprint(der, 'sha256') };
}

/** 'a1b2…' -> 'A1:B2:…'. */
export function colonHex(hex: string): string {
  return (hex.toUpperCase().match(/../g) ?? []).join(':');
}

/** A fingerprint as people paste it (colons, spaces, any case) -> plain lower-case hex. */
export function normaliseFingerprint(text: string): string {
  return text.replace(/[\s:-]/g, '').toLowerCase();
}

/** The CN, or the whole name when there is none: how a certificate is named in messages. */
export function commonName(dn: string): string {
  const m = /(?:^|, )CN=([^,]+)/.exec(dn);
  return m ? m[1]! : dn;
}

function tbsFields(der: Buffer): { notBefore: Date; notAfter: Date; signatureOid: string } | undefined {
  const outer = readTlv(der, 0);
  const parts = outer && children(der, outer);
  const tbs = parts?.[0] && children(der, parts[0]);
  if (!parts || !tbs) return undefined;
  const offset = tbs[0]?.tag === TAG.CONTEXT_0 ? 1 : 0;
  const validity = tbs[offset + 3];
  const times = validity && validity.tag === TAG.SEQUENCE ? children(der, validity) : undefined;
  const notBefore = decodeTime(der, times?.[0]);
  const notAfter = decodeTime(der, times?.[1]);
  const signatureOid = firstOid(der, parts[1]);
  if (!notBefore || !notAfter || !signatureOid) return undefined;
  return { notBefore, notAfter, signatureOid };
}

function keyFacts(x509: X509Certificate): CertFacts['key'] {
  try {
    const key = x509.publicKey;
    const type = key.asymmetricKeyType ?? 'unknown';
    const details = key.asymmetricKeyDetails ?? {};
    const label = KEY_TYPES[type] ?? type.toUpperCase();
    const out: CertFacts['key'] = { type: label };
    if (details.modulusLength) out.bits = details.modulusLength;
    if (details.namedCurve) {
      out.curve = curveName(details.namedCurve);
      const bits = /(\d{3})/.exec(out.curve);
      if (bits) out.bits = Number(bits[1]);
    }
    if (type === 'ed25519') out.bits = 256;
    if (type === 'ed448') out.bits = 456;
    return out;
  } catch {
    return { type: 'unknown' };
  }
}

function publicKeyHash(x509: X509Certificate): string {
  try {
    return createHash('sha256').update(x509.publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
  } catch {
    return '';
  }
}

const KEY_TYPES: Record<string, string> = {
  rsa: 'RSA',
  'rsa-pss': 'RSA-PSS',
  ec: 'EC',
  dsa: 'DSA',
  ed25519: 'Ed25519',
  ed448: 'Ed448',
};

/** node:crypto gives one attribute per line ('CN=a\nO=b'); messages want one line. */
function distinguishedName(name: string): string {
  return name.split('\n').filter(Boolean).join(', ');
}

function cleanReason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.replace(/^error:[0-9A-F]+:[^:]*:[^:]*:/, '').trim() || 'not a valid X.509 certificate';
}
