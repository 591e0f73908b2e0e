// Workload 3: a large assertion, where canonicalisation and hashing dominate.
import { FLOOR_TARGET, responseWorkload } from '../peers/response-workload.mjs';

export const name = 'response with 500 groups (90 KB)';
export const description =
  'A 90 KB signed assertion carrying 500 group values (on-premises group distinguished names synced to Entra), with the groups claim configured. ' +
  `Target: faster than every peer, within ${FLOOR_TARGET}× of the floor.`;

export const run = responseWorkload({ input: 'groups-500', configFile: 'config-groups.json', signed: 'assertion' });
