import { parseCertificate } from '../crypto/cert/facts.js';
import { canonicalPem } from '../crypto/cert/pem.js';

/**
 * Just enough certificate handling for configs and metadata: turn the text people paste
 * (PEM, or the bare base64 body as it appears in metadata) into a parsed certificate and
 * the facts we print. Parsing is the cert module's; the full linter lives with the `cert` command.
 */
export interface CertificateFacts {
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  /** Lower-case hex without separators. */
  sha256: string;
  sha1: string;
  /** PEM text, re-wrapped at 64 columns. */
  pem: string;
}

export type ParsedCertificate = { ok: true; facts: CertificateFacts } | { ok: false; reason: string };

const PEM_RE = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/;

export function parseCertificateText(text: string): ParsedCertificate {
  const hasBegin = text.includes('-----BEGIN CERTIFICATE-----');
  if (text.includes('-----BEGIN') && !hasBegin) {
    const kind = /-----BEGIN ([A-Z ]+)-----/.exec(text)?.[1] ?? 'something else';
    return { ok: false, reason: `this is a ${kind}, not a CERTIFICATE` };
  }
  if (hasBegin && !text.includes('-----END CERTIFICATE-----')) {
    return { ok: false, reason: 'the -----END CERTIFICATE----- line is missing (cut short when copied?)' };
  }
  const body = (hasBegin ? PEM_RE.exec(text)![1]! : text).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) {
    return { ok: false, reason: 'the certificate body contains characters that are not base64' };
  }
  if (body.length === 0) return { ok: false, reason: 'the certificate body is empty' };
  const der = Buffer.from(body, 'base64');
  const parsed = parseCertificate(der);
  if (!parsed.ok) return { ok: false, reason: `not a readable X.509 certificate (${parsed.reason})` };
  const f = parsed.cert.facts;
  return {
    ok: true,
    facts: {
      subject: f.subject,
      issuer: f.issuer,
      notBefore: f.notBefore,
      notAfter: f.notAfter,
      sha256: f.fingerprints.sha256.hex,
      sha1: f.fingerprints.sha1.hex,
      pem: canonicalPem(der),
    },
  };
}

export type Validity = 'valid' | 'expired' | 'not-yet-valid' | 'expiring';

const EXPIRING_WITHIN_DAYS = 30;

export function validityAt(facts: CertificateFacts, now: Date): Validity {
  const t = now.getTime();
  if (t >= Date.parse(facts.notAfter)) return 'expired';
  if (t < Date.parse(facts.notBefore)) return 'not-yet-valid';
  if (Date.parse(facts.notAfter) - t < EXPIRING_WITHIN_DAYS * 86_400_000) return 'expiring';
  return 'valid';
}
