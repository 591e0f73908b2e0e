import type { Rule } from '../types.js';
import type { CertCheck } from './context.js';
import { keyStrengthCheck } from './key-strength.js';
import * as rules from './rules.js';
import { selfSignatureCheck } from './self-signature.js';
import { signatureAlgorithmCheck } from './signature-algorithm.js';
import { validityCheck } from './validity.js';

export * from './rules.js';
export type { CertCheck, CertCheckContext } from './context.js';

/** Content checks run on every certificate that parses, in report order. */
export const certificateChecks: readonly CertCheck[] = [
  selfSignatureCheck,
  validityCheck,
  keyStrengthCheck,
  signatureAlgorithmCheck,
];

export const certificateRules: readonly Rule[] = Object.values(rules);
export { compareCertificateSides } from './compare.js';
export type { CertSide, SideComparison } from './compare.js';
