import type { SignatureReport } from '../../crypto/xmldsig/verify.js';
import type { Finding } from '../types.js';
import { finding } from '../types.js';
import { assertionUnsigned } from './assertion-unsigned.js';
import { responseUnsigned } from './response-unsigned.js';
import { signatureMissing } from './signature-missing.js';
import type { IdpKnowledge } from '../../knowledge/types.js';
import { idpFix } from '../../knowledge/index.js';

/** What the service provider demands to be signed (SP config `signature.require`). */
export type SignatureRequirement = 'response' | 'assertion' | 'either' | 'both';

/**
 * Compares what is signed with what the SP requires. A signature that is present but failed is
 * already reported by verification (digest-mismatch, certificate-mismatch, ...), so this only
 * reports elements that carry no signature at all.
 */
export function checkSignatureRequirement(
  report: SignatureReport,
  requirement: SignatureRequirement,
  idp?: IdpKnowledge,
): Finding[] {
  const present = (kind: 'response' | 'assertion') => report.signedElements.some((s) => s.kind === kind);
  const responseSigned = present('response');
  const assertionSigned = present('assertion');
  if (!responseSigned && !assertionSigned) {
    return [
      finding(signatureMissing, {
        message: 'neither the Response nor the Assertion is signed',
        expected: requirementText(requirement),
        actual: 'no signature',
        hint: idpFix('sign-assertion', idp),
      }),
    ];
  }
  const findings: Finding[] = [];
  if ((requirement === 'assertion' || requirement === 'both') && !assertionSigned) {
    findings.push(
      finding(assertionUnsigned, {
        message: 'the Assertion carries no signature of its own; the service provider requires one',
        expected: requirementText(requirement),
        actual: 'only the Response is signed',
        hint: `${idpFix('sign-assertion', idp)}; or SP admin: accept a signed Response.`,
      }),
    );
  }
  if ((requirement === 'response' || requirement === 'both') && !responseSigned) {
    findings.push(
      finding(responseUnsigned, {
        message: 'the Response carries no signature; the service provider requires one',
        expected: requirementText(requirement),
        actual: 'only the Assertion is signed',
        hint: `${idpFix('sign-response', idp)}; or SP admin: accept a signed Assertion.`,
      }),
    );
  }
  return findings;
}

function requirementText(r: SignatureRequirement): string {
  switch (r) {
    case 'response':
      return 'a signed Response';
    case 'assertion':
      return 'a signed Assertion';
    case 'either':
      return 'a signed Response or Assertion';
    case 'both':
      return 'a signed Response and a signed Assertion';
  }
}
