import { defineRule } from '../types.js';

export const configuredCertificateUnusable = defineRule({
  code: 'configured-certificate-unusable',
  title: 'A configured IdP certificate cannot be read',
  severity: 'error',
  area: 'signature',
  explain:
    'One of the certificates configured as trusted for the IdP is not a readable X.509 certificate (broken ' +
    'PEM, truncated base64, a private key or something else pasted instead), so signatures cannot be ' +
    'verified with it. This is what apps report as "Error when parsing certificate". The SP admin pastes ' +
    'the IdP certificate again, exactly as downloaded (Microsoft Entra: SAML Certificates › Certificate ' +
    '(Base64)), including the BEGIN and END lines; `saml-doctor cert` shows what is wrong with it.',
  mirrors: 'INVALID_IDP_RESPONSE: Error when parsing certificate',
});
