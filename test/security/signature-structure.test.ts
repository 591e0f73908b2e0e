/**
 * Signature structure attacks against the full validateResponse with a config trusting only
 * fixtures/keys/idp: wrapping (XSW), ID games, Reference URI forms, transform abuse, misplaced and
 * extra signatures, namespace tricks. Signed with the real IdP key where the attack needs the IdP
 * to have signed something, so that only structure (never the key) can stop it.
 */
import { describe, expect, it } from 'vitest';
import type { Document } from '@xmldom/xmldom';
import { childElement } from '../../src/saml/dom.js';
import { DS, SAML } from '../../src/saml/ns.js';
import { IDS, IDP, NS } from '../support/constants.js';
import { ATTACKER_KEY, IDP_KEY } from '../support/keys.js';
import { buildResponse } from '../support/saml-builder.js';
import { EXTRA_ASSERTION_VARIANTS, SIGNATURE_WRAPPING_VARIANTS, evilCopy, signedDoc } from '../support/wrapping-variants.js';
import { ALG, customSign } from './signer.js';
import {
  EVIL,
  VICTIM,
  allCodes,
  assertionOf,
  details,
  expectAccepted,
  expectRefused,
  replaceOnce,
  rootOf,
  serialize,
  signatureOf,
  signed,
  validate,
} from './support.js';

describe('baseline', () => {
  it('the hand-rolled signer produces a signature the tool accepts', () => {
    expectAccepted(validate(customSign(buildResponse(), IDS.assertion)));
  });
});

describe('signature wrapping (XSW family and relatives)', () => {
  const variants: Record<string, () => Document> = {
    ...Object.fromEntries([...SIGNATURE_WRAPPING_VARIANTS, ...EXTRA_ASSERTION_VARIANTS].map((v) => [v.name, () => v.build(EVIL)])),
    'evil Assertion smuggled into the signed Response\'s own Signature/Object (outside the digest)'() {
      const doc = signedDoc('response');
      const object = doc.createElementNS(DS, 'Object');
      object.appendChild(evilCopy(assertionOf(doc), EVIL, '_evil'));
      signatureOf(rootOf(doc)).appendChild(object);
      rootOf(doc).removeChild(assertionOf(doc));
      return doc;
    },
    'evil Assertion smuggled into the signed Assertion\'s Signature/KeyInfo'() {
      const doc = signedDoc('assertion');
      const keyInfo = childElement(signatureOf(assertionOf(doc)), DS, 'KeyInfo')!;
      keyInfo.appendChild(evilCopy(assertionOf(doc), EVIL, '_evil'));
      return doc;
    },
    'signed on both, evil Assertion appended after the signed Response was signed'() {
      const doc = signedDoc('both');
      rootOf(doc).appendChild(evilCopy(assertionOf(doc), EVIL, '_evil'));
      return doc;
    },
  };

  for (const [name, build] of Object.entries(variants)) {
    it(name, () => {
      const r = validate(serialize(build()));
      expectRefused(r, EVIL);
      if (details(r).claimsVerified) expect(details(r).nameId).toBe(VICTIM);
    });
  }
});

describe('ID attribute games', () => {
  it('an element elsewhere repeats the signed ID as `Id`', () => {
    const xml = replaceOnce(signed(), '<samlp:Status>', `<samlp:Status Id="${IDS.assertion}">`);
    const r = validate(xml);
    expectRefused(r);
    expect(allCodes(r)).toContain('signature-wrapping');
  });

  it('an evil Assertion carries the signed ID as `AssertionID` (SAML 1 style) beside its own ID', () => {
    const doc = signedDoc('assertion');
    const evil = evilCopy(assertionOf(doc), EVIL, '_evil');
    evil.setAttribute('AssertionID', IDS.assertion);
    rootOf(doc).insertBefore(evil, assertionOf(doc));
    expectRefused(validate(serialize(doc)), EVIL);
  });

  it('the signature points at `Id` while ID is empty on an evil Assertion', () => {
    const doc = signedDoc('assertion');
    const s = assertionOf(doc);
    const evil = evilCopy(s, EVIL, '');
    evil.setAttribute('Id', IDS.assertion);
    evil.insertBefore(signatureOf(s).cloneNode(true), childElement(evil, SAML, 'Subject')!);
    rootOf(doc).replaceChild(evil, s);
    expectRefused(validate(serialize(doc)), EVIL);
  });

  it('namespace-qualified ID attributes (xml:id, foo:ID) duplicating the signed ID do not confuse anything', () => {
    const doc = signedDoc('assertion');
    const evil = evilCopy(assertionOf(doc), EVIL, '_evil');
    evil.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:id', IDS.assertion);
    evil.setAttributeNS('urn:foo', 'foo:ID', IDS.assertion);
    rootOf(doc).insertBefore(evil, assertionOf(doc));
    const r = validate(serialize(doc));
    expectRefused(r, EVIL);
    expect(allCodes(r)).toContain('multiple-assertions');
  });

  it('a signature whose Reference names the evil Assertion via xml:id is refused', () => {
    const xml = buildResponse({ assertion: { nameId: EVIL } }).replace(`<Assertion ID="${IDS.assertion}"`, `<Assertion xml:id="_x" ID="${IDS.assertion}"`);
    const r = validate(customSign(xml, IDS.assertion, { uri: '#_x', key: ATTACKER_KEY.key, keyInfoCert: ATTACKER_KEY.cert }));
    expectRefused(r, EVIL);
  });
});

