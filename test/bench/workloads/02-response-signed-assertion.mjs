// Workload 1: the everyday case, an Entra Response whose assertion is signed.
import { FLOOR_TARGET, responseWorkload } from '../peers/response-workload.mjs';

export const name = 'response, signed assertion';
export const description =
  'A 3 KB Entra-shaped Response (5 KB with the signature and its KeyInfo certificate), assertion signed with RSA-SHA256: ' +
  'validations per second in one process, saml-doctor (decode, parse, every signature and claim check) against the floor and the peer libraries, ' +
  `then whole-process against xmlsec1. Target: faster than every peer, within ${FLOOR_TARGET}× of the floor.`;

export const run = responseWorkload({ input: 'signed-assertion', configFile: 'config.json', signed: 'assertion' });
