import type { Rule } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { claimsUnverified } from './claims-unverified.js';
import { assertionIssuerCheck, issuerMismatch, issuerMissing, responseIssuerCheck } from './issuer.js';
import { multipleAssertions, multipleAssertionsCheck } from './multiple-assertions.js';
import { noAssertion, noAssertionCheck } from './no-assertion.js';

export { claimsUnverifiedFinding } from './claims-unverified.js';
export { assertionIssuerCheck, multipleAssertionsCheck, noAssertionCheck, responseIssuerCheck };

export const assertionChecks: readonly ValidateCheck[] = [
  noAssertionCheck,
  multipleAssertionsCheck,
  responseIssuerCheck,
  assertionIssuerCheck,
];

export const assertionRules: readonly Rule[] = [noAssertion, multipleAssertions, issuerMismatch, issuerMissing, claimsUnverified];
