import { assertionChecks } from '../checks/assertion/index.js';
import { attributesChecks } from '../checks/attributes/index.js';
import { conditionsChecks } from '../checks/conditions/index.js';
import { responseChecks } from '../checks/response/index.js';
import { subjectChecks } from '../checks/subject/index.js';
import type { ValidateCheck } from './context.js';

/** Every check validate runs on a Response, in report order. */
export const VALIDATE_CHECKS: readonly ValidateCheck[] = [
  ...responseChecks,
  ...assertionChecks,
  ...subjectChecks,
  ...conditionsChecks,
  ...attributesChecks,
];
