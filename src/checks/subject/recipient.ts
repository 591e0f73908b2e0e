import { defineRule, finding } from '../types.js';
import type { Finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { describeUrlDifferenceFromAny, leadSentence } from '../../validate/urls.js';
import { SCD_LOCATION, judgedConfirmations } from './confirmations.js';

export const recipientMismatch = defineRule({
  code: 'recipient-mismatch',
  title: "The SubjectConfirmation Recipient is not the SP's ACS URL",
  severity: 'error',
  area: 'subject',
  explain:
    'SubjectConfirmationData Recipient is the signed copy of "where this assertion may be used": the ' +
    'SP must refuse it unless it equals its own ACS URL, so a stolen assertion cannot be replayed at ' +
    'another application. The IdP fills it from the application\'s ACS / Reply URL (Entra: Basic SAML ' +
    'Configuration › Reply URL; Okta: Single sign-on URL, or Recipient URL if set separately). Any ' +
    'character difference counts, including a trailing slash or http vs https. A missing Recipient is ' +
    'also refused: the Web SSO profile requires it.',
});

export const recipientCheck: ValidateCheck = {
  name: 'recipient',
  rules: [recipientMismatch],
  reads: 'claims',
  run(ctx) {
    if (!ctx.claims) return [];
    const accepted = ctx.expect.acsUrls;
    const out: Finding[] = [];
    for (const scd of judgedConfirmations(ctx.claims.assertion)) {
      const actual = scd.recipient;
      if (actual !== undefined && accepted.includes(actual)) continue;
      const why = actual === undefined ? undefined : describeUrlDifferenceFromAny(accepted, actual);
      out.push(
        finding(recipientMismatch, {
          message: actual === undefined ? 'the SubjectConfirmationData has no Recipient' : 'the assertion is meant for another URL than the ACS URL',
          expected: accepted.length > 1 ? accepted : accepted[0],
          actual,
          hint: leadSentence(why) + ctx.advice.idp('reply-url', { acsUrl: accepted[0] }),
          location: `${SCD_LOCATION}/@Recipient`,
          mirrors: ctx.advice.symptom('recipient-mismatch'),
        }),
      );
    }
    return out;
  },
  passed: (ctx) => (ctx.claims ? judgedConfirmations(ctx.claims.assertion)[0]?.recipient : undefined),
};
