import type { ProfileCheckInput } from './input.js';
import { findAttribute } from './helpers.js';

/**
 * The group values sent, read from the attribute the SP is set to use, else from any attribute
 * named like a group attribute of one of the SP's presets.
 */
export function sentGroups(input: ProfileCheckInput): { attribute: string; values: readonly string[] } | undefined {
  const names = [
    input.config.attributes?.groups,
    input.profile.expects.attributes.groups,
    ...(input.profile.attributePresets ?? []).map((p) => p.names.groups),
  ].filter((n): n is string => !!n);
  for (const name of names) {
    const attr = findAttribute(input, name);
    if (attr) return { attribute: attr.name, values: attr.values };
  }
  return undefined;
}
