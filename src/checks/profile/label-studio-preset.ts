import type { AttributeNames, AttributePreset } from '../../knowledge/index.js';
import { profileSymptom } from '../../knowledge/index.js';
import { defineRule, finding } from '../types.js';
import { attributeNames } from './helpers.js';
import type { ProfileCheck } from './input.js';

export const labelStudioPresetMismatch = defineRule({
  code: 'label-studio-preset-mismatch',
  title: 'Label Studio reads attribute names the IdP does not send; another preset matches',
  severity: 'error',
  area: 'profile',
  explain:
    'Label Studio Enterprise finds the user by the email attribute, and names, first name and groups by ' +
    'their attribute names, compared exactly (Entra full-URI names are case-sensitive). Its SSO & SAML page ' +
    'offers presets for these names (Default: Email, FirstName, LastName, Groups; Okta; Entra ID short and ' +
    'full URI; Auth0; PingOne). When the names Label Studio is set to read are not the ones in the response, ' +
    'users cannot sign in or arrive without names and groups. The finding names the preset whose names the ' +
    'response does use: the SP admin selects it (or types the names in by hand) in Organization › SSO & SAML.',
  mirrors: 'Attributes not being extracted from SAML assertion',
});

const KEYS = ['email', 'firstName', 'lastName', 'groups'] as const;

function score(names: AttributeNames, present: ReadonlySet<string>): number {
  return KEYS.filter((k) => names[k] !== undefined && present.has(names[k]!)).length;
}

/** Presets that explain the most attribute names in the response, most specific first. */
function bestPresets(presets: readonly AttributePreset[], present: ReadonlySet<string>): AttributePreset[] {
  const best = Math.max(0, ...presets.map((p) => score(p.names, present)));
  return best === 0 ? [] : presets.filter((p) => score(p.names, present) === best);
}

export const labelStudioPreset: ProfileCheck = {
  name: 'label-studio attribute preset',
  profile: 'label-studio',
  rules: [labelStudioPresetMismatch],
  run(input) {
    const presets = input.profile.attributePresets;
    if (!input.response || !presets) return [];
    const present = new Set(attributeNames(input));
    const configured: AttributeNames = { ...input.profile.expects.attributes };
    // Only names the config actually sets override the profile's defaults.
    for (const k of KEYS) if (input.config.attributes?.[k]) configured[k] = input.config.attributes[k];
    const candidates = bestPresets(presets, present);
    if (candidates.length === 0 || score(configured, present) >= score(candidates[0]!.names, present)) return [];
    const [first, ...others] = candidates;
    const preset = first!;
    const missing = KEYS.filter((k) => configured[k] !== undefined && !present.has(configured[k]!)).map((k) => configured[k]!);
    const api = preset.apiValue ? ` (API: "idp_provider": "${preset.apiValue}")` : '';
    return [
      finding(labelStudioPresetMismatch, {
        message:
          `the response uses the attribute names of the '${preset.label}' preset` +
          (others.length ? ` (or ${others.map((o) => `'${o.label}'`).join(', ')})` : '') +
          `, but Label Studio is set to read ${missing.join(', ')}`,
        expected: KEYS.map((k) => configured[k]).filter((x) => x !== undefined),
        actual: [...present],
        hint:
          `SP admin, in Label Studio: ${input.profile.settingsPage} › attribute mapping: select the '${preset.label}' preset${api}, ` +
          `or enter the names by hand: email ${preset.names.email}, first name ${preset.names.firstName}, ` +
          `last name ${preset.names.lastName}, groups ${preset.names.groups}`,
        mirrors: profileSymptom(input.profile, labelStudioPresetMismatch.code, input.idp?.id),
        location: 'Assertion/AttributeStatement',
      }),
    ];
  },
};
