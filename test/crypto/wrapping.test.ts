/**
 * XML signature wrapping (XSW1-XSW8 and relatives) built from genuinely signed responses.
 * Every variant must be refused by structure (signature-wrapping) or by digest, and the element
 * reported as signed must never be one the attacker wrote.
 */
import { describe, expect, it } from 'vitest';
import type { Document, Element } from '@xmldom/xmldom';
import { verifyDocumentSignatures } from '../../src/crypto/xmldsig/index.js';
import type { SignatureReport } from '../../src/crypto/xmldsig/index.js';
import { childElement, childElements, textInfo } from '../../src/saml/dom.js';
import { SAML, SAMLP } from '../../src/saml/ns.js';
import { parseXml } from '../../src/xml/parse.js';
import { IDS, USER } from '../support/constants.js';
import { IDP_KEY } from '../support/keys.js';
import { buildResponse, signResponse } from '../support/saml-builder.js';
import {
  EVIL_ID,
  SIGNATURE_WRAPPING_VARIANTS,
  assertionOf,
  evilCopy,
  rootOf,
  serialize,
  signedDoc,
} from '../support/wrapping-variants.js';
import { IDP_TRUSTED, codes, verify } from './xmldsig/helpers.js';
import { xmlCryptoAccepts } from './xmldsig/xml-crypto-oracle.js';

const EVIL_USER = 'admin@contoso.com';

interface Variant {
  name: string;
  build(): Document;
}

const VARIANTS: Variant[] = [
  ...SIGNATURE_WRAPPING_VARIANTS.map((v) => ({ name: v.name, build: () => v.build(EVIL_USER) })),
  {
    name: 'an evil Assertion whose ID is referenced with a lower-case id attribute elsewhere',
    build() {
      const doc = signedDoc('assertion');
      const decoy = doc.createElementNS(SAMLP, 'samlp:Extensions');
      decoy.setAttribute('id', IDS.assertion);
      rootOf(doc).insertBefore(decoy, childElement(rootOf(doc), SAMLP, 'Status')!);
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
    const doc = signedDoc('assertion');
    const signed = assertionOf(doc);
    rootOf(doc).insertBefore(evilCopy(signed, EVIL_USER, EVIL_ID), signed);
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
