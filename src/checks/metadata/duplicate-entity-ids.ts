import type { Finding } from '../types.js';
import { finding } from '../types.js';
import type { EntityModel } from '../../saml/metadata.js';
import { metadataDuplicateEntityId } from './rules.js';

/** Aggregate-level: each entityID once. One finding per duplicated ID, listing where it occurs. */
export function duplicateEntityIds(entities: readonly EntityModel[]): Finding[] {
  const where = new Map<string, string[]>();
  for (const e of entities) {
    if (!e.entityId) continue;
    const list = where.get(e.entityId);
    if (list) list.push(e.path);
    else where.set(e.entityId, [e.path]);
  }
  const out: Finding[] = [];
  for (const [id, paths] of where) {
    if (paths.length < 2) continue;
    out.push(
      finding(metadataDuplicateEntityId, {
        message: `entityID ${id} occurs ${paths.length} times in the aggregate`,
        expected: 'each entityID once',
        actual: paths,
        location: paths[1],
        hint: 'The federation operator must remove the duplicate entries; until then, which one is used is arbitrary.',
      }),
    );
  }
  return out;
}
