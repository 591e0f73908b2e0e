import { defineRule, finding } from '../types.js';
import type { Finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { describeSkew, formatClock, formatDuration, formatUtc, parseSamlTime } from '../../util/time.js';

export const notYetValid = defineRule({
  code: 'not-yet-valid',
  title: 'The assertion is not valid yet (NotBefore in the future)',
  severity: 'error',
  area: 'conditions',
  explain:
    'Conditions NotBefore is the earliest instant the assertion may be used. It lies in the future at the ' +
    'instant judged at, even after the allowed clock skew, which almost always means the IdP\'s and the ' +
    'SP\'s clocks disagree (the SP server\'s clock is behind). The finding says by how much. Fix the clock ' +
    'that is wrong (NTP on the SP server); as a stop-gap the SP admin can raise the allowed clock skew. ' +
    'When judging an old capture, make sure --now is the capture time.',
});

export const assertionExpired = defineRule({
  code: 'assertion-expired',
  title: 'The assertion has expired (Conditions NotOnOrAfter passed)',
  severity: 'error',
  area: 'conditions',
  explain:
    'Conditions NotOnOrAfter is the instant after which the assertion must not be accepted (Microsoft ' +
    'Entra gives about 70 minutes after issue). At the instant judged at, it had passed even allowing for ' +
    'the clock skew. Either the Response is being replayed or tested long after the login (judge a capture ' +
    'with --now set to its capture time), or the SP\'s clock is far ahead. Sign in again for a fresh ' +
    'Response; fix the clock if live logins fail this way.',
});

const LOCATION = 'saml:Assertion/saml:Conditions';

function windowOf(start: number, end: number, issued: number | undefined) {
  return { notBefore: new Date(start), notOnOrAfter: new Date(end), issueInstant: issued === undefined ? undefined : new Date(issued) };
}

export const validityWindowCheck: ValidateCheck = {
  name: 'conditions',
  rules: [notYetValid, assertionExpired],
  reads: 'claims',
  run(ctx) {
    const c = ctx.claims?.assertion.conditions;
    if (!c) return [];
    const now = ctx.now.getTime();
    const skew = ctx.skewSeconds * 1000;
    const start = parseSamlTime(c.notBefore);
    const end = parseSamlTime(c.notOnOrAfter);
    const judged = `judged at ${formatUtc(ctx.now)} with ${describeSkew(ctx.skewSeconds)}`;
    const out: Finding[] = [];
    if (start !== undefined && now + skew < start) {
      out.push(
        finding(notYetValid, {
          message: `the assertion becomes valid only in ${formatDuration(start - now)} (${judged})`,
          expected: `judged at or after ${formatUtc(start - skew)} (NotBefore − skew)`,
          actual: `judged at ${formatUtc(ctx.now)}, ${formatDuration(start - now)} before NotBefore ${formatUtc(start)}`,
          hint:
            'The IdP and SP clocks disagree by at least that much. SP admin: synchronise the server clock (NTP); ' +
            'as a stop-gap raise the allowed clock skew. When judging a capture, pass its capture time with --now.',
          location: `${LOCATION}/@NotBefore`,
          mirrors: ctx.advice.symptom('not-yet-valid'),
        }),
      );
    }
    if (end !== undefined && now >= end + skew) {
      out.push(
        finding(assertionExpired, {
          message: `the assertion expired ${formatDuration(now - end)} ago (${judged})`,
          expected: `judged before ${formatUtc(end + skew)} (NotOnOrAfter + skew)`,
          actual: `judged at ${formatUtc(ctx.now)}, ${formatDuration(now - end)} after NotOnOrAfter ${formatUtc(end)}`,
          hint:
            'Sign in again for a fresh Response. To judge a captured Response as of its capture, pass --now with the capture time; ' +
            'if live logins fail like this, SP admin: check the server clock (NTP).',
          location: `${LOCATION}/@NotOnOrAfter`,
          mirrors: ctx.advice.symptom('assertion-expired'),
        }),
      );
    }
    return out;
  },
  passed(ctx) {
    const c = ctx.claims?.assertion.conditions;
    const start = parseSamlTime(c?.notBefore);
    const end = parseSamlTime(c?.notOnOrAfter);
    if (start === undefined && end === undefined) return undefined;
    const span =
      start !== undefined && end !== undefined
        ? ` (${ctx.advice.window(windowOf(start, end, parseSamlTime(ctx.claims?.assertion.issueInstant))) ?? `${Math.round((end - start) / 60000)}-minute window`})`
        : '';
    const from = start === undefined ? '…' : formatClock(start);
    const to = end === undefined ? '…' : formatClock(end);
    return `valid ${from} – ${to} UTC${span}; judged at ${formatUtc(ctx.now)}, inside it`;
  },
};
