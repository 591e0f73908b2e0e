import type { IdpId, ProfileName, SpProfile } from '../types.js';
import { elasticCloud } from './elastic-cloud.js';
import { elevenlabs } from './elevenlabs.js';
import { genericProfile } from './generic.js';
import { labelStudio } from './label-studio.js';
import { zendesk } from './zendesk.js';

const PROFILES: readonly SpProfile[] = [elevenlabs, elasticCloud, labelStudio, zendesk, genericProfile];

export function listProfiles(): readonly SpProfile[] {
  return PROFILES;
}

/** The profile of that name (case-insensitive); undefined for an unknown name. */
export function getProfile(name: string): SpProfile | undefined {
  const n = name.trim().toLowerCase();
  return PROFILES.find((p) => p.name === n);
}

export function profileNames(): ProfileName[] {
  return PROFILES.map((p) => p.name);
}

/**
 * What the app shows the user for a problem, for a finding's `mirrors`: the text documented for
 * that code, else the app's general "sign-in failed" wording (for that IdP when known).
 */
export function profileSymptom(profile: SpProfile, code: string, idp?: IdpId): string | undefined {
  const s = profile.symptoms;
  return s.byCode?.[code] ?? (idp ? s.byIdp?.[idp] : undefined) ?? s.default;
}

export { elasticCloud, elevenlabs, genericProfile, labelStudio, zendesk };
