import { defineRule } from '../types.js';

export const unsupportedAlgorithm = defineRule({
  code: 'unsupported-algorithm',
  title: 'The signature uses an algorithm this tool does not verify',
  severity: 'error',
  area: 'signature',
  explain:
    'The signature, digest or canonicalisation algorithm is not one SAML IdPs use in practice (RSA or ECDSA ' +
    'with SHA-1/256/384/512, exclusive canonicalisation). The signature cannot be checked, so nothing it ' +
    'covers can be trusted. Most service providers will reject the response for the same reason. The IdP ' +
    'admin should select RSA-SHA256 with exclusive canonicalisation, the default of every mainstream IdP.',
});
