import type { Check, Finding } from '../types.js';
import { finding } from '../types.js';
import { validityAt } from '../../config/certificate.js';
import { colonHex } from '../../crypto/cert/facts.js';
import type { ConfigLintContext } from './context.js';
import { configCertificateExpired, configCertificateExpiring, configCertificateNotYetValid } from './rules.js';
import { formatDuration, formatUtc } from '../../util/time.js';

/** Configured certificates judged at `now`: expired, not yet valid, or expiring within 30 days. */
export const certificateValidityCheck: Check<ConfigLintContext> = {
  name: 'certificate validity',
  rules: [configCertificateExpired, configCertificateNotYetValid, configCertificateExpiring],
  run({ certificates, now }) {
    if (!now) return [];
    const out: Finding[] = [];
    for (const entry of certificates) {
      if (!entry.parsed?.ok) continue;
      const facts = entry.parsed.facts;
      const which = `the certificate ${colonHex(facts.sha256).slice(0, 23)}… (${facts.subject})`;
      const window = `${formatUtc(new Date(facts.notBefore))} – ${formatUtc(new Date(facts.notAfter))}`;
      const judged = `judged at ${formatUtc(now)}`;
      switch (validityAt(facts, now)) {
        case 'expired':
          out.push(
            finding(configCertificateExpired, {
              message: `${which} expired ${formatDuration(now.getTime() - Date.parse(facts.notAfter))} ago`,
              expected: `valid at ${formatUtc(now)}`,
              actual: `valid ${window}`,
              location: entry.location,
              hint:
                'IdP admin: download the current signing certificate; SP admin: replace the expired one ' +
                `in the SaaS app and in this config (${judged}).`,
            }),
          );
          break;
        case 'not-yet-valid':
          out.push(
            finding(configCertificateNotYetValid, {
              message: `${which} only becomes valid in ${formatDuration(Date.parse(facts.notBefore) - now.getTime())}`,
              expected: `valid at ${formatUtc(now)}`,
              actual: `valid ${window}`,
              location: entry.location,
              hint: 'Keep the current certificate configured next to it until the IdP switches.',
            }),
          );
          break;
        case 'expiring':
          out.push(
            finding(configCertificateExpiring, {
              message: `${which} expires in ${formatDuration(Date.parse(facts.notAfter) - now.getTime())}`,
              expected: 'valid for more than 30 days',
              actual: `valid until ${facts.notAfter}`,
              location: entry.location,
              hint:
                'IdP admin: create the next signing certificate now; SP admin: add it next to this one so ' +
                'both are trusted until the switch.',
            }),
          );
          break;
        case 'valid':
          break;
      }
    }
    return out;
  },
};
