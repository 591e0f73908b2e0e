import type { Finding, Passed, Rule } from '../types.js';
import type { ProfileCheck, ProfileCheckInput } from './input.js';

export type { ProfileCheck, ProfileCheckInput, SamlAttributeValue } from './input.js';

/** Every profile-specific check; each runs only for its own profile. */
export const profileChecks: readonly ProfileCheck[] = [];

export const profileRules: readonly Rule[] = profileChecks.flatMap((c) => c.rules);

/**
 * Runs the checks of `input.profile`. Checks that ran and found nothing are appended to `passed`
 * when given, so reporters can show what was checked.
 */
export function runProfileChecks(input: ProfileCheckInput, passed?: Passed[]): Finding[] {
  const findings: Finding[] = [];
  for (const check of profileChecks) {
    if (check.profile !== input.profile.name) continue;
    const found = check.run(input);
    findings.push(...found);
    if (found.length === 0) passed?.push({ check: check.name, detail: `${input.profile.title}: ${check.name}` });
  }
  return findings;
}
