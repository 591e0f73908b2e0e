import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';

export const nameIdMissing = defineRule({
  code: 'nameid-missing',
  title: 'The assertion has no NameID (or an empty one)',
  severity: 'error',
  area: 'subject',
  explain:
    'The NameID inside the Subject is the user\'s identifier that most service providers key their ' +
    'accounts on. It is absent, empty, or encrypted (EncryptedID) where the SP cannot read it. The IdP ' +
    'admin must choose which user property becomes the NameID (in Entra: Attributes & Claims › Unique ' +
    'User Identifier (Name ID); in Okta: Application username), and make sure that property is filled ' +
    'for every user — an empty mail field in the directory is the usual cause.',
});

export const nameIdMissingCheck: ValidateCheck = {
  name: 'nameid',
  rules: [nameIdMissing],
  reads: 'claims',
  run(ctx) {
    if (!ctx.claims) return [];
    const { nameId, encryptedNameId } = ctx.claims.assertion;
    if (nameId?.value) return [];
    return [
      finding(nameIdMissing, {
        message: encryptedNameId
          ? 'the NameID is encrypted (EncryptedID) and could not be read'
          : nameId
            ? 'the NameID is empty'
            : 'the Subject has no NameID',
        expected: ctx.expect.nameIdMustBeEmail ? "the user's email address" : 'a non-empty NameID',
        actual: encryptedNameId ? '(EncryptedID)' : nameId ? '' : undefined,
        hint: ctx.advice.idp('nameid-email', { nameIdFormat: ctx.expect.nameIdFormat }),
        location: 'saml:Assertion/saml:Subject/saml:NameID',
        mirrors: ctx.advice.symptom('nameid-missing'),
      }),
    ];
  },
  // When the SP needs an email, nameid-not-email reports the value; one line is enough.
  passed: (ctx) => (ctx.expect.nameIdMustBeEmail ? undefined : ctx.claims?.assertion.nameId?.value),
};