describe('Reference URI forms (signed by the real IdP key: only structure can refuse them)', () => {
  const cases: Record<string, string | null> = {
    'empty URI (whole document)': '',
    'no URI attribute': null,
    'leading whitespace': ` #${IDS.assertion}`,
    'trailing whitespace': `#${IDS.assertion} `,
    'percent-encoded underscore': `#%5F${IDS.assertion.slice(1)}`,
    'xpointer(id())': `#xpointer(id('${IDS.assertion}'))`,
    'bare xpointer(/)': '#xpointer(/)',
    'another document': `https://idp.example/${IDS.assertion}`,
  };
  for (const [name, uri] of Object.entries(cases)) {
    it(name, () => {
      const r = validate(customSign(buildResponse(), IDS.assertion, { uri }));
      expectRefused(r);
      expect(allCodes(r).some((c) => c === 'signature-wrapping' || c === 'signature-malformed')).toBe(true);
      expect(details(r).claimsVerified).toBe(false);
    });
  }
});

describe('transform list abuse', () => {
  const cases: Record<string, Array<string | { raw: string }>> = {
    'XPath transform': [
      ALG.enveloped,
      { raw: `<Transform Algorithm="${ALG.xpath}"><XPath>not(ancestor-or-self::*[local-name()='NameID'])</XPath></Transform>` },
    ],
    'XSLT transform': [
      ALG.enveloped,
      { raw: `<Transform Algorithm="${ALG.xslt}"><xsl:stylesheet xmlns:xsl="http://www.w3.org/1999/XSL/Transform" version="1.0"/></Transform>` },
    ],
    'base64 transform': [ALG.base64, ALG.excC14n],
    'inclusive c14n instead of exclusive': [ALG.enveloped, ALG.c14n],
    'three transforms': [ALG.enveloped, ALG.excC14n, ALG.excC14n],
    'no enveloped-signature transform': [ALG.excC14n],
    'enveloped-signature twice': [ALG.enveloped, ALG.enveloped],
    'empty transform list': [],
  };
  for (const [name, transforms] of Object.entries(cases)) {
    it(name, () => {
      const r = validate(customSign(buildResponse(), IDS.assertion, { transforms }));
      expectRefused(r);
      expect(details(r).claimsVerified).toBe(false);
    });
  }

  it('exclusive c14n WithComments signed by the IdP over a commented NameID is still refused', () => {
    const xml = buildResponse({ assertion: { nameIdRawContent: `${VICTIM}<!---->.evil.example` } });
    const r = validate(customSign(xml, IDS.assertion, { transforms: [ALG.enveloped, ALG.excC14nWithComments] }));
    expectRefused(r, VICTIM);
    expect(allCodes(r)).toContain('nameid-comment-injection');
  });

  it('a second Reference in SignedInfo (pointing at an evil element) is refused', () => {
    const extra = `<Reference URI="#_evil"><Transforms><Transform Algorithm="${ALG.enveloped}"/></Transforms><DigestMethod Algorithm="${ALG.sha256}"/><DigestValue>AAAA</DigestValue></Reference>`;
    const r = validate(customSign(buildResponse(), IDS.assertion, { extraSignedInfo: extra }));
    expectRefused(r);
    expect(allCodes(r)).toContain('signature-malformed');
  });

  it('1,000 References are refused quickly', () => {
    const ref = `<Reference URI="#${IDS.assertion}"><Transforms><Transform Algorithm="${ALG.enveloped}"/></Transforms><DigestMethod Algorithm="${ALG.sha256}"/><DigestValue>AAAA</DigestValue></Reference>`;
    const xml = customSign(buildResponse(), IDS.assertion, { extraSignedInfo: ref.repeat(1000) });
    const start = performance.now();
    const r = validate(xml);
    expect(performance.now() - start).toBeLessThan(2000);
    expectRefused(r);
  });
});

