import type { Check } from '../types.js';
import { finding } from '../types.js';
import type { MetadataEntityContext } from './context.js';
import { metadataCertificateInvalid } from './rules.js';

export const certificateParseCheck: Check<MetadataEntityContext> = {
  name: 'certificates parse',
  rules: [metadataCertificateInvalid],
  run({ certificates }) {
    return certificates.flatMap((c) =>
      c.parsed.ok
        ? []
        : [
            finding(metadataCertificateInvalid, {
              message: `a ${c.use} certificate in the metadata cannot be parsed: ${c.parsed.reason}`,
              expected: 'the base64 DER of an X.509 certificate',
              actual: c.base64.length > 60 ? `${c.base64.slice(0, 28)}…${c.base64.slice(-28)} (${c.base64.length} characters)` : c.base64,
              location: c.location,
              hint: 'Download the metadata again from the IdP rather than editing it by hand.',
            }),
          ],
    );
  },
};
