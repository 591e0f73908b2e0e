import type { Rule } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { attributeDuplicate, attributeDuplicateCheck } from './attribute-duplicate.js';
import { attributeMissing, attributeMissingCheck } from './attribute-missing.js';
import { groupsAreObjectIds, groupsObjectIdsCheck } from './groups-object-ids.js';
import { groupsOverage, groupsOverageCheck } from './groups-overage.js';

export { attributeDuplicateCheck, attributeMissingCheck, groupsObjectIdsCheck, groupsOverageCheck };

export const attributesChecks: readonly ValidateCheck[] = [
  attributeMissingCheck,
  groupsOverageCheck,
  groupsObjectIdsCheck,
  attributeDuplicateCheck,
];

export const attributesRules: readonly Rule[] = [attributeMissing, groupsOverage, groupsAreObjectIds, attributeDuplicate];
