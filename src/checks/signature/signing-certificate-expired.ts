import type { Finding } from '../types.js';
import { defineRule, finding } from '../types.js';
import type { SignatureReport } from '../../crypto/xmldsig/index.js';
import { formatUtc, relativeTime } from '../../util/time.js';

export const signingCertificateExpired = defineRule({
  code: 'signing-certificate-expired',
  title: 'The configured certificate that verified the signature has expired',
  severity: 'warning',
  area: 'signature',
  explain:
    'The signature verifies with one of the configured IdP certificates, but that certificate was past its ' +
    'validity end when the response was judged. Many service providers still accept it (SAML uses the ' +
    'certificate only as a key holder), others refuse the login, and either way the IdP is signing with a ' +
    'key it meant to retire. IdP admin: create a new signing certificate, make it active, and give the new ' +
    'certificate to the SP admin, who adds it next to the old one until the switch is done.',
});

/** Expiry of the trusted certificates that actually verified something, judged at `now`. */
export function signingCertificateFindings(report: SignatureReport, now: Date): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const v of report.verified) {
    const cert = v.certificate;
    if (seen.has(cert.sha256)) continue;
    seen.add(cert.sha256);
    const end = new Date(cert.x509.validTo);
    if (end.getTime() >= now.getTime()) continue;
    out.push(
      finding(signingCertificateExpired, {
        message: `the ${v.kind} is signed with ${cert.label}, which expired ${relativeTime(end, now)}`,
        expected: `a certificate valid at ${formatUtc(now)}`,
        actual: `valid until ${formatUtc(end)}`,
        hint:
          'IdP admin: activate a new signing certificate and send it to the SP admin; SP admin: add the new ' +
          'certificate alongside the old one, and remove the old one once the IdP has switched.',
      }),
    );
  }
  return out;
}
