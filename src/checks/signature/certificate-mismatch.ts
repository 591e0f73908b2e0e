import { defineRule } from '../types.js';

export const certificateMismatch = defineRule({
  code: 'certificate-mismatch',
  title: 'The IdP signed with a certificate the service provider does not have',
  severity: 'error',
  area: 'signature',
  explain:
    'The signature does not verify with any configured IdP certificate, and the certificate the message ' +
    'carries in its KeyInfo is a different one. This is the most common signature failure: the IdP rotated ' +
    'its signing certificate (or the app was set up with the certificate of another IdP application or ' +
    'tenant) and the service provider still holds the old one. Compare the fingerprints shown. If the ' +
    'certificate in the message is genuinely your IdP\'s, the SP admin replaces the configured certificate ' +
    'with the one from the IdP (Microsoft Entra: Enterprise applications › your app › Single sign-on › SAML ' +
    'Certificates › Certificate (Base64)). Never copy the certificate out of the message itself: anyone can ' +
    'put any certificate there.',
  mirrors: 'Invalid signature',
});
