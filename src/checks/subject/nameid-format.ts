import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { nameIdNotEmailApplies } from './nameid-email.js';

const EMAIL_FORMAT = /:nameid-format:emailAddress$/;

/**
 * An email format expected and a NameID that is not an email: nameid-not-email says so, shows the
 * format, and its fix sets the format too; a second finding for the same setting is noise.
 */
function coveredByNotEmail(ctx: Parameters<ValidateCheck['run']>[0], expected: string): boolean {
  return EMAIL_FORMAT.test(expected) && nameIdNotEmailApplies(ctx);
}

export const nameIdFormatMismatch = defineRule({
  code: 'nameid-format-mismatch',
  title: 'NameID format differs from the expected one',
  severity: 'warning',
  area: 'subject',
  explain:
    'The Format attribute of the NameID says what kind of identifier it is (emailAddress, persistent, ' +
    'transient, unspecified). The SP was configured to expect a particular format, and some SPs refuse ' +
    'any other, or create a different account for each format. Even when the value happens to look ' +
    'right, a different format usually means the IdP application is set up differently than the SP ' +
    'assumes. The IdP admin sets the NameID format in the application\'s NameID settings; if the SP is ' +
    'the one that is wrong, the SP admin changes the expected format.',
});

export const nameIdFormatCheck: ValidateCheck = {
  name: 'nameid format',
  rules: [nameIdFormatMismatch],
  reads: 'claims',
  run(ctx) {
    const expected = ctx.expect.nameIdFormat;
    const nameId = ctx.claims?.assertion.nameId;
    if (!expected || !nameId || nameId.format === expected || coveredByNotEmail(ctx, expected)) return [];
    return [
      finding(nameIdFormatMismatch, {
        message: nameId.format ? 'the NameID format is not the expected one' : 'the NameID has no Format attribute',
        expected,
        actual: nameId.format,
        hint: ctx.advice.idp('nameid-format', { nameIdFormat: expected }),
        location: 'saml:Assertion/saml:Subject/saml:NameID/@Format',
      }),
    ];
  },
  passed: (ctx) =>
    ctx.expect.nameIdFormat && !coveredByNotEmail(ctx, ctx.expect.nameIdFormat) ? ctx.claims?.assertion.nameId?.format : undefined,
};
