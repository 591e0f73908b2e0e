/**
 * End to end: every signature-wrapping shape fails validateResponse, and the claims it reports as
 * verified are never the attacker's. The structural suite lives in test/crypto/wrapping.test.ts;
 * this one checks that the pipeline reads claims only from what the verified signature covers.
 */
import { describe, expect, it } from 'vitest';
import type { Document } from '@xmldom/xmldom';
import { validateResponse } from '../../src/validate/pipeline.js';
import { descendantElements } from '../../src/saml/dom.js';
import { SAML } from '../../src/saml/ns.js';
import { NOW, USER } from '../support/constants.js';
import {
  EXTRA_ASSERTION_VARIANTS,
  SIGNATURE_WRAPPING_VARIANTS,
  assertionOf,
  serialize,
  signedDoc,
} from '../support/wrapping-variants.js';
import { errors, makeConfig, run } from './helpers.js';

const EVIL = 'admin@contoso.com';
const REFUSALS = ['signature-wrapping', 'digest-mismatch', 'multiple-assertions', 'nameid-comment-injection', 'signature-invalid'];

const VARIANTS: Record<string, () => Document> = {
  ...Object.fromEntries([...SIGNATURE_WRAPPING_VARIANTS, ...EXTRA_ASSERTION_VARIANTS].map((v) => [v.name, () => v.build(EVIL)])),
  'NameID edited after signing'() {
    const doc = signedDoc('assertion');
    for (const n of descendantElements(assertionOf(doc), SAML, 'NameID')) n.textContent = EVIL;
    return doc;
  },
};

describe('signature wrapping fails validate', () => {
  for (const [name, build] of Object.entries(VARIANTS)) {
    it(name, () => {
      const xml = serialize(build());
      const r = validateResponse({ xml }, makeConfig(), { now: NOW });
      expect(r.ok).toBe(false);
      expect(errors(r).some((c) => REFUSALS.includes(c))).toBe(true);
      const details = r.details as { claimsVerified: boolean; nameId?: string };
      // Whatever else happens, the attacker's user is never presented as verified.
      if (details.claimsVerified) expect(details.nameId).toBe(USER.nameId);
      expect(r.passed?.some((p) => p.detail.includes(EVIL)) ?? false).toBe(false);
    });
  }

  it('comment injection inside a validly signed NameID', () => {
    const r = run({ response: { assertion: { nameIdRawContent: `${EVIL}<!---->.evil.example` } } });
    expect(errors(r)).toContain('nameid-comment-injection');
  });
});

describe('valid signatures pass with zero errors', () => {
  for (const sign of ['response', 'assertion', 'both'] as const) {
    it(`signed on ${sign}`, () => {
      const r = run({ sign, config: { security: { signed: sign === 'both' ? 'both' : 'either' } } });
      expect(errors(r)).toEqual([]);
      expect(r.ok).toBe(true);
      expect((r.details as { claimsVerified: boolean }).claimsVerified).toBe(true);
      expect(r.passed?.filter((p) => p.check === 'signature')).toHaveLength(sign === 'both' ? 2 : 1);
    });
  }
});
