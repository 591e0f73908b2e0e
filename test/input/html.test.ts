import { describe, expect, it } from 'vitest';
import { decodeEntities, looksLikeHtml, parseAttributes, scanHtml } from '../../src/input/html.js';

describe('scanHtml', () => {
  it('pairs each SAML field with its form and that form\'s RelayState', () => {
    const html =
      '<form action="https://a.example/acs" method="post"><input name="RelayState" value="r1"><input name="SAMLResponse" value="v1"></form>' +
      '<FORM ACTION=https://b.example/sso METHOD=get><INPUT NAME=SAMLRequest VALUE=v2></FORM>';
    expect(scanHtml(html).fields).toEqual([
      { name: 'SAMLResponse', value: 'v1', action: 'https://a.example/acs', method: 'POST', relayState: 'r1' },
      { name: 'SAMLRequest', value: 'v2', action: 'https://b.example/sso', method: 'GET' },
    ]);
  });

  it('ignores fields inside comments and reads the title', () => {
    const scan = scanHtml('<title>Error &amp; more</title><!-- <input name="SAMLResponse" value="x"> -->');
    expect(scan.fields).toEqual([]);
    expect(scan.title).toBe('Error & more');
  });
});

describe('helpers', () => {
  it('parses quoted, unquoted and bare attributes', () => {
    expect([...parseAttributes(' type=hidden name="a b" value=\'x>y\' disabled /')]).toEqual([
      ['type', 'hidden'],
      ['name', 'a b'],
      ['value', 'x>y'],
      ['disabled', ''],
    ]);
  });

  it('decodes named and numeric references, leaving unknown ones', () => {
    expect(decodeEntities('&lt;&#43;&#x2B;&quot;&bogus;&amp;')).toBe('<++"&bogus;&');
  });

  it('tells HTML pages from XML documents', () => {
    expect(looksLikeHtml('<!doctype html><p>')).toBe(true);
    expect(looksLikeHtml('<HTML><body>')).toBe(true);
    expect(looksLikeHtml('<samlp:Response/>')).toBe(false);
    expect(looksLikeHtml('<!DOCTYPE lolz [<!ENTITY a "b">]><lolz/>')).toBe(false);
  });
});
