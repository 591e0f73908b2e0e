import { describe, expect, it } from 'vitest';
import { checkSignatureRequirement } from '../../../src/checks/signature/index.js';
import type { SignatureRequirement } from '../../../src/checks/signature/index.js';
import { ATTACKER_KEY } from '../../support/keys.js';
import { buildResponse, signResponse } from '../../support/saml-builder.js';
import type { SignOptions } from '../../support/saml-builder.js';
import { verify } from '../../crypto/xmldsig/helpers.js';

const check = (sign: SignOptions['sign'], requirement: SignatureRequirement, o: Partial<SignOptions> = {}) =>
  checkSignatureRequirement(verify(signResponse(buildResponse(), { sign, ...o })), requirement).map((f) => f.code);

describe('checkSignatureRequirement', () => {
  it('no signature at all -> signature-missing, whatever is required', () => {
    for (const r of ['response', 'assertion', 'either', 'both'] as const) expect(check('none', r)).toEqual(['signature-missing']);
  });

  it('only the Response signed while the assertion must be -> assertion-unsigned', () => {
    expect(check('response', 'assertion')).toEqual(['assertion-unsigned']);
    expect(check('response', 'both')).toEqual(['assertion-unsigned']);
  });

  it('only the Assertion signed while the response must be -> response-unsigned', () => {
    expect(check('assertion', 'response')).toEqual(['response-unsigned']);
    expect(check('assertion', 'both')).toEqual(['response-unsigned']);
  });

  it('passes when the requirement is met', () => {
    expect(check('assertion', 'assertion')).toEqual([]);
    expect(check('response', 'either')).toEqual([]);
    expect(check('assertion', 'either')).toEqual([]);
    expect(check('both', 'both')).toEqual([]);
  });

  it('a signature that is present but fails is left to the verification findings (no double report)', () => {
    expect(check('assertion', 'assertion', { key: ATTACKER_KEY.key, cert: ATTACKER_KEY.cert })).toEqual([]);
  });
});
