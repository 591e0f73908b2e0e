import { defineRule } from '../types.js';

export const decryptFailed = defineRule({
  code: 'decrypt-failed',
  title: 'The encrypted assertion could not be decrypted',
  severity: 'error',
  area: 'assertion',
  explain:
    'Decrypting the EncryptedAssertion failed. Most often the IdP encrypted it for another certificate than ' +
    'the one matching the SP private key (an old or different SP encryption certificate was uploaded to the ' +
    'IdP), or the structure or algorithm is unusual. The service provider fails the same way. The IdP admin ' +
    'uploads the SP\'s current encryption certificate (Microsoft Entra: Enterprise applications › your app › ' +
    'Security › Token encryption) or the SP admin supplies the matching key.',
});
