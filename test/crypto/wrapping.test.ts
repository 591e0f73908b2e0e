/**
 * XML signature wrapping (XSW1-XSW8 and relatives) built from genuinely signed responses.
 * Every variant must be refused by structure (signature-wrapping) or by digest, and the element
 * reported as signed must never be one the attacker wrote.
 */
import { describe, expect, it } from 'vitest';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { Document, Element } from '@xmldom/xmldom';
import { verifyDocumentSignatures } from '../../src/crypto/xmldsig/index.js';
import type { SignatureReport } from '../../src/crypto/xmldsig/index.js';
import { childElement, childElements, descendantElements, textInfo } from '../../src/saml/dom.js';
import { DS, SAML, SAMLP } from '../../src/saml/ns.js';
import { parseXml } from '../../src/xml/parse.js';
import { IDS, USER } from '../support/constants.js';
import { IDP_KEY } from '../support/keys.js';
import { buildResponse, signResponse } from '../support/saml-builder.js';
import { IDP_TRUSTED, codes, verify } from './xmldsig/helpers.js';
import { xmlCryptoAccepts } from './xmldsig/xml-crypto-oracle.js';

const EVIL_USER = 'admin@contoso.com';

/** A mutable copy of a signed document, for surgery. */
function load(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'text/xml');
}
const serialize = (doc: Document) => new XMLSerializer().serializeToString(doc);
const root = (doc: Document) => doc.documentElement!;
const assertionOf = (doc: Document) => childElement(root(doc), SAML, 'Assertion')!;
const signatureOf = (el: Element) => childElement(el, DS, 'Signature')!;

/** A copy of `el` without its signature, with the NameID replaced: what the attacker wants read. */
function evilCopy(el: Element, id?: string): Element {
  const copy = el.cloneNode(true) as Element;
  const sig = childElement(copy, DS, 'Signature');
  if (sig) copy.removeChild(sig);
  if (id) copy.setAttribute('ID', id);
  for (const nameId of descendantElements(copy, SAML, 'NameID')) nameId.textContent = EVIL_USER;
  return copy;
}

function stripSignature(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  copy.removeChild(childElement(copy, DS, 'Signature')!);
  return copy;
}

const signedOnAssertion = () => load(signResponse(buildResponse(), { sign: 'assertion' }));
const signedOnResponse = () => load(signResponse(buildResponse(), { sign: 'response' }));

interface Variant {
  name: string;
  build(): Document;
}

