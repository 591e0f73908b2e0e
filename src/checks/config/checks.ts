import type { Check } from '../types.js';
import type { ConfigLintContext } from './context.js';
import { certificateParseCheck } from './certificate-parse.js';
import { certificateValidityCheck } from './certificate-validity.js';
import { domainsEmptyCheck } from './domains-empty.js';
import { fingerprintFormatCheck } from './fingerprint-format.js';
import { trustPresentCheck } from './trust-present.js';
import { urlHttpsCheck } from './url-https.js';

/** Semantic checks run on a loaded config, after the schema check. */
export const configChecks: readonly Check<ConfigLintContext>[] = [
  urlHttpsCheck,
  trustPresentCheck,
  certificateParseCheck,
  certificateValidityCheck,
  fingerprintFormatCheck,
  domainsEmptyCheck,
];
