import { getProfile } from '../../../src/knowledge/index.js';
import type { IdpKnowledge, ProfileName } from '../../../src/knowledge/index.js';
import type { ProfileCheckInput, SamlAttributeValue } from '../../../src/checks/profile/index.js';
import { SP } from '../../support/constants.js';

/** A profile-check input with a plausible response; tests override what they exercise. */
export function input(
  profile: ProfileName,
  parts: {
    idp?: IdpKnowledge;
    attributes?: SamlAttributeValue[];
    response?: Partial<NonNullable<ProfileCheckInput['response']>>;
    config?: ProfileCheckInput['config'];
    noResponse?: boolean;
  } = {},
): ProfileCheckInput {
  const p = getProfile(profile)!;
  const out: ProfileCheckInput = { profile: p, config: parts.config ?? {} };
  if (parts.idp) out.idp = parts.idp;
  if (!parts.noResponse) {
    out.response = {
      attributes: parts.attributes ?? [],
      audiences: [SP.entityId],
      ...parts.response,
    };
  }
  return out;
}

export const attr = (name: string, ...values: string[]): SamlAttributeValue => ({ name, values });