const VARIANTS: Variant[] = [
  {
    name: 'XSW1: evil Response at the root, the signed original copied inside its Signature',
    build() {
      const doc = signedOnResponse();
      const original = root(doc);
      const evil = evilCopy(original, '_evil-response');
      const sig = signatureOf(original).cloneNode(true) as Element;
      sig.appendChild(stripSignature(original));
      evil.insertBefore(sig, childElement(evil, SAMLP, 'Status')!);
      doc.replaceChild(evil, original);
      return doc;
    },
  },
  {
    name: 'XSW2: evil Response at the root, the signed original before the detached Signature',
    build() {
      const doc = signedOnResponse();
      const original = root(doc);
      const evil = evilCopy(original, '_evil-response');
      const status = childElement(evil, SAMLP, 'Status')!;
      evil.insertBefore(stripSignature(original), status);
      evil.insertBefore(signatureOf(original).cloneNode(true), status);
      doc.replaceChild(evil, original);
      return doc;
    },
  },
  {
    name: 'XSW3: unsigned evil Assertion with the same ID placed before the signed one',
    build() {
      const doc = signedOnAssertion();
      const signed = assertionOf(doc);
      root(doc).insertBefore(evilCopy(signed), signed);
      return doc;
    },
  },
  {
    name: 'XSW4: evil Assertion wrapping the signed one',
    build() {
      const doc = signedOnAssertion();
      const signed = assertionOf(doc);
      const evil = evilCopy(signed, '_evil-assertion');
      root(doc).replaceChild(evil, signed);
      evil.appendChild(signed);
      return doc;
    },
  },
  {
    name: 'XSW5: the Signature moved into an evil copy, the original appended at the end',
    build() {
      const doc = signedOnAssertion();
      const signed = assertionOf(doc);
      const evil = evilCopy(signed);
      evil.insertBefore(signatureOf(signed).cloneNode(true), childElement(evil, SAML, 'Subject')!);
      root(doc).replaceChild(evil, signed);
      root(doc).appendChild(stripSignature(signed));
      return doc;
    },
  },
  {
    name: 'XSW6: evil copy carries the Signature, the original sits inside that Signature',
    build() {
      const doc = signedOnAssertion();
      const signed = assertionOf(doc);
      const evil = evilCopy(signed);
      const sig = signatureOf(signed).cloneNode(true) as Element;
      sig.appendChild(stripSignature(signed));
      evil.insertBefore(sig, childElement(evil, SAML, 'Subject')!);
      root(doc).replaceChild(evil, signed);
      return doc;
    },
  },
  {
    name: 'XSW7: the signed Assertion hidden in samlp:Extensions, an evil one in its place',
    build() {
      const doc = signedOnAssertion();
      const signed = assertionOf(doc);
      const ext = doc.createElementNS(SAMLP, 'samlp:Extensions');
      root(doc).insertBefore(ext, childElement(root(doc), SAMLP, 'Status')!);
      root(doc).replaceChild(evilCopy(signed), signed);
      ext.appendChild(signed);
      return doc;
    },
  },
  {
    name: 'XSW8: evil copy carries the Signature, the original inside a ds:Object',
    build() {
      const doc = signedOnAssertion();
      const signed = assertionOf(doc);
      const evil = evilCopy(signed);
      const sig = signatureOf(signed).cloneNode(true) as Element;
      const object = doc.createElementNS(DS, 'Object');
      object.appendChild(stripSignature(signed));
      sig.appendChild(object);
      evil.insertBefore(sig, childElement(evil, SAML, 'Subject')!);
      root(doc).replaceChild(evil, signed);
      return doc;
    },
  },
  {
    name: 'the signed Assertion hidden in saml:Advice of an evil Assertion',
    build() {
      const doc = signedOnAssertion();
      const signed = assertionOf(doc);
      const evil = evilCopy(signed, '_evil-assertion');
      const advice = doc.createElementNS(SAML, 'Advice');
      evil.insertBefore(advice, childElement(evil, SAML, 'AttributeStatement')!);
      root(doc).replaceChild(evil, signed);
      advice.appendChild(signed);
      return doc;
    },
  },
  {
    name: 'an evil Response around the genuinely signed Response',
    build() {
      const doc = signedOnResponse();
      const original = root(doc);
      const evil = evilCopy(original, '_evil-response');
      doc.replaceChild(evil, original);
      evil.appendChild(original);
      return doc;
    },
  },
  {
    name: 'an evil Assertion after the signed one, colliding on its ID',
    build() {
      const doc = signedOnAssertion();
      root(doc).appendChild(evilCopy(assertionOf(doc)));
      return doc;
    },
  },
  {
    name: 'an evil Assertion whose ID is referenced with a lower-case id attribute elsewhere',
    build() {
      const doc = signedOnAssertion();
      const decoy = doc.createElementNS(SAMLP, 'samlp:Extensions');
      decoy.setAttribute('id', IDS.assertion);
      root(doc).insertBefore(decoy, childElement(root(doc), SAMLP, 'Status')!);
      return doc;
    },
  },
];

function reportFor(doc: Document): { xml: string; report: SignatureReport } {
  const xml = serialize(doc);
  const parsed = parseXml(xml);
  expect(parsed.doc).toBeDefined();
  return { xml, report: verifyDocumentSignatures(parsed.doc!, { trusted: IDP_TRUSTED, allowSha1: false }) };
}

function nameIdOf(el: Element): string | undefined {
  const subject = childElement(el, SAML, 'Subject');
  const nameId = subject && childElement(subject, SAML, 'NameID');
  return nameId ? textInfo(nameId).text : undefined;
}

