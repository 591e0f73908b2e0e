/**
 * Hostile sizes and shapes: every one must be answered with a refusing finding within ~2 s,
 * never a crash, hang or stack overflow. DTDs are refused wherever they appear.
 */
import { describe, expect, it } from 'vitest';
import { IDS } from '../support/constants.js';
import { buildResponse } from '../support/saml-builder.js';
import { ALG, customSign } from './signer.js';
import { EVIL, allCodes, expectRefused, signed, timed, validate } from './support.js';

/** The Security stance's "a second or two". */
const BUDGET_MS = 2000;
/** Cases that are slow on purpose need more than vitest's 5 s default to show how slow. */
const SLOW_TEST_MS = 60_000;

function refusedQuickly(xml: string, code: RegExp | string): void {
  const { value: r, ms } = timed(() => validate(xml));
  expectRefused(r);
  const codes = allCodes(r);
  expect(codes.some((c) => (typeof code === 'string' ? c === code : code.test(c))), `codes: ${[...new Set(codes)].join(', ')}`).toBe(true);
  expect(ms, `took ${Math.round(ms)} ms`).toBeLessThan(BUDGET_MS);
  // A refusal is one clear answer, not a flood: 100k parser warnings are not a report.
  expect(r.findings.length).toBeLessThan(100);
}

describe('attribute counts', () => {
  const many = (n: number, valued: boolean) =>
    Array.from({ length: n }, (_, i) => (valued ? ` a${i}="1"` : ` a${i}`)).join('');

  it('100k quoted attributes on one element', () => {
    refusedQuickly(buildResponse().replace('<samlp:Status>', `<samlp:Status${many(100_000, true)}>`), 'xml-too-many-attributes');
  });

  // Was a hole: the prescan counted '=' signs, and xmldom accepts value-less attributes with a warning each.
  it(
    '100k value-less attributes (no "=") slip past the attribute limit',
    () => {
      refusedQuickly(buildResponse().replace('<samlp:Status>', `<samlp:Status${many(100_000, false)}>`), 'xml-too-many-attributes');
    },
    SLOW_TEST_MS,
  );

  it('a value-less attribute inside a genuinely signed assertion breaks nothing silently', () => {
    const xml = signed().replace('<Subject>', '<Subject flag>');
    expectRefused(validate(xml));
  });
});

describe('nesting depth', () => {
  it('10,000-deep nesting outside the signed part', () => {
    refusedQuickly(buildResponse({ extra: { end: '<a>'.repeat(10_000) + '</a>'.repeat(10_000) } }), 'xml-too-deep');
  });

  it('10,000-deep nesting inside the signed assertion (would overflow a recursive canonicaliser)', () => {
    const xml = signed().replace('<Subject>', `<Subject>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`);
    refusedQuickly(xml, 'xml-too-deep');
  });

  it('100,000-deep self-closing lookalikes do not confuse the depth count', () => {
    refusedQuickly(buildResponse({ extra: { end: '<a >'.repeat(100_000) + '</a>'.repeat(100_000) } }), 'xml-too-deep');
  });
});

describe('element counts and size', () => {
  // Was a hole: nothing bounded the element count (500k empty elements took ~7 s). Messages now allow 100k.
  it(
    '500,000 empty elements (2 MB) are refused within the budget',
    () => {
      refusedQuickly(buildResponse({ extra: { end: '<a/>'.repeat(500_000) } }), 'xml-too-many-elements');
    },
    SLOW_TEST_MS,
  );

  // Was a hole at API level: validateResponse used the 256 MiB generic limit; messages now get 16 MiB.
  it(
    '50 MB of base64 in the KeyInfo of a signed Response is refused within the budget',
    () => {
      const xml = signed().replace(/<X509Certificate>[^<]*</, `<X509Certificate>${'A'.repeat(50 * 1024 * 1024)}<`);
      refusedQuickly(xml, 'xml-too-large');
    },
    SLOW_TEST_MS,
  );

  it('100 Signature elements are refused unchecked', () => {
    const xml = signed();
    const sig = xml.match(/<Signature[\s\S]*?<\/Signature>/)![0];
    refusedQuickly(xml.replace('</samlp:Response>', `<x:E xmlns:x="urn:x">${sig.repeat(100)}</x:E></samlp:Response>`), 'signature-malformed');
  });

  it('1,000 References in one SignedInfo', () => {
    const ref = `<Reference URI="#${IDS.assertion}"><Transforms><Transform Algorithm="${ALG.enveloped}"/></Transforms><DigestMethod Algorithm="${ALG.sha256}"/><DigestValue>AAAA</DigestValue></Reference>`;
    refusedQuickly(customSign(buildResponse(), IDS.assertion, { extraSignedInfo: ref.repeat(1000) }), 'signature-malformed');
  });

  it('a Signature stuffed with 10,000 KeyInfo children is refused unchecked', () => {
    const xml = signed().replace('</KeyInfo>', `${'<KeyName>x</KeyName>'.repeat(10_000)}</KeyInfo>`);
    refusedQuickly(xml, 'signature-malformed');
  });
});

describe('DTDs and entities, wherever they are', () => {
  const cases: Record<string, string> = {
    'DOCTYPE first': `<!DOCTYPE samlp:Response>${signed()}`,
    'DOCTYPE with billion-laughs entities': `<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>${buildResponse({ assertion: { nameIdRawContent: '&c;' } })}`,
    'external entity (XXE)': `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>${buildResponse({ assertion: { nameIdRawContent: '&x;' } })}`,
    'lower-case doctype': `<!doctype r>${signed()}`,
    'DOCTYPE after an XML declaration and a comment': `<?xml version="1.0"?><!-- hi --><!DOCTYPE r>${signed()}`,
    'DOCTYPE inside the document': signed().replace('<samlp:Status>', '<!DOCTYPE x><samlp:Status>'),
    'DOCTYPE after the root element': `${signed()}<!DOCTYPE x>`,
    'ENTITY declaration without DOCTYPE': signed().replace('<samlp:Status>', `<!ENTITY x "${EVIL}"><samlp:Status>`),
    'ATTLIST declaring a default ID': signed().replace('<samlp:Status>', '<!ATTLIST Assertion ID ID #IMPLIED><samlp:Status>'),
  };
  for (const [name, xml] of Object.entries(cases)) {
    it(name, () => {
      const { value: r, ms } = timed(() => validate(xml));
      expectRefused(r, EVIL);
      expect(allCodes(r).some((c) => c === 'xml-doctype-refused' || c === 'xml-malformed')).toBe(true);
      expect(ms).toBeLessThan(BUDGET_MS);
    });
  }
});

describe('encodings', () => {
  it('a BOM before the XML is refused or read, never crashes', () => {
    const r = validate(`\uFEFF${signed({ assertion: { nameId: EVIL } }, 'none')}`);
    expectRefused(r, EVIL);
  });

  it('an XML declaration claiming UTF-16 over UTF-8 text changes nothing', () => {
    const r = validate(`<?xml version="1.0" encoding="UTF-16"?>${signed({ assertion: { nameId: EVIL } }, 'none')}`);
    expectRefused(r, EVIL);
  });

  it('NUL and other control characters inside the NameID are refused', () => {
    const r = validate(signed({ assertion: { nameId: EVIL } }, 'none').replace(EVIL, `${EVIL}\u0000`));
    expectRefused(r, EVIL);
  });
});
