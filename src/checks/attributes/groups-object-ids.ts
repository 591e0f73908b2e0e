import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { looksLikeObjectId } from '../../knowledge/index.js';
import { findAttributes } from './lookup.js';

export const groupsAreObjectIds = defineRule({
  code: 'groups-are-object-ids',
  title: 'Groups are sent as object IDs (GUIDs), not names',
  severity: 'warning',
  area: 'attributes',
  explain:
    'Microsoft Entra sends group object IDs (GUIDs such as a1b2c3d4-…) in the group claim unless told ' +
    'otherwise. Apps that map groups to roles by name (Label Studio, Elastic Cloud role mappings, most ' +
    'SaaS) then match nothing, and the user gets no role. Either the IdP admin changes the group claim ' +
    'to send names (in Entra: the group claim\'s Source attribute sAMAccountName for synchronised groups, ' +
    'or Cloud-only group display names), or the SP admin maps the object IDs instead of names.',
});

export const groupsObjectIdsCheck: ValidateCheck = {
  name: 'group names',
  rules: [groupsAreObjectIds],
  reads: 'claims',
  run(ctx) {
    const name = ctx.expect.attributes.groups;
    if (!ctx.claims || !name) return [];
    const values = findAttributes(ctx.claims.assertion, name).flatMap((a) => a.values);
    if (!values.length || !values.every(looksLikeObjectId)) return [];
    const wanted = ctx.expect.expectedGroups;
    // Configured groups that are themselves object IDs make GUIDs the right answer.
    if (wanted.length && wanted.every(looksLikeObjectId)) return [];
    // With mapped group names configured, nothing will match: the login loses its roles.
    const needsNames = wanted.length > 0;
    return [
      finding(groupsAreObjectIds, {
        severity: needsNames ? 'error' : 'warning',
        message: `all ${values.length} group value${values.length === 1 ? ' is an object ID' : 's are object IDs'} (GUIDs), but the SP maps groups by name`,
        expected: wanted.length ? wanted : 'group names',
        actual: values.length > 5 ? [...values.slice(0, 5), `… ${values.length - 5} more`] : values,
        hint: ctx.advice.idp('groups-as-names', {}) + '; or SP admin: map the object IDs instead of names',
        location: 'saml:Assertion/saml:AttributeStatement',
        mirrors: ctx.advice.symptom('groups-are-object-ids'),
      }),
    ];
  },
};
