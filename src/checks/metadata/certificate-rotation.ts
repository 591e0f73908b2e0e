import type { Check } from '../types.js';
import { finding } from '../types.js';
import { colonHex } from '../../crypto/cert/facts.js';
import type { MetadataEntityContext } from './context.js';
import { entityLabel, signingCertificates } from './context.js';
import { metadataCertificateRotation } from './rules.js';

/** Two or more signing certificates on one role: a rotation in progress. Says which one is newer. */
export const certificateRotationCheck: Check<MetadataEntityContext> = {
  name: 'rotation',
  rules: [metadataCertificateRotation],
  run(ctx) {
    return (['idp', 'sp'] as const).flatMap((kind) => {
      const certs = signingCertificates(ctx, kind).flatMap((c) => (c.parsed.ok ? [c.parsed.facts] : []));
      if (certs.length < 2) return [];
      const byAge = [...certs].sort((a, b) => Date.parse(b.notBefore) - Date.parse(a.notBefore));
      const newest = byAge[0]!;
      const summary = (f: (typeof certs)[number]) =>
        // Shortened: the full fingerprints are listed with the keys just above the findings.
        `SHA-256 ${colonHex(f.sha256).slice(0, 23)}… (valid ${f.notBefore.slice(0, 10)} – ${f.notAfter.slice(0, 10)})`;
      return [
        finding(metadataCertificateRotation, {
          message:
            `${entityLabel(ctx)} publishes ${certs.length} signing certificates: a rotation. ` +
            `The newer one is ${colonHex(newest.sha256).slice(0, 23)}… (valid from ${newest.notBefore.slice(0, 10)})`,
          expected: 'trust every published signing certificate until the IdP has switched',
          actual: byAge.map((f, i) => `${i === 0 ? 'newer' : 'older'}: ${summary(f)}`),
          location: ctx.entity.path,
          hint:
            'SP admin: configure all of them (config init --from-metadata does), and remove the older one only after ' +
            'the IdP has made the newer one active.',
        }),
      ];
    });
  },
};
