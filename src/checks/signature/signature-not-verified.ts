import { defineRule } from '../types.js';

export const signatureNotVerified = defineRule({
  code: 'signature-not-verified',
  title: 'No IdP certificate was given, so the signature could not be verified',
  severity: 'error',
  area: 'signature',
  explain:
    'The message is signed, but no trusted IdP certificate (or fingerprint) was provided, so the tool can ' +
    'only report which certificate the message claims to be signed with; that claim proves nothing by ' +
    'itself. Give the certificate the service provider is configured with (the idp.certificates entry of ' +
    'the config) to get a real verdict. Until then the response cannot pass: its claims are shown but not trusted.',
});
