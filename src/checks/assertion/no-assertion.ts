import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { statusName } from '../response/status.js';

export const noAssertion = defineRule({
  code: 'no-assertion',
  title: 'A successful Response carries no assertion',
  severity: 'error',
  area: 'assertion',
  explain:
    'The Response says Success but contains neither a saml:Assertion nor a saml:EncryptedAssertion, so ' +
    'there is nobody to sign in: no NameID, no attributes, no conditions. A real IdP never does this on ' +
    'purpose; it points at a proxy or script that stripped the assertion, a copy that was cut short, or a ' +
    'hand-built message. Capture the Response again straight from the browser (HAR or SAML tracer).',
});

export const noAssertionCheck: ValidateCheck = {
  name: 'assertion',
  rules: [noAssertion],
  reads: 'response',
  run(ctx) {
    const r = ctx.response;
    // A failed status explains the missing assertion already (status-not-success).
    if (statusName(r.status.code) !== 'Success') return [];
    if (r.assertions.length || r.encryptedAssertions.length || ctx.claims) return [];
    return [
      finding(noAssertion, {
        message: 'the Response says Success but contains no Assertion or EncryptedAssertion',
        expected: 'one saml:Assertion (or saml:EncryptedAssertion) inside the Response',
        actual: 'none',
        hint: 'Capture the SAMLResponse again in full from the browser (a HAR of the login); if it is complete, the IdP vendor must be told.',
        location: '/samlp:Response',
      }),
    ];
  },
};
