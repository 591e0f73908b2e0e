import type { Finding } from '../types.js';
import { defineRule, finding } from '../types.js';
import type { ValidateCheck, ValidateContext } from '../../validate/context.js';
import { describeUrlDifference, leadSentence } from '../../validate/urls.js';

export const issuerMismatch = defineRule({
  code: 'issuer-mismatch',
  title: 'The Issuer is not the configured IdP entity ID',
  severity: 'error',
  area: 'assertion',
  explain:
    'The Issuer of the Response and of the Assertion names the IdP that produced them; the SP only trusts ' +
    'the IdP entity ID it was configured with, compared character for character. A mismatch means either ' +
    'the SP was given a slightly different value (a trailing slash, or Microsoft Entra\'s ' +
    'https://login.microsoftonline.com/<tenant>/v2.0 OIDC issuer instead of its SAML issuer ' +
    'https://sts.windows.net/<tenant>/), or the Response really comes from another IdP, tenant or ' +
    'application. If the IdP is the right one, the SP admin copies its entity ID exactly from the IdP ' +
    '(Entra: Microsoft Entra Identifier; Okta: Identity Provider Issuer).',
});

export const issuerMissing = defineRule({
  code: 'issuer-missing',
  title: 'The Assertion has no Issuer',
  severity: 'error',
  area: 'assertion',
  explain:
    'SAML 2.0 requires an Issuer in every Assertion: it is how the SP knows which IdP vouches for the ' +
    'user and which certificate must have signed it. An assertion without one cannot be attributed to ' +
    'the configured IdP and is rejected. This is an IdP bug or a hand-built message.',
});

const ENTRA_SAML = /^https:\/\/sts\.windows\.net\/([0-9a-f-]{36})\/?$/i;
const ENTRA_V2 = /^https:\/\/login\.microsoftonline\.(?:com|us)\/([0-9a-f-]{36})\/v2\.0\/?$/i;

function entraConfusion(expected: string, actual: string): string | undefined {
  const e = ENTRA_SAML.exec(expected) ?? ENTRA_V2.exec(expected);
  const a = ENTRA_SAML.exec(actual) ?? ENTRA_V2.exec(actual);
  if (!e || !a) return undefined;
  if (e[1]!.toLowerCase() !== a[1]!.toLowerCase()) {
    return `These are two different Microsoft Entra tenants (${e[1]} expected, ${a[1]} sent): the Response comes from another tenant's application`;
  }
  if (ENTRA_V2.test(expected) && ENTRA_SAML.test(actual)) {
    return (
      'The SP holds the OIDC (v2.0) issuer of the same tenant, but SAML responses from Entra are issued by ' +
      'https://sts.windows.net/<tenant>/: copy the "Microsoft Entra Identifier" shown in Set up <app>'
    );
  }
  return undefined;
}

function mismatch(ctx: ValidateContext, actual: string, where: 'Response' | 'Assertion', location: string): Finding {
  const expected = ctx.expect.idpEntityId;
  const why = entraConfusion(expected, actual) ?? describeUrlDifference(expected, actual);
  const hint =
    leadSentence(why) +
    `If this is the right IdP, ${ctx.advice.sp('idpEntityId', `set the IdP entity ID to ${actual}`)}; ` +
    `otherwise the Response comes from another IdP or application (${ctx.advice.idp('issuer', { idpEntityId: expected })}).`;
  return finding(issuerMismatch, {
    message: `the ${where} Issuer is not the configured IdP entity ID`,
    expected,
    actual,
    hint,
    location,
    mirrors: ctx.advice.symptom('issuer-mismatch'),
  });
}

export const responseIssuerCheck: ValidateCheck = {
  name: 'issuer',
  rules: [issuerMismatch],
  reads: 'response',
  run(ctx) {
    // The Response Issuer is optional in SAML; when present it must be right.
    const actual = ctx.response.issuer;
    if (actual === undefined || actual === ctx.expect.idpEntityId) return [];
    return [mismatch(ctx, actual, 'Response', '/samlp:Response/saml:Issuer')];
  },
  passed: (ctx) => ctx.response.issuer,
};

export const assertionIssuerCheck: ValidateCheck = {
  name: 'issuer',
  rules: [issuerMismatch, issuerMissing],
  reads: 'claims',
  run(ctx) {
    if (!ctx.claims) return [];
    const actual = ctx.claims.assertion.issuer;
    if (actual === ctx.expect.idpEntityId) return [];
    if (!actual) {
      return [
        finding(issuerMissing, {
          message: 'the Assertion has no Issuer',
          expected: ctx.expect.idpEntityId,
          actual,
          hint: 'IdP vendor: every Assertion must carry an Issuer. If the message was edited, capture a fresh one.',
          location: 'saml:Assertion/saml:Issuer',
        }),
      ];
    }
    return [mismatch(ctx, actual, 'Assertion', 'saml:Assertion/saml:Issuer')];
  },
  passed: (ctx) => ctx.claims?.assertion.issuer,
};
