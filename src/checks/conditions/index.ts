import type { Rule } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { audienceCheck, audienceMismatch, audienceMissing } from './audience.js';
import { clockSkew, clockSkewCheck } from './clock-skew.js';
import { sessionCheck, sessionExpired } from './session.js';
import { assertionExpired, notYetValid, validityWindowCheck } from './validity-window.js';

export { audienceCheck, clockSkewCheck, sessionCheck, validityWindowCheck };

export const conditionsChecks: readonly ValidateCheck[] = [audienceCheck, validityWindowCheck, clockSkewCheck, sessionCheck];

export const conditionsRules: readonly Rule[] = [audienceMismatch, audienceMissing, notYetValid, assertionExpired, clockSkew, sessionExpired];
