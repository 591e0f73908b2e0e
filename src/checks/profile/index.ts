import type { Finding, Passed, Rule } from '../types.js';
import type { ProfileCheck, ProfileCheckInput } from './input.js';
import { elasticCloudEmail } from './elastic-cloud-email.js';
import { elasticCloudEmailDomain } from './elastic-cloud-email-domain.js';
import { elasticCloudGroups } from './elastic-cloud-groups.js';
import { elasticCloudLoginPrefix } from './elastic-cloud-login-prefix.js';
import { elasticCloudSsoBinding } from './elastic-cloud-sso-binding.js';
import { elevenlabsEntraOidc } from './elevenlabs-entra-oidc.js';
import { elevenlabsRedirectUrl } from './elevenlabs-redirect-url.js';
import { elevenlabsSignInUrl } from './elevenlabs-sign-in-url.js';
import { labelStudioAcsUrl } from './label-studio-acs-url.js';
import { labelStudioGroupCase } from './label-studio-group-case.js';
import { labelStudioGroupIds } from './label-studio-group-ids.js';
import { labelStudioPreset } from './label-studio-preset.js';
import { zendeskFingerprint } from './zendesk-fingerprint.js';
import { zendeskUrls } from './zendesk-urls.js';

export type { ProfileCheck, ProfileCheckInput, SamlAttributeValue } from './input.js';

/** Every profile-specific check; each runs only for its own profile. */
export const profileChecks: readonly ProfileCheck[] = [
  elevenlabsRedirectUrl,
  elevenlabsSignInUrl,
  elevenlabsEntraOidc,
  elasticCloudEmail,
  elasticCloudEmailDomain,
  elasticCloudGroups,
  elasticCloudLoginPrefix,
  elasticCloudSsoBinding,
  labelStudioPreset,
  labelStudioGroupCase,
  labelStudioGroupIds,
  labelStudioAcsUrl,
  zendeskUrls,
  zendeskFingerprint,
];

export const profileRules: readonly Rule[] = profileChecks.flatMap((c) => c.rules);

/**
 * Runs the checks of `input.profile`. Checks that ran and found nothing are appended to `passed`
 * when given, so reporters can show what was checked.
 */
export function runProfileChecks(input: ProfileCheckInput, passed?: Passed[]): Finding[] {
  const findings: Finding[] = [];
  const clean: string[] = [];
  for (const check of profileChecks) {
    if (check.profile !== input.profile.name) continue;
    const found = check.run(input);
    findings.push(...found);
    // Check names start with the profile name; the summary line states it once.
    if (found.length === 0) clean.push(check.name.slice(check.profile.length).trim());
  }
  if (clean.length) passed?.push({ check: `${input.profile.name} profile`, detail: `${input.profile.title}: ${clean.join(' · ')}` });
  return findings;
}
