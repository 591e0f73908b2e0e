import type { Check } from '../types.js';
import { finding } from '../types.js';
import { diagnoseCertificate } from '../../config/certificate-diagnosis.js';
import type { MetadataEntityContext } from './context.js';
import { metadataCertificateInvalid } from './rules.js';

export const certificateParseCheck: Check<MetadataEntityContext> = {
  name: 'certificates parse',
  rules: [metadataCertificateInvalid],
  run({ certificates }) {
    return certificates.flatMap((c) => {
      if (c.parsed.ok) return [];
      const reasons = diagnoseCertificate(c.base64, c.parsed.reason);
      const shown = c.base64.length > 60 ? `${c.base64.slice(0, 28)}…${c.base64.slice(-28)} (${c.base64.length} characters)` : c.base64;
      return [
        finding(metadataCertificateInvalid, {
          message: `a ${c.use} certificate in the metadata cannot be parsed: ${reasons[0]}`,
          expected: 'the base64 DER of an X.509 certificate',
          actual: [shown, ...reasons],
          location: c.location,
          hint: 'Download the metadata again from the IdP rather than editing it by hand; `saml-doctor cert` on the metadata file shows each certificate in detail.',
        }),
      ];
    });
  },
};
