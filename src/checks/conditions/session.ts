import { defineRule, finding } from '../types.js';
import type { Finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { describeSkew, formatDuration, formatUtc, parseSamlTime } from '../../util/time.js';

export const sessionExpired = defineRule({
  code: 'session-expired',
  title: 'The IdP session the assertion refers to has ended (SessionNotOnOrAfter passed)',
  severity: 'error',
  area: 'conditions',
  explain:
    'An AuthnStatement can say until when the SP may keep the user signed in (SessionNotOnOrAfter). At the ' +
    'instant judged at that moment had passed, so the SP must not start a session from this assertion. ' +
    'This happens when an old Response is replayed or tested, or when the IdP issues very short sessions. ' +
    'Sign in again; if fresh logins fail this way, the IdP admin checks the session lifetime policy and ' +
    'both sides check their clocks.',
});

export const sessionCheck: ValidateCheck = {
  name: 'session',
  rules: [sessionExpired],
  reads: 'claims',
  run(ctx) {
    if (!ctx.claims) return [];
    const now = ctx.now.getTime();
    const out: Finding[] = [];
    for (const s of ctx.claims.assertion.authnStatements) {
      const end = parseSamlTime(s.sessionNotOnOrAfter);
      if (end === undefined || now < end + ctx.skewSeconds * 1000) continue;
      out.push(
        finding(sessionExpired, {
          message:
            `the IdP session ended ${formatDuration(now - end)} before the instant judged at ` +
            `(${formatUtc(ctx.now)}), beyond the ${describeSkew(ctx.skewSeconds)}`,
          expected: `judged before ${formatUtc(end)} (SessionNotOnOrAfter)`,
          actual: `judged at ${formatUtc(ctx.now)}`,
          hint: 'Sign in again for a fresh Response; if fresh logins fail like this, IdP admin: check the session lifetime policy.',
          location: 'saml:Assertion/saml:AuthnStatement/@SessionNotOnOrAfter',
          mirrors: ctx.advice.symptom('session-expired'),
        }),
      );
    }
    return out;
  },
};
