import { defineRule } from '../types.js';

export const responseUnsigned = defineRule({
  code: 'response-unsigned',
  title: 'The Response is not signed, but the service provider requires it',
  severity: 'error',
  area: 'signature',
  explain:
    'The service provider is configured to require a signature on the whole samlp:Response, and the ' +
    'Response element carries none (the assertion inside may be signed). Either the IdP admin signs the ' +
    'response too (Microsoft Entra: SAML Certificates › Signing Option › "Sign SAML response and ' +
    'assertion"; Okta: Response: Signed), or the SP admin relaxes the requirement to a signed assertion.',
});
