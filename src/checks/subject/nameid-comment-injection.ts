import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';

export const nameIdCommentInjection = defineRule({
  code: 'nameid-comment-injection',
  title: 'NameID contains a comment or is split into several text nodes',
  severity: 'error',
  area: 'subject',
  explain:
    'Canonical XML drops comments before the digest is computed, so a signed NameID of ' +
    '"admin@evil.com.<!---->attacker.net" still verifies, while SAML libraries that read only the first ' +
    'text node see "admin@evil.com" (CVE-2017-11427 and related). No IdP sends comments or split text ' +
    'inside NameID: treat this Response as an attack, whoever sent it. The SP software must read the full ' +
    'text content; the value shown here is everything inside NameID, joined.',
});

export const nameIdCommentInjectionCheck: ValidateCheck = {
  name: 'nameid integrity',
  rules: [nameIdCommentInjection],
  reads: 'claims',
  run(ctx) {
    const nameId = ctx.claims?.assertion.nameId;
    if (!nameId || (!nameId.hasComment && nameId.textNodeCount <= 1)) return [];
    return [
      finding(nameIdCommentInjection, {
        message: nameId.hasComment
          ? 'the NameID contains an XML comment: a known way to make SAML libraries read a different user'
          : `the NameID text is split into ${nameId.textNodeCount} pieces: a known way to make SAML libraries read a different user`,
        expected: 'a single text value without comments',
        actual: nameId.value,
        hint: 'Treat this Response as forged and do not sign anyone in with it; SP admin: make sure the SAML library reads the whole NameID text (patched versions do).',
        location: 'saml:Assertion/saml:Subject/saml:NameID',
      }),
    ];
  },
};