describe('signature wrapping', () => {
  it.each(VARIANTS.map((v) => [v.name, v] as const))('%s is refused', (_name, variant) => {
    const { report } = reportFor(variant.build());
    expect(codes(report).some((c) => c === 'signature-wrapping' || c === 'digest-mismatch')).toBe(true);
    expect(report.signedAssertion).toBeUndefined();
    expect(report.signedResponse).toBeUndefined();
  });

  it('XSW3 with a fresh ID: the signed assertion stays the genuine one and the extra assertion is visible', () => {
    const doc = signedOnAssertion();
    const signed = assertionOf(doc);
    root(doc).insertBefore(evilCopy(signed, '_evil-assertion'), signed);
    const { report } = reportFor(doc);
    expect(report.findings).toEqual([]);
    expect(report.signedAssertion?.getAttribute('ID')).toBe(IDS.assertion);
    expect(nameIdOf(report.signedAssertion!)).toBe(USER.nameId);
    // What the validate engineer's multiple-assertions check counts.
    expect(childElements(report.signedAssertion!.parentNode as Element, SAML, 'Assertion')).toHaveLength(2);
  });

  it('NameID comment injection verifies (comments are not signed) but the signed NameID shows the comment', () => {
    const xml = signResponse(
      buildResponse({ assertion: { nameIdRawContent: `${EVIL_USER}<!---->.evil.com` } }),
      { sign: 'assertion' },
    );
    const report = verify(xml);
    expect(report.findings).toEqual([]);
    const nameId = childElement(childElement(report.signedAssertion!, SAML, 'Subject')!, SAML, 'NameID')!;
    // The input of the validate engineer's nameid-comment-injection check.
    expect(textInfo(nameId)).toMatchObject({ text: `${EVIL_USER}.evil.com`, hasComment: true, textNodeCount: 2 });
    expect(xmlCryptoAccepts(xml, IDP_KEY.cert)).toBe(true);
  });

  it('for the variants xml-crypto alone accepts, our verifier still refuses', () => {
    // Documents the point of the structural rules: a bare checkSignature is fooled by some of these.
    const fooled = VARIANTS.filter((v) => xmlCryptoAccepts(serialize(v.build()), IDP_KEY.cert)).map((v) => v.name);
    for (const name of fooled) {
      const { report } = reportFor(VARIANTS.find((v) => v.name === name)!.build());
      expect(report.signedAssertion).toBeUndefined();
    }
    expect(fooled.length).toBeGreaterThan(0);
  });
});

describe('hostile shapes are answered quickly', () => {
  it('10,000-deep nesting inside a signed assertion is refused by the parser', () => {
    const deep = '<x>'.repeat(10_000) + '</x>'.repeat(10_000);
    // Injected after signing: xml-crypto's own signer would overflow its stack on it.
    const xml = signResponse(buildResponse(), { sign: 'assertion' }).replace('</Assertion>', `${deep}</Assertion>`);
    const start = performance.now();
    const parsed = parseXml(xml);
    expect(parsed.doc).toBeUndefined();
    expect(parsed.findings.map((f) => f.code)).toEqual(['xml-too-deep']);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('even when parsed with the depth limit lifted, verification refuses before the recursive canonicaliser runs', () => {
    const deep = '<x>'.repeat(10_000) + '</x>'.repeat(10_000);
    // Injected after signing: xml-crypto's own signer would overflow its stack on it.
    const xml = signResponse(buildResponse(), { sign: 'assertion' }).replace('</Assertion>', `${deep}</Assertion>`);
    const parsed = parseXml(xml, { maxDepth: 20_000 });
    const start = performance.now();
    const report = verifyDocumentSignatures(parsed.doc!, { trusted: IDP_TRUSTED, allowSha1: false });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(codes(report)).toEqual(['xml-too-deep']);
    expect(report.signedAssertion).toBeUndefined();
  });

  it('a document with many signatures is refused unchecked', () => {
    const one = signResponse(buildResponse(), { sign: 'assertion' });
    const sig = /<Signature [\s\S]*?<\/Signature>/.exec(one)![0];
    const many = one.replace('<samlp:Status>', `<samlp:Extensions>${`<e>${sig}</e>`.repeat(20)}</samlp:Extensions><samlp:Status>`);
    const report = verify(many);
    expect(codes(report)).toEqual(['signature-malformed']);
  });
});
