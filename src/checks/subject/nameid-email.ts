import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { isEmail } from './confirmations.js';

export const nameIdNotEmail = defineRule({
  code: 'nameid-not-email',
  title: 'NameID is not an email address',
  severity: 'error',
  area: 'subject',
  explain:
    'The service provider identifies users by email and reads it from the NameID, but the NameID holds ' +
    'something else: an opaque persistent ID, a user principal name that is not a mailbox, an employee ' +
    'number, a transient value. The user then gets "user mismatch" or a second, empty account. The IdP ' +
    'admin changes the NameID: format Email address, source the user\'s mail attribute (in Entra: ' +
    'Attributes & Claims › Unique User Identifier (Name ID), Name identifier format Email address, ' +
    'Source attribute user.mail; in Okta: Name ID format EmailAddress, Application username Email).',
});

const FORMAT_PREFIX = /^urn:oasis:names:tc:SAML:\d\.\d:nameid-format:/;

/** The SP needs an email in NameID and this one holds something else. */
export function nameIdNotEmailApplies(ctx: Parameters<ValidateCheck['run']>[0]): boolean {
  const value = ctx.claims?.assertion.nameId?.value;
  return Boolean(ctx.expect.nameIdMustBeEmail && value && !isEmail(value));
}

export const nameIdEmailCheck: ValidateCheck = {
  name: 'nameid email',
  rules: [nameIdNotEmail],
  reads: 'claims',
  run(ctx) {
    const nameId = ctx.claims?.assertion.nameId;
    if (!nameId?.value || !nameIdNotEmailApplies(ctx)) return [];
    const format = nameId.format?.replace(FORMAT_PREFIX, '');
    return [
      finding(nameIdNotEmail, {
        message: 'NameID is not an email address',
        expected: `an email address (profile: ${ctx.expect.profile})`,
        actual: format ? `${nameId.value}   (format: ${format})` : nameId.value,
        hint: ctx.advice.idp('nameid-email', {}),
        location: 'saml:Assertion/saml:Subject/saml:NameID',
        mirrors: ctx.advice.symptom('nameid-not-email'),
      }),
    ];
  },
  passed: (ctx) => (ctx.expect.nameIdMustBeEmail ? ctx.claims?.assertion.nameId?.value : undefined),
};
