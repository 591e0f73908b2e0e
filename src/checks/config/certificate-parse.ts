import type { Check, Finding } from '../types.js';
import { finding } from '../types.js';
import { diagnoseCertificate } from '../../config/certificate-diagnosis.js';
import type { ConfigLintContext } from './context.js';
import { configCertificateInvalid, configCertificateUnreadable } from './rules.js';

/** Each idp.certificates entry must be a readable file (when it is a path) holding a parseable certificate. */
export const certificateParseCheck: Check<ConfigLintContext> = {
  name: 'certificates parse',
  rules: [configCertificateUnreadable, configCertificateInvalid],
  run({ certificates }) {
    const out: Finding[] = [];
    for (const entry of certificates) {
      if (entry.readError !== undefined) {
        out.push(
          finding(configCertificateUnreadable, {
            message: `cannot read the certificate file ${entry.path}: ${entry.readError}`,
            expected: 'a readable PEM file (paths are relative to the config file)',
            actual: entry.path,
            location: entry.location,
            hint: 'Fix the path, or paste the PEM text inline instead.',
          }),
        );
      } else if (entry.parsed && !entry.parsed.ok) {
        const reasons = diagnoseCertificate(entry.text ?? '', entry.parsed.reason);
        out.push(
          finding(configCertificateInvalid, {
            message: `the certificate ${entry.path ? `in ${entry.path} ` : ''}cannot be parsed: ${reasons[0]}`,
            expected: 'a PEM X.509 certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----)',
            actual: reasons,
            location: entry.location,
            hint:
              'Download the signing certificate again from the IdP and paste it exactly as downloaded; ' +
              '`saml-doctor cert` shows what is wrong with this one.',
          }),
        );
      }
    }
    return out;
  },
};
