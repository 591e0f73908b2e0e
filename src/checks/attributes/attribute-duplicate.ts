import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';

export const attributeDuplicate = defineRule({
  code: 'attribute-duplicate',
  title: 'The same attribute appears more than once',
  severity: 'warning',
  area: 'attributes',
  explain:
    'An attribute should appear once, with all its values inside it. When two Attribute elements share a ' +
    'Name, SPs disagree about which one counts: some take the first, some the last, some merge them, some ' +
    'reject the assertion. That makes roles and emails depend on the SP\'s library. Usually two claim ' +
    'rules in the IdP produce the same claim name (in Entra, Attributes & Claims shows both); the IdP ' +
    'admin removes one.',
});

export const attributeDuplicateCheck: ValidateCheck = {
  name: 'unique attributes',
  rules: [attributeDuplicate],
  reads: 'claims',
  run(ctx) {
    if (!ctx.claims) return [];
    const seen = new Map<string, number>();
    for (const a of ctx.claims.assertion.attributes) seen.set(a.name, (seen.get(a.name) ?? 0) + 1);
    return [...seen]
      .filter(([, n]) => n > 1)
      .map(([name, n]) =>
        finding(attributeDuplicate, {
          message: `the attribute ${name} appears ${n} times`,
          expected: `one Attribute named ${name} (with several AttributeValue elements if needed)`,
          actual: `${n} Attribute elements named ${name}`,
          hint: `IdP admin, in ${ctx.advice.idpName ?? 'the IdP'}: remove the duplicate claim rule so ${name} is sent once.`,
          location: 'saml:Assertion/saml:AttributeStatement',
        }),
      );
  },
};
