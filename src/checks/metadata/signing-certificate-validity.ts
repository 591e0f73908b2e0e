import type { Check } from '../types.js';
import { finding } from '../types.js';
import { validityAt } from '../../config/certificate.js';
import { colonHex } from '../../crypto/cert/facts.js';
import type { MetadataEntityContext } from './context.js';
import { entityLabel, signingCertificates } from './context.js';
import { metadataCertificatesExpired, metadataCertificatesExpiring } from './rules.js';
import { formatDuration, formatUtc } from '../../util/time.js';

/** Judged over all signing certificates together: one valid certificate is enough to sign with. */
export const signingCertificateValidityCheck: Check<MetadataEntityContext> = {
  name: 'certificate validity',
  rules: [metadataCertificatesExpired, metadataCertificatesExpiring],
  run(ctx) {
    const states = signingCertificates(ctx)
      .flatMap((c) => (c.parsed.ok ? [c.parsed.facts] : []))
      .map((facts) => ({ facts, v: validityAt(facts, ctx.now) }));
    if (states.length === 0) return [];
    const describe = states.map((s) => `SHA-256 ${colonHex(s.facts.sha256).slice(0, 23)}… valid ${formatUtc(new Date(s.facts.notBefore))} – ${formatUtc(new Date(s.facts.notAfter))}`);
    const judged = `at ${formatUtc(ctx.now)}`;
    if (states.every((s) => s.v === 'expired')) {
      const latest = Math.max(...states.map((s) => Date.parse(s.facts.notAfter)));
      return [
        finding(metadataCertificatesExpired, {
          message: `every signing certificate of ${entityLabel(ctx)} has expired (the last one ${formatDuration(ctx.now.getTime() - latest)} ago)`,
          expected: `at least one signing certificate valid ${judged}`,
          actual: describe,
          location: ctx.entity.path,
          hint: 'Download current metadata; IdP admin: activate a valid signing certificate for the application.',
        }),
      ];
    }
    if (states.every((s) => s.v === 'expired' || s.v === 'expiring')) {
      const last = Math.max(...states.map((s) => Date.parse(s.facts.notAfter)));
      return [
        finding(metadataCertificatesExpiring, {
          message: `every signing certificate of ${entityLabel(ctx)} expires within ${formatDuration(last - ctx.now.getTime())}, and no successor is published`,
          expected: 'a signing certificate valid for more than 30 days, or the next one published alongside',
          actual: describe,
          location: ctx.entity.path,
          hint: 'IdP admin: create the next signing certificate now so service providers can add it before the switch.',
        }),
      ];
    }
    return [];
  },
};
