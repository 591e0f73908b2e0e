import { defineRule } from '../types.js';

export const assertionEncrypted = defineRule({
  code: 'assertion-encrypted',
  title: 'The assertion is encrypted and no SP private key was given',
  severity: 'warning',
  area: 'assertion',
  explain:
    'The Response carries an EncryptedAssertion: the IdP encrypted the assertion for the service provider ' +
    '(Microsoft Entra: Enterprise applications › your app › Security › Token encryption). Only the SP\'s ' +
    'private key, the one matching the encryption certificate uploaded to the IdP, can open it, so nothing ' +
    'inside (user, audience, times, signature) can be checked. Pass that key with --sp-key to diagnose ' +
    'the contents. If the SP does not expect encrypted assertions, the IdP admin turns token encryption off.',
});
