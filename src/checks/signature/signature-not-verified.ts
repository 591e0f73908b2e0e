import { defineRule } from '../types.js';

export const signatureNotVerified = defineRule({
  code: 'signature-not-verified',
  title: 'No IdP certificate was given, so the signature could not be verified',
  severity: 'warning',
  area: 'signature',
  explain:
    'The message is signed, but no trusted IdP certificate (or fingerprint) was provided, so the tool can ' +
    'only report which certificate the message claims to be signed with; that claim proves nothing by ' +
    'itself. Give the certificate the service provider is configured with (the idp.certificates entry of ' +
    'the config, or --cert) to get a real verdict. Claims are then shown but not trusted.',
});
