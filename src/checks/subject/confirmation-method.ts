import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { BEARER } from './confirmations.js';

export const subjectConfirmationMethod = defineRule({
  code: 'subject-confirmation-method',
  title: 'No bearer SubjectConfirmation',
  severity: 'error',
  area: 'subject',
  explain:
    'In browser single sign-on (the Web SSO profile) whoever presents the assertion is the user, which ' +
    'SAML calls the "bearer" confirmation method (urn:oasis:names:tc:SAML:2.0:cm:bearer). The assertion ' +
    'has no SubjectConfirmation with that method — it has none at all, or only holder-of-key / ' +
    'sender-vouches, which browser SPs cannot satisfy — so the SP has no way to accept it. The IdP ' +
    'application must be a plain SAML 2.0 web (browser) application.',
});

export const confirmationMethodCheck: ValidateCheck = {
  name: 'bearer',
  rules: [subjectConfirmationMethod],
  reads: 'claims',
  run(ctx) {
    if (!ctx.claims) return [];
    const methods = ctx.claims.assertion.subjectConfirmations.map((c) => c.method ?? '(no Method)');
    if (methods.includes(BEARER)) return [];
    return [
      finding(subjectConfirmationMethod, {
        message: methods.length
          ? 'no SubjectConfirmation uses the bearer method that browser sign-in needs'
          : 'the Subject has no SubjectConfirmation',
        expected: BEARER,
        actual: methods,
        hint: `IdP admin, in ${ctx.advice.idpName ?? 'the IdP'}: configure the application as a SAML 2.0 web application (browser POST), which sends bearer confirmations.`,
        location: 'saml:Assertion/saml:Subject/saml:SubjectConfirmation/@Method',
      }),
    ];
  },
};
