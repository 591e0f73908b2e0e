import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';

export const groupsOverage = defineRule({
  code: 'groups-overage',
  title: 'Groups were replaced by an overage link (too many groups)',
  severity: 'error',
  area: 'attributes',
  explain:
    'Microsoft Entra puts at most 150 groups into a SAML token. For a user in more groups it drops the ' +
    'group claim entirely and sends a groups.link claim (in OIDC tokens: _claim_names / _claim_sources) ' +
    'pointing at the Graph API instead. Almost no SaaS app follows that link, so the user arrives with no ' +
    'groups and no roles. The IdP admin limits the group claim to "Groups assigned to the application" ' +
    '(and assigns only the groups that matter), or emits an application-specific filtered group claim.',
});

export function isOverageClaim(name: string): boolean {
  return /groups\.link$/i.test(name) || /(^|[/#])_claim_(sources|names)$/.test(name);
}

export const groupsOverageCheck: ValidateCheck = {
  name: 'groups',
  rules: [groupsOverage],
  reads: 'claims',
  run(ctx) {
    const assertion = ctx.claims?.assertion;
    const groupsName = ctx.expect.attributes.groups;
    if (!assertion || !groupsName) return [];
    const overage = assertion.attributes.find((a) => isOverageClaim(a.name));
    if (!overage || assertion.attributes.some((a) => a.name === groupsName)) return [];
    const limit = ctx.advice.idpFacts.groupClaimLimit;
    return [
      finding(groupsOverage, {
        message:
          `the groups attribute was replaced by the overage claim ${overage.name}: the user is in too many groups` +
          (limit ? ` (more than ${limit})` : ''),
        expected: `${groupsName} with the user's groups`,
        actual: `${overage.name} = ${overage.values[0] ?? '(empty)'}`,
        hint: ctx.advice.idp('groups-overage', {}),
        location: 'saml:Assertion/saml:AttributeStatement',
        mirrors: ctx.advice.symptom('groups-overage'),
      }),
    ];
  },
};
