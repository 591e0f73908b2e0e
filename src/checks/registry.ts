import type { Rule } from './types.js';
import { nearest } from '../util/nearest.js';
import { inputRules } from './input/index.js';
import { xmlRules } from './xml/index.js';
import { signatureRules } from './signature/index.js';
import { messageRules } from './message/index.js';
import { configRules } from './config/index.js';
import { metadataRules } from './metadata/index.js';
import { profileRules } from './profile/index.js';
import { responseRules } from './response/index.js';
import { assertionRules } from './assertion/index.js';
import { subjectRules } from './subject/index.js';
import { conditionsRules } from './conditions/index.js';
import { attributesRules } from './attributes/index.js';
import { captureRules } from './capture/index.js';
import { flowRules } from './flow/index.js';
import { certificateRules } from './certificate/index.js';

/**
 * Every finding code the tool can emit. Each area exports its rules from its own index;
 * add an area here. The meta-test walks this list: every code documented and triggered by a test.
 */
const ALL: readonly Rule[] = [...inputRules, ...xmlRules, ...messageRules, ...configRules, ...metadataRules, ...profileRules, ...signatureRules, ...responseRules, ...assertionRules, ...subjectRules, ...conditionsRules, ...attributesRules, ...captureRules, ...flowRules, ...certificateRules];

const BY_CODE = new Map<string, Rule>();
for (const rule of ALL) {
  if (BY_CODE.has(rule.code)) throw new Error(`duplicate rule code: ${rule.code}`);
  BY_CODE.set(rule.code, rule);
}

export function allRules(): readonly Rule[] {
  return ALL;
}

export function getRule(code: string): Rule | undefined {
  return BY_CODE.get(code);
}

export function suggestCodes(code: string): string[] {
  return nearest(code, [...BY_CODE.keys()]);
}
