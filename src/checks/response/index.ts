import type { Rule } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { destinationCheck, destinationMismatch } from './destination.js';
import { notAResponse } from './not-a-response.js';
import { responseIdCheck, responseIdMissing } from './response-id.js';
import { responseVersion, responseVersionCheck } from './response-version.js';
import { statusCheck, statusNotSuccess } from './status.js';

export { notAResponseFinding } from './not-a-response.js';
export { statusName } from './status.js';
export { destinationCheck, responseIdCheck, responseVersionCheck, statusCheck };

export const responseChecks: readonly ValidateCheck[] = [responseVersionCheck, responseIdCheck, statusCheck, destinationCheck];

export const responseRules: readonly Rule[] = [notAResponse, responseVersion, responseIdMissing, statusNotSuccess, destinationMismatch];
