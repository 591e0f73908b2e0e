/**
 * End to end: every signature-wrapping shape fails validateResponse, and the claims it reports as
 * verified are never the attacker's. The structural suite lives in test/crypto/wrapping.test.ts;
 * this one checks that the pipeline reads claims only from what the verified signature covers.
 */
import { describe, expect, it } from 'vitest';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { Document, Element } from '@xmldom/xmldom';
import { validateResponse } from '../../src/validate/pipeline.js';
import { childElement, descendantElements } from '../../src/saml/dom.js';
import { DS, SAML, SAMLP } from '../../src/saml/ns.js';
import { NOW, USER } from '../support/constants.js';
import { buildResponse, signResponse } from '../support/saml-builder.js';
import { errors, makeConfig, run } from './helpers.js';

const EVIL = 'admin@contoso.com';
const REFUSALS = ['signature-wrapping', 'digest-mismatch', 'multiple-assertions', 'nameid-comment-injection', 'signature-invalid'];

const load = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
const root = (doc: Document) => doc.documentElement!;
const assertionOf = (doc: Document) => childElement(root(doc), SAML, 'Assertion')!;
const signatureOf = (el: Element) => childElement(el, DS, 'Signature')!;
const signed = (sign: 'assertion' | 'response') => load(signResponse(buildResponse(), { sign }));

function evil(el: Element, id?: string): Element {
  const copy = el.cloneNode(true) as Element;
  const sig = childElement(copy, DS, 'Signature');
  if (sig) copy.removeChild(sig);
  if (id) copy.setAttribute('ID', id);
  for (const n of descendantElements(copy, SAML, 'NameID')) n.textContent = EVIL;
  return copy;
}

function unsigned(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  copy.removeChild(childElement(copy, DS, 'Signature')!);
  return copy;
}

const VARIANTS: Record<string, () => Document> = {
  'XSW1 evil Response, original inside its Signature'() {
    const doc = signed('response');
    const original = root(doc);
    const e = evil(original, '_evil');
    const sig = signatureOf(original).cloneNode(true) as Element;
    sig.appendChild(unsigned(original));
    e.insertBefore(sig, childElement(e, SAMLP, 'Status')!);
    doc.replaceChild(e, original);
    return doc;
  },
  'XSW2 evil Response, original before a detached Signature'() {
    const doc = signed('response');
    const original = root(doc);
    const e = evil(original, '_evil');
    const status = childElement(e, SAMLP, 'Status')!;
    e.insertBefore(unsigned(original), status);
    e.insertBefore(signatureOf(original).cloneNode(true), status);
    doc.replaceChild(e, original);
    return doc;
  },
  'XSW3 evil Assertion with the same ID before the signed one'() {
    const doc = signed('assertion');
    root(doc).insertBefore(evil(assertionOf(doc)), assertionOf(doc));
    return doc;
  },
  'XSW4 evil Assertion wrapping the signed one'() {
    const doc = signed('assertion');
    const s = assertionOf(doc);
    const e = evil(s, '_evil');
    root(doc).replaceChild(e, s);
    e.appendChild(s);
    return doc;
  },
  'XSW5 Signature moved into an evil copy, original appended'() {
    const doc = signed('assertion');
    const s = assertionOf(doc);
    const e = evil(s);
    e.insertBefore(signatureOf(s).cloneNode(true), childElement(e, SAML, 'Subject')!);
    root(doc).replaceChild(e, s);
    root(doc).appendChild(unsigned(s));
    return doc;
  },
  'XSW6 evil copy carries the Signature holding the original'() {
    const doc = signed('assertion');
    const s = assertionOf(doc);
    const e = evil(s);
    const sig = signatureOf(s).cloneNode(true) as Element;
    sig.appendChild(unsigned(s));
    e.insertBefore(sig, childElement(e, SAML, 'Subject')!);
    root(doc).replaceChild(e, s);
    return doc;
  },
  'XSW7 signed Assertion hidden in Extensions'() {
    const doc = signed('assertion');
    const s = assertionOf(doc);
    const ext = doc.createElementNS(SAMLP, 'samlp:Extensions');
    root(doc).insertBefore(ext, childElement(root(doc), SAMLP, 'Status')!);
    root(doc).replaceChild(evil(s), s);
    ext.appendChild(s);
    return doc;
  },
  'XSW8 original inside a ds:Object of the evil copy'() {
    const doc = signed('assertion');
    const s = assertionOf(doc);
    const e = evil(s);
    const sig = signatureOf(s).cloneNode(true) as Element;
    const object = doc.createElementNS(DS, 'Object');
    object.appendChild(unsigned(s));
    sig.appendChild(object);
    e.insertBefore(sig, childElement(e, SAML, 'Subject')!);
    root(doc).replaceChild(e, s);
    return doc;
  },
  'signed Assertion in the Advice of an evil one'() {
    const doc = signed('assertion');
    const s = assertionOf(doc);
    const e = evil(s, '_evil');
    const advice = doc.createElementNS(SAML, 'Advice');
    e.insertBefore(advice, childElement(e, SAML, 'AttributeStatement')!);
    root(doc).replaceChild(e, s);
    advice.appendChild(s);
    return doc;
  },
  'evil Response around the signed Response'() {
    const doc = signed('response');
    const original = root(doc);
    const e = evil(original, '_evil');
    doc.replaceChild(e, original);
    e.appendChild(original);
    return doc;
  },
  'evil Assertion after the signed one'() {
    const doc = signed('assertion');
    root(doc).appendChild(evil(assertionOf(doc), '_evil'));
    return doc;
  },
  'NameID edited after signing'() {
    const doc = signed('assertion');
    for (const n of descendantElements(assertionOf(doc), SAML, 'NameID')) n.textContent = EVIL;
    return doc;
  },
};

describe('signature wrapping fails validate', () => {
  for (const [name, build] of Object.entries(VARIANTS)) {
    it(name, () => {
      const xml = new XMLSerializer().serializeToString(build());
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
