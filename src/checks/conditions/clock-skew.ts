import { defineRule, finding } from '../types.js';
import type { Finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { describeSkew, formatDuration, formatUtc, parseSamlTime } from '../../util/time.js';

export const clockSkew = defineRule({
  code: 'clock-skew',
  title: 'IssueInstant is in the future: the clocks disagree',
  severity: 'warning',
  area: 'conditions',
  explain:
    'The IdP stamps the Response and the Assertion with IssueInstant, the moment it created them. A ' +
    'moment later than the instant judged at (beyond the allowed skew) cannot happen with synchronised ' +
    'clocks: the IdP\'s clock is ahead or the SP\'s is behind. Many SPs reject such a Response, and the ' +
    'same skew soon breaks NotBefore too. Fix the wrong clock (NTP); as a stop-gap the SP admin raises the ' +
    'allowed clock skew. When judging a capture, --now must be its capture time.',
});

export const clockSkewCheck: ValidateCheck = {
  name: 'issue instant',
  rules: [clockSkew],
  reads: 'claims',
  run(ctx) {
    const now = ctx.now.getTime();
    const limit = now + ctx.skewSeconds * 1000;
    const stamps = [{ where: '/samlp:Response/@IssueInstant', value: ctx.response.issueInstant }];
    if (ctx.claims) stamps.push({ where: 'saml:Assertion/@IssueInstant', value: ctx.claims.assertion.issueInstant });
    const out: Finding[] = [];
    for (const s of stamps) {
      const t = parseSamlTime(s.value);
      if (t === undefined || t <= limit) continue;
      out.push(
        finding(clockSkew, {
          message:
            `IssueInstant is ${formatDuration(t - now)} after the instant judged at (${formatUtc(ctx.now)}), ` +
            `beyond the ${describeSkew(ctx.skewSeconds)}`,
          expected: `at or before ${formatUtc(limit)} (judged-at + skew)`,
          actual: formatUtc(t),
          hint: 'SP admin (or IdP admin, whichever clock is wrong): synchronise clocks with NTP; as a stop-gap raise the allowed clock skew.',
          location: s.where,
        }),
      );
    }
    return out;
  },
};
