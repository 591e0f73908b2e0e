import { defineRule } from '../types.js';

export const signatureInvalid = defineRule({
  code: 'signature-invalid',
  title: 'The signature value does not verify with the configured certificate',
  severity: 'error',
  area: 'signature',
  explain:
    'The signed content is intact (its digest matches) and the certificate in the message is the configured ' +
    'one, yet the SignatureValue does not verify with its key. The SignedInfo block was altered after ' +
    'signing, or the signature was made with a different key that claims the configured certificate. No ' +
    'configuration change fixes this: capture the response again unmodified; if it persists, the IdP is ' +
    'misbehaving or the message was tampered with.',
  mirrors: 'Invalid signature',
});
