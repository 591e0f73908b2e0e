import { describe, expect, it } from 'vitest';
import { MESSAGE_XML_LIMITS, parseXml } from '../../src/xml/parse.js';

const codes = (text: string, limits = {}) => parseXml(text, limits).findings.map((f) => f.code);

describe('parseXml', () => {
  it('parses a well-formed document', () => {
    const { doc, findings } = parseXml('<a xmlns="urn:x"><b c="1"/><!-- note --><![CDATA[<d>]]></a>');
    expect(findings).toEqual([]);
    expect(doc?.documentElement?.localName).toBe('a');
  });

  it("refuses a billion-laughs document with 'xml-doctype-refused' before expanding anything", () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
      ']><lolz>&lol9;</lolz>';
    const start = Date.now();
    const result = parseXml(bomb);
    expect(result.doc).toBeUndefined();
    expect(result.findings.map((f) => f.code)).toEqual(['xml-doctype-refused']);
    expect(Date.now() - start).toBeLessThan(1000);
  });

  it('refuses an external entity (XXE) declaration', () => {
    expect(codes('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>')).toEqual(['xml-doctype-refused']);
  });

  it("refuses 10,000-deep nesting with 'xml-too-deep'", () => {
    const deep = '<a>'.repeat(10_000) + '</a>'.repeat(10_000);
    expect(codes(deep)).toEqual(['xml-too-deep']);
  });

  it("refuses an element with 100k attributes with 'xml-too-many-attributes'", () => {
    const attrs = Array.from({ length: 100_000 }, (_, i) => `a${i}="x"`).join(' ');
    const start = Date.now();
    expect(codes(`<r ${attrs}/>`)).toEqual(['xml-too-many-attributes']);
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it("counts value-less attributes too (xmldom accepts them with a warning)", () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `a${i}`).join(' ');
    expect(codes(`<r ${names}/>`)).toEqual(['xml-too-many-attributes']);
  });

  it("refuses more elements than the limit with 'xml-too-many-elements', and protocol messages get a tight one", () => {
    const many = '<r>' + '<a/>'.repeat(200_000) + '</r>';
    expect(codes(many, MESSAGE_XML_LIMITS)).toEqual(['xml-too-many-elements']);
    expect(codes(many)).toEqual([]);
  });

  it('lists at most 20 parser warnings and counts the rest', () => {
    const attrs = Array.from({ length: 50 }, (_, i) => `a${i}=1`).join(' ');
    const { findings } = parseXml(`<r ${attrs}/>`);
    expect(findings).toHaveLength(21);
    expect(findings.at(-1)?.message).toBe('30 more parser warnings not listed');
  });

  it("refuses text over the size limit with 'xml-too-large'", () => {
    expect(codes('<a>' + 'x'.repeat(2000) + '</a>', { maxSize: 1000 })).toEqual(['xml-too-large']);
  });

  it("reports malformed XML with 'xml-malformed' and a line and column", () => {
    const { doc, findings } = parseXml('<a>\n  <b>\n</a>');
    expect(doc).toBeUndefined();
    expect(findings[0]?.code).toBe('xml-malformed');
    expect(findings[0]?.location).toBe('line 2, column 6');
    expect(findings[0]?.message).toContain('tag mismatch');
  });

  it("turns parser warnings into 'xml-parser-warning' findings", () => {
    const { doc, findings } = parseXml('<a>\n<b x=1/></a>');
    expect(findings.map((f) => f.code)).toEqual(['xml-parser-warning']);
    expect(findings[0]?.location).toMatch(/^line 2, column \d+$/);
    expect(doc?.documentElement?.localName).toBe('a');
  });

  it('keeps attribute values containing ">" from confusing the depth scan', () => {
    expect(codes('<a x="1 > 0"><b y=\'c>\'/></a>')).toEqual([]);
  });
});
