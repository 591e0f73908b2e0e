import type { Check } from '../types.js';
import { finding } from '../types.js';
import type { ConfigLintContext } from './context.js';
import { configNoTrust } from './rules.js';

/** Something to verify signatures with: at least one certificate entry or fingerprint. */
export const trustPresentCheck: Check<ConfigLintContext> = {
  name: 'trust anchor',
  rules: [configNoTrust],
  run({ certificates, config }) {
    if (certificates.length > 0 || config.idp.fingerprints.length > 0) return [];
    return [
      finding(configNoTrust, {
        message: 'no IdP signing certificate and no fingerprint: no response signature can be verified',
        expected: 'idp.certificates or idp.fingerprints',
        actual: 'neither',
        location: '$.idp',
        hint:
          'Add the IdP signing certificate (Entra: SAML Certificates › Certificate (Base64); Okta: SAML Signing ' +
          'Certificates › Download certificate), or run `saml-doctor config init --from-metadata`.',
      }),
    ];
  },
};
