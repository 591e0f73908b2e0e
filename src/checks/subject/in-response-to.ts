import { defineRule, finding } from '../types.js';
import type { Finding } from '../types.js';
import type { ValidateCheck, ValidateContext } from '../../validate/context.js';
import { SCD_LOCATION, judgedConfirmations } from './confirmations.js';

export const inResponseToMismatch = defineRule({
  code: 'in-response-to-mismatch',
  title: 'InResponseTo does not match the AuthnRequest ID',
  severity: 'error',
  area: 'subject',
  explain:
    'In an SP-initiated login the SP sends an AuthnRequest with an ID and remembers it; the IdP answers ' +
    'with InResponseTo set to that ID, on the Response and in the bearer SubjectConfirmationData. A ' +
    'different value means the Response answers another (older, or another tab\'s, or another ' +
    'server\'s) request: the SP\'s session or cookie that held the request ID was lost (SameSite cookie ' +
    'rules, a load balancer without sticky sessions, a second login tab), or the Response is replayed. ' +
    'Start the login again from the SP in one tab; if it persists, the SP admin checks how the request ' +
    'ID is stored between the redirect and the POST back.',
});

export const inResponseToCheck: ValidateCheck = {
  name: 'in-response-to',
  rules: [inResponseToMismatch],
  reads: 'claims',
  run(ctx) {
    const values: { where: string; value: string }[] = [];
    if (ctx.response.inResponseTo !== undefined) {
      values.push({ where: '/samlp:Response/@InResponseTo', value: ctx.response.inResponseTo });
    }
    for (const scd of ctx.claims ? judgedConfirmations(ctx.claims.assertion) : []) {
      if (scd.inResponseTo !== undefined) values.push({ where: `${SCD_LOCATION}/@InResponseTo`, value: scd.inResponseTo });
    }
    // Without --request-id the values can still contradict each other.
    const expected = ctx.requestId ?? values[0]?.value;
    if (expected === undefined) return [];
    const out: Finding[] = [];
    const signed = signedValues(ctx);
    if (ctx.requestId !== undefined && !signed.includes(ctx.requestId)) {
      const unsignedMatch = ctx.response.inResponseTo === ctx.requestId;
      out.push(
        finding(inResponseToMismatch, {
          message: unsignedMatch
            ? 'only the unsigned Response element names the AuthnRequest; nothing signed ties this assertion to it'
            : 'no signed InResponseTo names the AuthnRequest given with --request-id',
          expected: ctx.requestId,
          actual: signed.length > 1 ? signed : signed[0],
          hint: unsignedMatch
            ? 'The assertion may come from another login (an IdP-initiated one replayed here). IdP admin: sign the Response too, ' +
              "or make sure the assertion's SubjectConfirmationData carries InResponseTo."
            : 'Start the login again from the SP (one tab), and give --request-id the ID of the AuthnRequest that started it.',
          location: `${SCD_LOCATION}/@InResponseTo`,
          mirrors: ctx.advice.symptom('in-response-to-mismatch'),
        }),
      );
      return out;
    }
    for (const v of values) {
      if (v.value === expected) continue;
      out.push(
        finding(inResponseToMismatch, {
          message: ctx.requestId
            ? 'the Response answers another AuthnRequest than the one given with --request-id'
            : 'the Response and its assertion name different AuthnRequest IDs',
          expected,
          actual: v.value,
          hint:
            'Start the login again from the SP (one tab); if it keeps happening, SP admin: the AuthnRequest ID is lost ' +
            'between the redirect and the POST back (session cookie SameSite, load balancer affinity).',
          location: v.where,
          mirrors: ctx.advice.symptom('in-response-to-mismatch'),
        }),
      );
    }
    return out;
  },
  passed: (ctx) => (ctx.requestId !== undefined && signedValues(ctx).includes(ctx.requestId) ? ctx.requestId : undefined),
};

/** InResponseTo values a verified signature covers: the Response's own only when the Response is signed. */
function signedValues(ctx: ValidateContext): string[] {
  const out = new Set<string>();
  if (ctx.responseVerified && ctx.response.inResponseTo !== undefined) out.add(ctx.response.inResponseTo);
  if (ctx.claims?.verified) {
    for (const scd of judgedConfirmations(ctx.claims.assertion)) {
      if (scd.inResponseTo !== undefined) out.add(scd.inResponseTo);
    }
  }
  return [...out];
}
