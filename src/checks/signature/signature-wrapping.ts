import { defineRule } from '../types.js';

export const signatureWrapping = defineRule({
  code: 'signature-wrapping',
  title: 'The signature does not cover the element it appears to protect (XML signature wrapping)',
  severity: 'error',
  area: 'signature',
  explain:
    'A valid signature only protects the element its Reference points at. Here the structure does not add ' +
    'up: the Reference points somewhere other than the signature\'s own parent, the referenced ID occurs ' +
    'more than once, or the signed element sits in a place where no SAML processor reads it (inside ' +
    'Extensions, Advice or a ds:Object). That is the shape of an XML signature wrapping attack: a genuine ' +
    'signed assertion is kept for the signature check while a forged one is offered to the application. ' +
    'No real IdP produces this. Treat the message as hostile and do not trust any claim in it.',
});
