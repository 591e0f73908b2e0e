import { defineRule } from '../types.js';

export const weakAlgorithm = defineRule({
  code: 'weak-algorithm',
  title: 'The signature uses SHA-1',
  severity: 'error',
  area: 'signature',
  explain:
    'The signature or its digest uses SHA-1, which is no longer collision resistant. Many service providers ' +
    'reject SHA-1 signatures outright, which shows up as an unexplained "invalid signature". The IdP admin ' +
    'switches to SHA-256 (Microsoft Entra: Enterprise applications › your app › Single sign-on › SAML ' +
    'Certificates › Signing Algorithm: SHA-256). If the SP deliberately allows SHA-1 (allowSha1 in the ' +
    'config), this is reported as a warning.',
});
