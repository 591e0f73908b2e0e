import type { Check, Finding } from '../types.js';
import { finding } from '../types.js';
import type { MetadataEntityContext } from './context.js';
import { metadataExpired } from './rules.js';
import { formatDuration, formatUtc } from '../../util/time.js';

/** validUntil on the entity or one of its roles. */
export const validUntilCheck: Check<MetadataEntityContext> = {
  name: 'validUntil',
  rules: [metadataExpired],
  run({ entity, now }) {
    const out: Finding[] = [];
    const own = validUntilFinding(entity.validUntil, now, entity.path);
    if (own) out.push(own);
    for (const role of entity.roles) {
      const f = validUntilFinding(role.validUntil, now, `${entity.path}/${role.element}`);
      if (f) out.push(f);
    }
    return out;
  },
};

/** Shared with the aggregate root, whose validUntil covers every entity in it. */
export function validUntilFinding(validUntil: string | undefined, now: Date, location: string): Finding | undefined {
  if (!validUntil) return undefined;
  const t = Date.parse(validUntil);
  if (Number.isNaN(t) || t > now.getTime()) return undefined;
  return finding(metadataExpired, {
    message: `the metadata expired ${formatDuration(now.getTime() - t)} ago (validUntil ${validUntil})`,
    expected: `validUntil after ${formatUtc(now)}`,
    actual: validUntil,
    location,
    hint: 'Download a fresh copy of the metadata; for federation aggregates, refresh them automatically.',
  });
}
