import { parseCertificate } from '../crypto/cert/facts.js';
import type { CertFacts } from '../crypto/cert/facts.js';

/** Facts about one X.509 certificate, for display. Reading it says nothing about whether to trust it. */
export interface CertificateSummary {
  subject: string;
  issuer: string;
  selfSigned: boolean;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** "RSA 2048", "EC P-256" */
  publicKey?: string;
  /** Colon-separated upper-case hex, as IdP consoles show it. */
  sha256: string;
  sha1: string;
  /** DER as base64 (one line), so scripts can compare it with a configured certificate. */
  base64: string;
}

export type CertificateReading = { ok: true; certificate: CertificateSummary } | { ok: false; error: string; base64: string };

/** Reads DER bytes (or their base64) with the cert module's parser; never throws. */
export function summarizeCertificate(der: Uint8Array | string): CertificateReading {
  const bytes = typeof der === 'string' ? Buffer.from(der, 'base64') : Buffer.from(der);
  const base64 = bytes.toString('base64');
  const parsed = parseCertificate(bytes);
  if (!parsed.ok) return { ok: false, error: parsed.reason, base64 };
  const f = parsed.cert.facts;
  return {
    ok: true,
    certificate: {
      subject: f.subject,
      issuer: f.issuer,
      selfSigned: f.selfIssued,
      serialNumber: f.serialNumber,
      notBefore: f.notBefore,
      notAfter: f.notAfter,
      publicKey: publicKeyLabel(f.key),
      sha256: f.fingerprints.sha256.colon,
      sha1: f.fingerprints.sha1.colon,
      base64,
    },
  };
}

/** "RSA 2048" (RSA-PSS keys too), "EC P-256", or the key type alone. */
function publicKeyLabel(key: CertFacts['key']): string | undefined {
  if (key.type === 'RSA' || key.type === 'RSA-PSS') return `RSA ${key.bits ?? '?'}`;
  if (key.type === 'EC') return `EC ${key.curve ?? ''}`.trim();
  return key.type === 'unknown' ? undefined : key.type.toUpperCase();
}
