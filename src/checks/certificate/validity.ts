import { daysBetween, formatUtc, relativeTime } from '../../util/time.js';
import type { Finding } from '../types.js';
import { finding } from '../types.js';
import type { CertCheck, CertCheckContext } from './context.js';
import { certExpired, certExpiring, certNotYetValid } from './rules.js';

const ROTATE =
  'IdP admin: create a new certificate (Microsoft Entra: Single sign-on › SAML Certificates › Edit › ' +
  'New Certificate), give it to the SP admin to add in the app, then make it active.';

/** Entra's expiry notice steps, nearest first: within 7 days error, 30 warning, 60 info. */
const EXPIRY_STEPS = [
  { days: 7, severity: 'error' },
  { days: 30, severity: 'warning' },
  { days: 60, severity: 'info' },
] as const;

export const validityCheck: CertCheck = {
  name: 'validity',
  rules: [certExpired, certNotYetValid, certExpiring],
  run(ctx: CertCheckContext): Finding[] {
    const { facts, now, label, location } = ctx;
    const notBefore = new Date(facts.notBefore);
    const notAfter = new Date(facts.notAfter);
    const window = `${facts.notBefore} – ${facts.notAfter}`;
    if (now.getTime() >= notAfter.getTime()) {
      return [
        finding(certExpired, {
          message: `${label} expired ${relativeTime(notAfter, now)} (${formatUtc(notAfter)})`,
          expected: `valid at ${formatUtc(now)}`,
          actual: `valid ${window}`,
          hint: ROTATE,
          location,
        }),
      ];
    }
    if (now.getTime() < notBefore.getTime()) {
      return [
        finding(certNotYetValid, {
          message: `${label} becomes valid only ${relativeTime(notBefore, now)} (${formatUtc(notBefore)})`,
          expected: `valid at ${formatUtc(now)}`,
          actual: `valid ${window}`,
          hint: 'IdP admin: keep the current certificate active until this one is valid; check the clock of the machine that created it.',
          location,
        }),
      ];
    }
    const days = daysBetween(now, notAfter);
    const step = EXPIRY_STEPS.find((s) => days < s.days);
    if (!step) return [];
    return [
      finding(certExpiring, {
        severity: step.severity,
        message:
          `${label} expires ${relativeTime(notAfter, now)} (${formatUtc(notAfter)})` +
          (step.days === 7 ? ': logins break then unless the certificate is rotated now' : ''),
        expected: `more than ${step.days} days of validity left`,
        actual: `${days} day${days === 1 ? '' : 's'} left`,
        hint: ROTATE,
        location,
      }),
    ];
  },
  passed({ facts, now }) {
    return `valid ${facts.notBefore.slice(0, 10)} – ${facts.notAfter.slice(0, 10)}, expires ${relativeTime(new Date(facts.notAfter), now)}`;
  },
};
