import { defineRule } from '../types.js';

export const signatureMissing = defineRule({
  code: 'signature-missing',
  title: 'The message carries no XML signature at all',
  severity: 'error',
  area: 'signature',
  explain:
    'Neither the Response nor the Assertion has a ds:Signature. Without a signature anyone can forge a ' +
    'login for any user, so every service provider rejects such a response. Usually the IdP application ' +
    'was set up without signing (some IdPs allow that for testing), or something between the IdP and the ' +
    'app rewrote the message. The IdP admin must enable signing: in Microsoft Entra, Enterprise ' +
    'applications › your app › Single sign-on › SAML Certificates › Signing Option.',
  mirrors: 'INVALID_IDP_RESPONSE',
});
