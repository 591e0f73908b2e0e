import type { Finding } from '../types.js';
import { defineRule, finding } from '../types.js';

export const claimsUnverified = defineRule({
  code: 'claims-unverified',
  title: 'The claims were read from an assertion no verified signature covers',
  severity: 'info',
  area: 'assertion',
  explain:
    'saml-doctor reads NameID, attributes, conditions and audience only from the element that a verified ' +
    'signature covers. When nothing verified (no signature, a wrong certificate, content changed after ' +
    'signing), it still looks at the single assertion so that every other problem shows up at once, but ' +
    'those values are unverified: anyone could have written them. Findings about them are marked ' +
    '"(unverified)" and none of them is reported as passed. Fix the signature problem first; an SP will ' +
    'reject the Response for it regardless of the rest.',
});

/** The single note the pipeline adds when claims come from an assertion nothing verified. */
export function claimsUnverifiedFinding(reason: string): Finding {
  return finding(claimsUnverified, {
    message: `the claims judged here are unverified (${reason}); they were read only to report every problem at once`,
    hint: 'Fix the signature findings first: the SP rejects an unverified assertion whatever it contains.',
  });
}
