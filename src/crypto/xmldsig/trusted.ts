import { X509Certificate } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { Finding } from '../../checks/types.js';
import { finding } from '../../checks/types.js';
import { normaliseFingerprint } from '../cert/facts.js';
import { configuredCertificateUnusable } from '../../checks/signature/configured-certificate-unusable.js';

/** A configured IdP certificate, parsed once so each signature check costs one public-key operation per certificate. */
export interface TrustedCert {
  label: string;
  pem: string;
  key: KeyObject;
  x509: X509Certificate;
  /** SHA-256 fingerprint, upper-case hex pairs separated by colons (as openssl prints it). */
  sha256: string;
}

/** What a certificate is, for reports: never a reason to trust it. */
export interface CertSummary {
  sha256: string;
  sha1: string;
  subject: string;
  notBefore: string;
  notAfter: string;
}

export function summarizeCert(x509: X509Certificate): CertSummary {
  return {
    sha256: x509.fingerprint256,
    sha1: x509.fingerprint,
    subject: x509.subject.split('\n').join(', '),
    notBefore: new Date(x509.validFrom).toISOString(),
    notAfter: new Date(x509.validTo).toISOString(),
  };
}

/** Reads a certificate given as PEM or as bare base64 DER; undefined when it is not one. */
export function readCertificate(text: string): X509Certificate | undefined {
  try {
    if (text.includes('-----BEGIN')) return new X509Certificate(text);
    const b64 = text.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]+=*$/.test(b64)) return undefined;
    return new X509Certificate(Buffer.from(b64, 'base64'));
  } catch {
    return undefined;
  }
}

export function prepareTrustedCerts(pems: ReadonlyArray<{ label: string; pem: string }>): {
  certs: TrustedCert[];
  findings: Finding[];
} {
  const certs: TrustedCert[] = [];
  const findings: Finding[] = [];
  for (const { label, pem } of pems) {
    const x509 = readCertificate(pem);
    if (!x509) {
      findings.push(
        finding(configuredCertificateUnusable, {
          message: `the configured IdP certificate "${label}" is not a readable X.509 certificate`,
          expected: 'a PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----)',
          actual: pem.length > 80 ? `${pem.slice(0, 77)}...` : pem,
          hint: `SP admin: paste the IdP certificate again exactly as downloaded; run \`saml-doctor cert\` on it to see what is wrong.`,
          location: label,
        }),
      );
      continue;
    }
    certs.push({ label, pem, key: x509.publicKey, x509, sha256: x509.fingerprint256 });
  }
  return { certs, findings };
}

/** Parsed KeyInfo certificates by base64 text: a HAR repeats the same few certificates in every response. */
const keyInfoCache = new Map<string, { x509: X509Certificate; summary: CertSummary } | null>();
const KEYINFO_CACHE_SIZE = 32;

/** A KeyInfo certificate, parsed and summarised once; undefined when it is not a certificate. */
export function readKeyInfoCert(base64: string): { x509: X509Certificate; summary: CertSummary } | undefined {
  let entry = keyInfoCache.get(base64);
  if (entry === undefined) {
    const x509 = readCertificate(base64);
    entry = x509 ? { x509, summary: summarizeCert(x509) } : null;
    if (keyInfoCache.size >= KEYINFO_CACHE_SIZE) keyInfoCache.delete(keyInfoCache.keys().next().value!);
    keyInfoCache.set(base64, entry);
  }
  return entry ?? undefined;
}

/** Whether a certificate matches a configured SHA-1 or SHA-256 fingerprint pin (pins normalised). */
export function isPinned(cert: CertSummary, pins: ReadonlySet<string>): boolean {
  return pins.has(normaliseFingerprint(cert.sha256)) || pins.has(normaliseFingerprint(cert.sha1));
}

/** The message's own certificate, admitted because its fingerprint was configured. */
export function pinnedCert(x509: X509Certificate): TrustedCert {
  return {
    label: 'KeyInfo certificate matching a configured fingerprint',
    pem: x509.toString(),
    key: x509.publicKey,
    x509,
    sha256: x509.fingerprint256,
  };
}
