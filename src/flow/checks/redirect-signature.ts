import { createPublicKey, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { finding } from '../../checks/types.js';
import { redirectSignatureInvalid } from '../../checks/flow/index.js';
import type { FlowCheck, FlowContext } from '../context.js';
import { stepLabel } from '../context.js';
import type { FlowStep } from '../steps.js';

const HASH_OF: Readonly<Record<string, string>> = {
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1': 'sha1',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256': 'sha256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384': 'sha384',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512': 'sha512',
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256': 'sha256',
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384': 'sha384',
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512': 'sha512',
};

function publicKeys(pems: readonly string[]): KeyObject[] {
  return pems.flatMap((pem) => {
    try {
      return [createPublicKey(pem)];
    } catch {
      return [];
    }
  });
}

/** Whose key signs: the SP signs requests; the IdP signs what it sends back. */
function keysFor(ctx: FlowContext, step: FlowStep): { keys: KeyObject[]; whose: 'SP' | 'IdP' } {
  if (step.kind === 'authn-request') return { keys: publicKeys(ctx.spKeys), whose: 'SP' };
  return { keys: publicKeys(ctx.config?.idp.certificates.map((c) => c.pem) ?? []), whose: 'IdP' };
}

function verifies(step: FlowStep, keys: readonly KeyObject[]): boolean {
  const p = step.provenance;
  const hash = HASH_OF[p.sigAlg ?? ''];
  if (!hash) return false;
  const data = Buffer.from(p.signedQuery!, 'utf8');
  const sig = Buffer.from(p.signature!, 'base64');
  return keys.some((key) => {
    // ECDSA signatures travel as r||s in SAML (as in XML DSig); DER is accepted too.
    const encodings = key.asymmetricKeyType === 'ec' ? (['ieee-p1363', 'der'] as const) : ([undefined] as const);
    return encodings.some((dsaEncoding) => {
      try {
        return verify(hash, data, dsaEncoding ? { key, dsaEncoding } : key, sig);
      } catch {
        return false;
      }
    });
  });
}

function signedSteps(ctx: FlowContext): { step: FlowStep; keys: KeyObject[]; whose: 'SP' | 'IdP' }[] {
  return ctx.steps
    .filter((s) => s.provenance.binding === 'HTTP-Redirect' && s.provenance.signature && s.provenance.signedQuery)
    .map((step) => ({ step, ...keysFor(ctx, step) }))
    .filter((x) => x.keys.length > 0);
}

export const redirectSignatureFlow: FlowCheck = {
  name: 'redirect-signature',
  run(ctx) {
    return signedSteps(ctx)
      .filter(({ step, keys }) => !verifies(step, keys))
      .map(({ step, whose }) => ({
        messageIndex: step.messageIndex,
        finding: finding(redirectSignatureInvalid, {
          message: HASH_OF[step.provenance.sigAlg ?? '']
            ? `the redirect-binding signature of the ${stepLabel(step)} does not verify with the ${whose}'s certificate`
            : `the ${stepLabel(step)} is signed with an unknown SigAlg`,
          expected: `a signature by the ${whose}'s key over ${step.provenance.signedQuery!.slice(0, 60)}…`,
          actual: `SigAlg ${step.provenance.sigAlg}, Signature ${step.provenance.signature!.slice(0, 24)}…`,
          hint:
            whose === 'SP'
              ? "SP admin: the app signs AuthnRequests with another key than the one given; upload the app's current signing certificate to the IdP app (or turn request signing off on both sides)."
              : 'IdP admin: the IdP signs with another key than the configured certificate; download the current signing certificate and update the SP.',
          location: `entry ${step.provenance.entryIndex}: query Signature`,
        }),
      }));
  },
  passed(ctx) {
    const ok = signedSteps(ctx).filter(({ step, keys }) => verifies(step, keys));
    return ok.length ? `redirect-binding signature verified (${ok.map(({ step }) => stepLabel(step)).join(', ')})` : undefined;
  },
};
