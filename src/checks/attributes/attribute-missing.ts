import { defineRule, finding } from '../types.js';
import type { Finding } from '../types.js';
import type { Expectations, ValidateCheck } from '../../validate/context.js';
import type { AttributeModel } from '../../saml/types.js';
import { findAttributes } from './lookup.js';
import { isOverageClaim } from './groups-overage.js';

export const attributeMissing = defineRule({
  code: 'attribute-missing',
  title: 'An attribute the SP reads is not in the assertion',
  severity: 'error',
  area: 'attributes',
  explain:
    'The SP reads the user\'s email, names or groups from attributes (claims) with particular names, and ' +
    'the assertion has no attribute with that exact Name. The finding lists the names that are present: ' +
    'most often the value is there under another name — a full URI such as ' +
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress where the SP expects "email", ' +
    'or the other way round. Either the IdP admin renames the claim (in Entra, Attributes & Claims; clear ' +
    'the Namespace for a short name), or the SP admin changes the attribute name it reads. A missing email ' +
    'or groups attribute usually stops the login; a missing first or last name only leaves the profile empty.',
});

type Key = keyof Expectations['attributes'];
const LABEL: Record<Key, string> = { email: 'email', firstName: 'first name', lastName: 'last name', groups: 'groups' };

/** "emailaddress" of ".../claims/emailaddress": what people recognise a claim by. */
function shortName(name: string): string {
  return (name.split(/[/#:]/).pop() ?? name).toLowerCase();
}

function lookalike(expected: string, present: readonly AttributeModel[]): AttributeModel | undefined {
  const e = shortName(expected);
  return present.find((a) => {
    const s = shortName(a.name);
    return s === e || a.friendlyName?.toLowerCase() === e || (e.length >= 4 && (s.startsWith(e) || e.startsWith(s)));
  });
}

export const attributeMissingCheck: ValidateCheck = {
  name: 'attributes',
  rules: [attributeMissing],
  reads: 'claims',
  run(ctx) {
    const assertion = ctx.claims?.assertion;
    if (!assertion) return [];
    const present = assertion.attributes;
    const out: Finding[] = [];
    for (const key of Object.keys(LABEL) as Key[]) {
      const name = ctx.expect.attributes[key];
      if (!name || findAttributes(assertion, name).length) continue;
      // An overage claim in place of the groups is its own, more precise finding.
      if (key === 'groups' && present.some((a) => isOverageClaim(a.name))) continue;
      const like = lookalike(name, present);
      const required = ctx.expect.requiredAttributes.includes(key) || (key === 'groups' && ctx.expect.expectedGroups.length > 0);
      out.push(
        finding(attributeMissing, {
          severity: required ? 'error' : 'warning',
          message:
            `the ${LABEL[key]} attribute ${name} is not in the assertion` +
            (like ? `; ${like.name} looks like it under another name` : ''),
          expected: name,
          actual: present.length ? present.map((a) => a.name) : '(no attributes at all)',
          hint: like
            ? ctx.advice.idp('attribute-name', { attribute: name, actualAttribute: like.name }) +
              `; or SP admin: read the ${LABEL[key]} from ${like.name}`
            : ctx.advice.idp(key === 'groups' ? 'groups-missing' : 'attribute-missing', {
                attribute: name,
                attributeValue: key === 'email' ? "the user's email address" : undefined,
              }),
          location: 'saml:Assertion/saml:AttributeStatement',
          mirrors: ctx.advice.symptom('attribute-missing'),
        }),
      );
    }
    return out;
  },
  passed(ctx) {
    const names = (Object.keys(LABEL) as Key[]).filter((k) => ctx.expect.attributes[k]).map((k) => LABEL[k]);
    return names.length && ctx.claims ? `present: ${names.join(', ')}` : undefined;
  },
};
