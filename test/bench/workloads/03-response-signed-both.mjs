// Workload 2: Response and assertion both signed (two signatures, the outer one covering the inner).
import { FLOOR_TARGET, responseWorkload } from '../peers/response-workload.mjs';

export const name = 'response and assertion both signed';
export const description =
  'The same Response with both the assertion and the Response signed (two enveloped signatures, the outer digest covering the inner). ' +
  `The floor checks one signature (the least any validator must do). Target: faster than every peer, within ${FLOOR_TARGET}× of the floor.`;

export const run = responseWorkload({ input: 'signed-both', configFile: 'config.json', signed: 'both' });
