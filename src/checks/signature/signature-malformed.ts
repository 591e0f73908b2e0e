import { defineRule } from '../types.js';

export const signatureMalformed = defineRule({
  code: 'signature-malformed',
  title: 'The ds:Signature element is not shaped as a SAML signature must be',
  severity: 'error',
  area: 'signature',
  explain:
    'A SAML signature has one SignedInfo with a CanonicalizationMethod, a SignatureMethod and exactly one ' +
    'Reference to its parent element, the enveloped-signature and exclusive canonicalisation transforms, a ' +
    'DigestValue and a SignatureValue. This one deviates (missing parts, several References, extra or ' +
    'unknown transforms, an oversized structure), so it is refused before any cryptography runs. Extra ' +
    'references and transforms are used to make verifiers slow or to confuse them about what was signed. ' +
    'If a real IdP produced it, its SAML implementation is broken and the IdP vendor must fix it.',
});
