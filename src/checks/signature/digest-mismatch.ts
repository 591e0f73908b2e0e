import { defineRule } from '../types.js';

export const digestMismatch = defineRule({
  code: 'digest-mismatch',
  title: 'The signed content was changed after it was signed',
  severity: 'error',
  area: 'signature',
  explain:
    'The digest (hash) recorded in the signature does not match the element as received. Something altered ' +
    'the signed element after the IdP signed it: a proxy or browser extension that rewrites XML, a copy and ' +
    'paste that changed whitespace or line endings inside the assertion, manual editing, or an attack. The ' +
    'signature value itself is not even checked at this point. Capture the SAMLResponse again straight from ' +
    'the browser (HAR or SAML-tracer) without editing it; if it still fails, look for software between the ' +
    'IdP and the app that modifies the POST.',
  mirrors: 'Invalid digest',
});
