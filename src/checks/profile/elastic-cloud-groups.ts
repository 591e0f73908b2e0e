import { idpFix } from '../../knowledge/index.js';
import { defineRule, finding } from '../types.js';
import { attributeNames, findAttribute } from './helpers.js';
import type { ProfileCheck } from './input.js';

export const elasticCloudGroupsMissing = defineRule({
  code: 'elastic-cloud-groups-missing',
  title: 'Elastic Cloud role mappings are configured, but the response has no groups attribute',
  severity: 'warning',
  area: 'profile',
  explain:
    'Elastic Cloud role mappings match the values of an attribute named groups (rules may use * wildcards). ' +
    'When the attribute is missing the login still succeeds, but the user silently keeps the roles from the ' +
    'last login that carried groups, so new or removed memberships have no effect. The IdP admin adds a ' +
    'groups attribute statement with the groups the mappings use.',
});

export const elasticCloudGroups: ProfileCheck = {
  name: 'elastic-cloud groups attribute',
  profile: 'elastic-cloud',
  rules: [elasticCloudGroupsMissing],
  run(input) {
    const wanted = input.profile.expects.attributes.groups!;
    const mapped = input.config.groups ?? [];
    if (!input.response || mapped.length === 0 || findAttribute(input, wanted)) return [];
    return [
      finding(elasticCloudGroupsMissing, {
        message: `role mappings use ${mapped.length} group(s) but the response has no ${wanted} attribute: the user keeps the roles of an earlier login`,
        expected: wanted,
        actual: attributeNames(input),
        hint: idpFix('groups-missing', input.idp, { attribute: wanted, spName: input.profile.title }),
        location: 'Assertion/AttributeStatement',
      }),
    ];
  },
};
