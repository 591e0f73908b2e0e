import { defineRule, finding } from '../types.js';
import type { Finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { describeUrlDifference, leadSentence } from '../../validate/urls.js';
import { nearest } from '../../util/nearest.js';

export const audienceMismatch = defineRule({
  code: 'audience-mismatch',
  title: "The Audience is not the SP's entity ID",
  severity: 'error',
  area: 'conditions',
  explain:
    'The AudienceRestriction says which service provider the assertion is for; the SP must find its own ' +
    'entity ID there, compared character for character, or refuse the assertion (otherwise an assertion ' +
    'issued for one app could be used at another). The IdP fills it from the application\'s SP entity ID ' +
    'setting (Entra: Basic SAML Configuration › Identifier (Entity ID); Okta: Audience URI (SP Entity ' +
    'ID)). A near miss — a trailing slash, http vs https, a different path — is the usual cause. The IdP ' +
    'admin copies the SP entity ID exactly as the SP shows it.',
});

export const audienceMissing = defineRule({
  code: 'audience-missing',
  title: 'The assertion has no AudienceRestriction',
  severity: 'warning',
  area: 'conditions',
  explain:
    'Without an AudienceRestriction the assertion does not say which service provider it is for, so it ' +
    'could be replayed at any application that trusts the same IdP. The Web SSO profile requires one and ' +
    'strict SPs reject an assertion without it. The IdP admin sets the SP entity ID (Audience) in the ' +
    'application\'s SAML settings.',
});

export const audienceCheck: ValidateCheck = {
  name: 'audience',
  rules: [audienceMismatch, audienceMissing],
  reads: 'claims',
  run(ctx) {
    const assertion = ctx.claims?.assertion;
    if (!assertion) return [];
    const expected = ctx.expect.spEntityId;
    const restrictions = assertion.conditions?.audienceRestrictions ?? [];
    const fix = ctx.advice.idp('audience', { spEntityId: expected });
    if (!restrictions.some((r) => r.length)) {
      return [
        finding(audienceMissing, {
          message: 'the assertion does not say which SP it is for (no AudienceRestriction)',
          expected,
          actual: undefined,
          hint: fix,
          location: 'saml:Assertion/saml:Conditions/saml:AudienceRestriction',
        }),
      ];
    }
    const out: Finding[] = [];
    // Every AudienceRestriction must be satisfied on its own (SAML core 2.5.1.4).
    for (const audiences of restrictions) {
      if (audiences.includes(expected)) continue;
      // The most common mix-up: the Reply/ACS URL typed where the Identifier (Entity ID) belongs.
      const swapped = audiences.find((a) => ctx.expect.acsUrls.includes(a));
      const near = swapped
        ? `the Audience is the SP's ACS (Reply) URL, not its entity ID: the two values were swapped when the app was set up`
        : audiences.map((a) => describeUrlDifference(expected, a)).find(Boolean);
      const typo = near ? undefined : nearest(expected, audiences, 1)[0];
      out.push(
        finding(audienceMismatch, {
          message: 'the assertion is meant for another SP: its Audience is not the SP entity ID',
          expected,
          actual: audiences.length === 1 ? audiences[0] : audiences,
          hint:
            (near ? leadSentence(near) : typo ? `Close to ${typo}: probably a typo. ` : '') +
            fix,
          location: 'saml:Assertion/saml:Conditions/saml:AudienceRestriction/saml:Audience',
          mirrors: ctx.advice.symptom('audience-mismatch'),
        }),
      );
    }
    return out;
  },
  passed: (ctx) => (ctx.claims ? ctx.expect.spEntityId : undefined),
};
