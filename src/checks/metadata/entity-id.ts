import type { Check } from '../types.js';
import { finding } from '../types.js';
import type { MetadataEntityContext } from './context.js';
import { metadataNoEntityId } from './rules.js';

export const entityIdCheck: Check<MetadataEntityContext> = {
  name: 'entityID',
  rules: [metadataNoEntityId],
  run({ entity }) {
    if (entity.entityId) return [];
    return [
      finding(metadataNoEntityId, {
        message: 'the EntityDescriptor has no entityID attribute',
        expected: 'entityID="<the IdP or SP identifier>"',
        actual: '(none)',
        location: entity.path,
        hint: 'The publisher of the metadata must add the entityID; download the metadata again.',
      }),
    ];
  },
};
