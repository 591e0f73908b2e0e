import { defineRule } from '../types.js';

export const c14nWithComments = defineRule({
  code: 'c14n-with-comments',
  title: 'The signature uses canonicalisation "with comments"',
  severity: 'warning',
  area: 'signature',
  explain:
    'The signature names the WithComments variant of exclusive canonicalisation. For a same-document ' +
    'reference comments are dropped anyway, so this changes nothing about what is signed, but mainstream ' +
    'IdPs never choose it and some SAML libraries treat comment handling inconsistently (the root of the ' +
    'NameID comment-injection attacks). If an IdP really sends this, its configuration is unusual; check ' +
    'that the message was not produced by a tool instead of the IdP.',
});
