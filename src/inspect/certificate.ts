import { X509Certificate } from 'node:crypto';

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

/** Reads DER bytes (or their base64) with node:crypto; never throws. */
export function summarizeCertificate(der: Uint8Array | string): CertificateReading {
  const bytes = typeof der === 'string' ? Buffer.from(der, 'base64') : Buffer.from(der);
  const base64 = bytes.toString('base64');
  try {
    const x = new X509Certificate(bytes);
    const key = x.publicKey;
    const details = key.asymmetricKeyDetails;
    let publicKey: string | undefined;
    if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') {
      publicKey = `RSA ${details?.modulusLength ?? '?'}`;
    } else if (key.asymmetricKeyType === 'ec') {
      publicKey = `EC ${details?.namedCurve === 'prime256v1' ? 'P-256' : details?.namedCurve ?? ''}`.trim();
    } else if (key.asymmetricKeyType) {
      publicKey = key.asymmetricKeyType.toUpperCase();
    }
    return {
      ok: true,
      certificate: {
        subject: distinguishedName(x.subject),
        issuer: distinguishedName(x.issuer),
        selfSigned: x.subject === x.issuer,
        serialNumber: x.serialNumber,
        notBefore: new Date(x.validFrom).toISOString(),
        notAfter: new Date(x.validTo).toISOString(),
        publicKey,
        sha256: x.fingerprint256,
        sha1: x.fingerprint,
        base64,
      },
    };
  } catch (e) {
    return { ok: false, error: (e as Error).message, base64 };
  }
}

/** node:crypto gives one RDN per line; people read them comma-separated. */
function distinguishedName(lines: string): string {
  return lines.split('\n').filter(Boolean).join(', ');
}
