import { idpFix, looksLikeObjectId, profileSymptom } from '../../knowledge/index.js';
import { defineRule, finding } from '../types.js';
import { sentGroups } from './groups.js';
import type { ProfileCheck } from './input.js';

export const labelStudioGroupsObjectIds = defineRule({
  code: 'label-studio-groups-object-ids',
  title: 'Label Studio group mappings need group names, but the IdP sends object IDs',
  severity: 'error',
  area: 'profile',
  explain:
    'Label Studio maps groups to roles, workspaces and projects by name. Microsoft Entra sends group object IDs ' +
    '(GUIDs) in the groups claim unless told otherwise, so no mapping matches and users get the wrong role. ' +
    'The IdP admin changes the group claim to carry names: in Entra, Attributes & Claims › the group claim: ' +
    'Groups assigned to the application with Source attribute sAMAccountName or another readable property.',
  mirrors: 'User created with wrong role after SSO login',
});

export const labelStudioGroupIds: ProfileCheck = {
  name: 'label-studio group names, not IDs',
  profile: 'label-studio',
  rules: [labelStudioGroupsObjectIds],
  run(input) {
    const sent = sentGroups(input);
    if (!sent || sent.values.length === 0 || !sent.values.every(looksLikeObjectId)) return [];
    const mapped = input.config.groups ?? [];
    // Someone who deliberately maps object IDs gets what they configured.
    if (mapped.length > 0 && mapped.every(looksLikeObjectId)) return [];
    return [
      finding(labelStudioGroupsObjectIds, {
        message: `all ${sent.values.length} values of ${sent.attribute} are object IDs; Label Studio group mappings match names`,
        expected: mapped.length > 0 ? mapped : 'group names, e.g. LS-Admins',
        actual: sent.values.slice(0, 5),
        hint: idpFix('groups-as-names', input.idp, { spName: input.profile.title }),
        mirrors: profileSymptom(input.profile, labelStudioGroupsObjectIds.code, input.idp?.id),
        location: `Attribute ${sent.attribute}`,
      }),
    ];
  },
};