describe('misplaced and extra signatures', () => {
  it('Signature nested in Subject, referencing the Assertion', () => {
    const r = validate(
      customSign(buildResponse({ assertion: { nameId: EVIL } }), IDS.assertion, {
        key: ATTACKER_KEY.key,
        place: (target, sig) => target.getElementsByTagNameNS(SAML, 'Subject')[0]!.appendChild(sig),
      }),
    );
    expectRefused(r, EVIL);
  });

  it('a genuine IdP signature nested in Subject (not a direct child) is refused as misplaced', () => {
    const r = validate(
      customSign(buildResponse(), IDS.assertion, {
        place: (target, sig) => target.getElementsByTagNameNS(SAML, 'Subject')[0]!.appendChild(sig),
      }),
    );
    expectRefused(r);
    expect(allCodes(r)).toContain('signature-wrapping');
  });

  it('a second Signature by the attacker beside the genuine one', () => {
    const xml = customSign(signed(), IDS.assertion, { key: ATTACKER_KEY.key, keyInfoCert: ATTACKER_KEY.cert });
    const r = validate(xml);
    expectRefused(r);
  });

  it('the genuine Signature duplicated inside the same Assertion', () => {
    const doc = signedDoc('assertion');
    const s = assertionOf(doc);
    s.appendChild(signatureOf(s).cloneNode(true));
    expectRefused(validate(serialize(doc)));
  });

  it('an attacker Signature on the Response next to a genuine assertion signature', () => {
    const r = validate(customSign(signed(), IDS.response, { key: ATTACKER_KEY.key, keyInfoCert: ATTACKER_KEY.cert }));
    expectRefused(r);
    expect(allCodes(r)).toContain('certificate-mismatch');
  });

  it('a Signature on the Issuer element', () => {
    const xml = buildResponse().replace(`<Issuer>${IDP.entityId}</Issuer>`, `<Issuer ID="_iss">${IDP.entityId}</Issuer>`);
    const r = validate(customSign(xml, '_iss'));
    expectRefused(r);
  });
});

describe('namespace tricks', () => {
  it('the saml prefix is redefined inside the Response so the evil Assertion is in another namespace', () => {
    // The genuine assertion is moved out of SAML's namespace view; an evil one is read in its place.
    const doc = signedDoc('assertion');
    const s = assertionOf(doc);
    const holder = doc.createElementNS('urn:evil', 'x:Wrapper');
    rootOf(doc).replaceChild(evilCopy(s, EVIL, '_evil'), s);
    holder.appendChild(s);
    rootOf(doc).appendChild(holder);
    expectRefused(validate(serialize(doc)), EVIL);
  });

  it('the genuinely signed Assertion is rewritten into another default namespace', () => {
    const xml = replaceOnce(signed(), `Version="2.0" xmlns="${NS.saml}"`, 'Version="2.0" xmlns="urn:oasis:names:tc:SAML:2.0:assertion#"');
    expectRefused(validate(xml));
  });

  it('an evil Assertion in a look-alike namespace next to an unsigned genuine-looking one', () => {
    const xml = buildResponse({ extra: { end: buildResponse().match(/<Assertion[\s\S]*<\/Assertion>/)![0].replace(`xmlns="${NS.saml}"`, 'xmlns="urn:evil"') } });
    expectRefused(validate(xml));
  });

  it('the Response root in another namespace is not judged as a Response', () => {
    const xml = replaceOnce(signed({}, 'both'), `xmlns:samlp="${NS.samlp}"`, 'xmlns:samlp="urn:oasis:names:tc:SAML:1.0:protocol"');
    expectRefused(validate(xml));
  });

  it('prefixes swapped: samlp bound to the assertion namespace on the evil element', () => {
    const doc = signedDoc('assertion');
    const evil = doc.createElementNS(NS.saml, 'samlp:Assertion');
    evil.setAttribute('ID', '_evil');
    rootOf(doc).insertBefore(evil, assertionOf(doc));
    const r = validate(serialize(doc));
    expectRefused(r);
    expect(allCodes(r)).toContain('multiple-assertions');
  });
});

describe('algorithms and key confusion', () => {
  it('HMAC-SHA1 keyed with the IdP certificate (PEM bytes): the classic key confusion', () => {
    const r = validate(
      customSign(buildResponse({ assertion: { nameId: EVIL } }), IDS.assertion, {
        signatureMethod: ALG.hmacSha1,
        digestMethod: ALG.sha1,
        hmacKey: Buffer.from(IDP_KEY.cert),
      }),
    );
    expectRefused(r, EVIL);
    expect(allCodes(r)).toContain('unsupported-algorithm');
  });

  it('HMAC-SHA256 keyed with the IdP certificate DER bytes', () => {
    const der = Buffer.from(IDP_KEY.cert.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    const r = validate(
      customSign(buildResponse({ assertion: { nameId: EVIL } }), IDS.assertion, { signatureMethod: ALG.hmacSha256, hmacKey: der }),
    );
    expectRefused(r, EVIL);
  });

  it('RSA-SHA1 by the real IdP when SHA-1 is not allowed', () => {
    const r = validate(signed({}, { sign: 'assertion', algorithm: 'sha1' }));
    expectRefused(r);
    expect(allCodes(r)).toContain('weak-algorithm');
  });

  it('SHA-1 digest under an RSA-SHA256 signature when SHA-1 is not allowed', () => {
    const r = validate(signed({}, { sign: 'assertion', digest: 'sha1' }));
    expectRefused(r);
    expect(allCodes(r)).toContain('weak-algorithm');
  });

  it('an unknown SignatureMethod URI', () => {
    const r = validate(customSign(buildResponse(), IDS.assertion, { signatureMethod: 'http://www.w3.org/2000/09/xmldsig#dsa-sha1' }));
    expectRefused(r);
    expect(allCodes(r)).toContain('unsupported-algorithm');
  });
});
