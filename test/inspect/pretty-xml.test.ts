import { describe, expect, it } from 'vitest';
import { prettyXml } from '../../src/inspect/pretty-xml.js';
import { parseXml } from '../../src/xml/parse.js';
import { buildResponse } from '../support/saml-builder.js';

describe('prettyXml', () => {
  it('indents elements and keeps text elements on one line', () => {
    expect(prettyXml('<a x="1"><b><c>text</c><d/></b></a>')).toBe(
      ['<a x="1">', '  <b>', '    <c>text</c>', '    <d/>', '  </b>', '</a>'].join('\n'),
    );
  });

  it('never changes text content, attributes or comments inside text', () => {
    const xml = '<r><NameID a=">&quot;x">ada@contoso.com<!---->.evil.example</NameID><v>  two  spaces </v></r>';
    const out = prettyXml(xml);
    expect(out).toContain('<NameID a=">&quot;x">ada@contoso.com<!---->.evil.example</NameID>');
    expect(out).toContain('<v>  two  spaces </v>');
  });

  it('keeps the declaration, comments and CDATA as they are', () => {
    const out = prettyXml('<?xml version="1.0"?><r><!-- note --><c><![CDATA[<x>]]></c></r>');
    expect(out.split('\n')).toEqual(['<?xml version="1.0"?>', '<r>', '  <!-- note -->', '  <c><![CDATA[<x>]]></c>', '</r>']);
  });

  it('gives back XML that parses to the same text content', () => {
    const xml = buildResponse();
    const out = prettyXml(xml);
    expect(out.split('\n').length).toBeGreaterThan(20);
    const before = parseXml(xml).doc!.documentElement!.textContent;
    const after = parseXml(out).doc!.documentElement!.textContent!.replace(/\n\s*/g, '');
    expect(after).toBe(before);
  });

  it('re-indents XML that was already indented', () => {
    expect(prettyXml('<a>\n      <b>x</b>\n</a>')).toBe('<a>\n  <b>x</b>\n</a>');
  });
});
