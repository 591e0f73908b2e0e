import { defineRule, finding } from '../types.js';
import type { Finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { describeSkew, formatDuration, formatUtc, parseSamlTime } from '../../util/time.js';
import { SCD_LOCATION, judgedConfirmations } from './confirmations.js';

export const subjectConfirmationExpired = defineRule({
  code: 'subject-confirmation-expired',
  title: 'The bearer confirmation expired (the Response was used too late)',
  severity: 'error',
  area: 'subject',
  explain:
    'SubjectConfirmationData NotOnOrAfter is the short window in which the browser must deliver the ' +
    'assertion to the SP — about five minutes in Microsoft Entra, often less elsewhere. After it the SP ' +
    'must refuse the Response even if the assertion\'s own Conditions are still valid. Causes: the ' +
    'Response was replayed or resubmitted later (a browser back button, a retry, a captured value tested ' +
    'hours later), or the SP\'s clock is ahead. Sign in again; judge a capture at the moment it was ' +
    'taken (--now, or a HAR\'s own time); keep server clocks synchronised (NTP).',
});

export const confirmationExpiryCheck: ValidateCheck = {
  name: 'bearer window',
  rules: [subjectConfirmationExpired],
  reads: 'claims',
  run(ctx) {
    if (!ctx.claims) return [];
    const now = ctx.now.getTime();
    const skew = ctx.skewSeconds * 1000;
    const out: Finding[] = [];
    for (const scd of judgedConfirmations(ctx.claims.assertion)) {
      const end = parseSamlTime(scd.notOnOrAfter);
      if (end === undefined || now < end + skew) continue;
      const window = ctx.advice.idpFacts.bearerWindowMinutes;
      out.push(
        finding(subjectConfirmationExpired, {
          message:
            `the bearer confirmation expired ${formatDuration(now - end)} before the instant judged at ` +
            `(${formatUtc(ctx.now)}), beyond the ${describeSkew(ctx.skewSeconds)}`,
          expected: `judged before ${formatUtc(end + skew)} (NotOnOrAfter + skew)`,
          actual: `judged at ${formatUtc(ctx.now)}`,
          hint:
            'Sign in again and let the browser post the fresh Response straight away' +
            (window ? ` (${ctx.advice.idpName} allows about ${window} minutes)` : '') +
            '. To judge a captured Response as of its capture, pass --now with the capture time. ' +
            'If this happens on live logins, SP admin: check the server clock (NTP).',
          location: `${SCD_LOCATION}/@NotOnOrAfter`,
          mirrors: ctx.advice.symptom('subject-confirmation-expired'),
        }),
      );
    }
    return out;
  },
  passed(ctx) {
    const end = ctx.claims && parseSamlTime(judgedConfirmations(ctx.claims.assertion)[0]?.notOnOrAfter);
    return end === undefined ? undefined : `usable until ${formatUtc(end)}`;
  },
};
