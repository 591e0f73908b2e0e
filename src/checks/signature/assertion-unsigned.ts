import { defineRule } from '../types.js';

export const assertionUnsigned = defineRule({
  code: 'assertion-unsigned',
  title: 'The Assertion is not signed, but the service provider requires it',
  severity: 'error',
  area: 'signature',
  explain:
    'The service provider is configured to accept only assertions that carry their own signature, and this ' +
    'Assertion has none (at most the surrounding Response is signed). Most SAML libraries default to ' +
    'requiring a signed assertion. Either the IdP admin signs the assertion (Microsoft Entra: SAML ' +
    'Certificates › Signing Option › "Sign SAML assertion" or "Sign SAML response and assertion"; Okta: ' +
    'Assertion Signature: Signed), or the SP admin accepts a signed response instead.',
});
