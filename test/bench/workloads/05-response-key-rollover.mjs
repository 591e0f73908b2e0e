// Workload 4: certificate rollover, three trusted certificates and the signing one last.
import { FLOOR_TARGET, responseWorkload } from '../peers/response-workload.mjs';

export const name = 'key rollover (three certificates, the right one last)';
export const description =
  'The signed-assertion Response judged against a config that trusts three certificates, in this order: another valid key, the IdP\'s next ' +
  'certificate and its current one, which signed the Response: ' +
  'each extra certificate should cost about one RSA verify. The floor verifies once with the right key. ' +
  `Target: faster than every peer, within ${FLOOR_TARGET}× of the floor.`;

export const run = responseWorkload({
  input: 'signed-assertion',
  configFile: 'config-rollover.json',
  signed: 'assertion',
  certFiles: ['attacker', 'idp-rotated', 'idp'],
});
