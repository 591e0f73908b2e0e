import { profileSymptom } from '../../knowledge/index.js';
import { defineRule, finding } from '../types.js';
import type { ProfileCheck } from './input.js';
import { sentGroups } from './groups.js';

export const labelStudioGroupCaseMismatch = defineRule({
  code: 'label-studio-group-case-mismatch',
  title: 'A Label Studio group mapping differs from a sent group only by letter case',
  severity: 'warning',
  area: 'profile',
  explain:
    'Label Studio compares group names case-sensitively in every mapping (organization roles, workspaces, ' +
    'projects): LS-Admins and ls-admins are different groups. When a mapped group and a group the IdP sends ' +
    'differ only by case, the mapping never applies and the user gets the default role or no workspace. ' +
    'The SP admin changes the mapping in Organization › SSO & SAML to the exact spelling the IdP sends, or ' +
    'the IdP admin renames the group.',
  mirrors: 'User created with wrong role after SSO login',
});

export const labelStudioGroupCase: ProfileCheck = {
  name: 'label-studio group names',
  profile: 'label-studio',
  rules: [labelStudioGroupCaseMismatch],
  run(input) {
    const sent = sentGroups(input);
    const mapped = input.config.groups ?? [];
    if (!sent || mapped.length === 0) return [];
    const exact = new Set(sent.values);
    return mapped.flatMap((group) => {
      if (exact.has(group)) return [];
      const twin = sent.values.find((v) => v.toLowerCase() === group.toLowerCase());
      if (twin === undefined) return [];
      return [
        finding(labelStudioGroupCaseMismatch, {
          message: `the mapping uses group '${group}' but the IdP sends '${twin}': Label Studio treats them as different groups`,
          expected: group,
          actual: twin,
          hint:
            `SP admin, in Label Studio: ${input.profile.settingsPage} › group mappings: write '${twin}' exactly, ` +
            `or IdP admin renames the group to '${group}'`,
          mirrors: profileSymptom(input.profile, labelStudioGroupCaseMismatch.code, input.idp?.id),
          location: `Attribute ${sent.attribute}`,
        }),
      ];
    });
  },
};
