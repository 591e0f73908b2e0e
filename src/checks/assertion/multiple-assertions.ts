import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';

export const multipleAssertions = defineRule({
  code: 'multiple-assertions',
  title: 'The document holds more than one assertion',
  severity: 'error',
  area: 'assertion',
  explain:
    'The Web SSO profile lets an IdP send several assertions, but no mainstream IdP does, and a second ' +
    'assertion is the classic shape of a signature-wrapping attack: a forged assertion placed next to ' +
    '(or inside, or around) the genuinely signed one, hoping the SP reads the claims from the wrong one. ' +
    'All saml:Assertion and saml:EncryptedAssertion elements are counted, wherever they are nested ' +
    '(Extensions, Advice, ds:Object, ...). Treat such a Response as hostile unless the IdP is known to ' +
    'send several; the SP must accept exactly one.',
});

export const multipleAssertionsCheck: ValidateCheck = {
  name: 'single assertion',
  rules: [multipleAssertions],
  reads: 'response',
  run(ctx) {
    if (ctx.assertionCount <= 1) return [];
    return [
      finding(multipleAssertions, {
        message: `the document contains ${ctx.assertionCount} assertions (counted anywhere, including nested ones)`,
        expected: 1,
        actual: ctx.assertionCount,
        hint:
          'Treat this Response as forged (signature wrapping) unless the IdP vendor confirms it sends several assertions; ' +
          'the SP must accept only the one assertion its verified signature covers.',
        location: '/samlp:Response',
      }),
    ];
  },
};
