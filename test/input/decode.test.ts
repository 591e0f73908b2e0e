import { verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeCarriedValue, decodeInput } from '../../src/input/decode.js';
import { IDP, SP } from '../support/constants.js';
import { IDP_KEY, SP_KEY, certBase64 } from '../support/keys.js';
import { buildAuthnRequest, buildResponse, encodeRedirect } from '../support/saml-builder.js';

const RESPONSE = buildResponse();
const REQUEST = buildAuthnRequest();
const B64 = Buffer.from(RESPONSE, 'utf8').toString('base64');
const DEFLATED = deflateRawSync(Buffer.from(REQUEST, 'utf8')).toString('base64');

const bytes = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const decode = (input: string | Uint8Array, source = 'test') =>
  decodeInput(typeof input === 'string' ? bytes(input) : input, source);

function single(input: string | Uint8Array) {
  const r = decode(input);
  expect(r.findings).toEqual([]);
  expect(r.messages).toHaveLength(1);
  return { ...r, message: r.messages[0]! };
}

describe('raw XML', () => {
  it('passes XML through untouched, with its source', () => {
    const r = single(RESPONSE);
    expect(r.kind).toBe('xml');
    expect(r.message.xml).toBe(RESPONSE);
    expect(r.message.provenance).toEqual({ source: 'test', steps: [] });
  });

  it('accepts an XML declaration, leading whitespace and a UTF-8 BOM', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${RESPONSE}`;
    const r = single(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes(`\n\n  ${xml}\n`)]));
    expect(r.message.xml).toBe(xml);
    expect(r.message.provenance.steps).toEqual(['utf-8-bom']);
  });

  it('decodes UTF-16 with a BOM, both byte orders, and UTF-16LE without one', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RESPONSE, 'utf16le')]);
    expect(single(le).message.xml).toBe(RESPONSE);
    expect(single(le).message.provenance.steps).toEqual(['utf-16le']);
    const be = Buffer.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RESPONSE, 'utf16le')])).swap16();
    expect(single(be).message.xml).toBe(RESPONSE);
    expect(single(be).message.provenance.steps).toEqual(['utf-16be']);
    expect(single(Buffer.from(RESPONSE, 'utf16le')).message.xml).toBe(RESPONSE);
  });

  it('reads non-UTF-8 bytes as Latin-1 and says so', () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><Attr>Ren\u00e9e M\u00fcller</Attr>';
    const r = single(Buffer.from(xml, 'latin1'));
    expect(r.message.xml).toBe(xml);
    expect(r.message.provenance.steps).toEqual(['latin1']);
  });

  it('keeps non-ASCII UTF-8 intact', () => {
    const xml = '<Attr>Zoë Ångström 山田</Attr>';
    expect(single(xml).message.xml).toBe(xml);
  });
});

describe('base64', () => {
  it('decodes a plain base64 SAMLResponse', () => {
    const r = single(B64);
    expect(r.kind).toBe('base64');
    expect(r.message.xml).toBe(RESPONSE);
    expect(r.message.provenance.steps).toEqual(['base64']);
    expect(r.message.provenance.binding).toBeUndefined();
  });

  it('decodes the checked-in Entra fixture', () => {
    const text = readFileSync('fixtures/responses/entra-signed-both.b64', 'utf8');
    const xml = readFileSync('fixtures/responses/entra-signed-both.xml', 'utf8');
    expect(single(text).message.xml).toBe(xml.trim());
  });

  it.each([
    ['line breaks every 76 characters', B64.replace(/(.{76})/g, '$1\n')],
    ['CRLF line breaks and indentation', B64.replace(/(.{64})/g, '$1\r\n    ')],
    ['surrounding whitespace', `\n\t  ${B64}  \n\n`],
    ['double quotes and a trailing comma', `"${B64}",`],
    ['single quotes and a semicolon', `'${B64}';`],
    ['backticks', `\`${B64}\``],
    ['an opening quote only', `"${B64}`],
  ])('tolerates %s', (_name, text) => {
    expect(single(text).message.xml).toBe(RESPONSE);
  });

  it('decodes a JSON string literal, undoing its escapes', () => {
    const literal = JSON.stringify(B64.replace(/(.{76})/g, '$1\n')).replace('A', '\\u0041');
    expect(literal).toContain('\\n');
    const r = single(literal);
    expect(r.message.xml).toBe(RESPONSE);
    expect(r.message.provenance.steps).toEqual(['json-string', 'base64']);
  });

  it('decodes base64url without padding', () => {
    const url = B64.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
    expect(url).toMatch(/[-_]/);
    const r = single(url);
    expect(r.message.xml).toBe(RESPONSE);
    expect(r.message.provenance.steps).toEqual(['base64url']);
  });

  it("reads spaces as '+' when a value was form-decoded once too often", () => {
    expect(B64.slice(0, -4)).toContain('+');
    const r = single(B64.replaceAll('+', ' '));
    expect(r.message.xml).toBe(RESPONSE);
  });

  it('inflates a pasted redirect value (deflate + base64, no URL) and calls it the redirect binding', () => {
    const r = single(DEFLATED);
    expect(r.message.xml).toBe(REQUEST);
    expect(r.message.provenance.steps).toEqual(['base64', 'inflate']);
    expect(r.message.provenance.binding).toBe('HTTP-Redirect');
  });

  it('tolerates a zlib-wrapped deflate stream', () => {
    const r = single(deflateSync(Buffer.from(REQUEST)).toString('base64'));
    expect(r.message.xml).toBe(REQUEST);
    expect(r.message.provenance.steps).toEqual(['base64', 'zlib-inflate']);
  });

  it('decodes base64 of UTF-16 XML', () => {
    const r = single(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RESPONSE, 'utf16le')]).toString('base64'));
    expect(r.message.xml).toBe(RESPONSE);
    expect(r.message.provenance.steps).toEqual(['base64', 'utf-16le']);
  });
});

describe('URL-encoded values and form bodies', () => {
  it('decodes URL-encoded base64 (%2B, %2F, %3D)', () => {
    const enc = encodeURIComponent(B64);
    expect(enc).toMatch(/%2B|%2F/);
    const r = single(enc);
    expect(r.kind).toBe('url-encoded');
    expect(r.message.xml).toBe(RESPONSE);
    expect(r.message.provenance.steps).toEqual(['url-decode', 'base64']);
  });

  it("keeps a literal '+' in URL-encoded base64 as '+'", () => {
    const half = B64.replaceAll('/', '%2F').replaceAll('=', '%3D');
    expect(single(half).message.xml).toBe(RESPONSE);
  });

  it('decodes URL-encoded XML, where + is a space', () => {
    const form = encodeURIComponent(RESPONSE).replaceAll('%20', '+');
    expect(single(form).message.xml).toBe(RESPONSE);
  });

  it('decodes a POST form body with RelayState and other parameters', () => {
    const body = `SAMLResponse=${encodeURIComponent(B64)}&RelayState=${encodeURIComponent('/app?tab=1 2')}&extra=1`;
    const r = single(body);
    expect(r.kind).toBe('form');
    expect(r.message.xml).toBe(RESPONSE);
    expect(r.message.provenance).toEqual({
      source: 'test',
      steps: ['form', 'url-decode', 'base64'],
      parameter: 'SAMLResponse',
      relayState: '/app?tab=1 2',
      binding: 'HTTP-POST',
    });
  });

  it('decodes a form body with SAMLRequest and form-encoded spaces in RelayState', () => {
    const r = single(`RelayState=a+b&SAMLRequest=${encodeURIComponent(Buffer.from(REQUEST).toString('base64'))}`);
    expect(r.message.xml).toBe(REQUEST);
    expect(r.message.provenance.parameter).toBe('SAMLRequest');
    expect(r.message.provenance.relayState).toBe('a b');
  });

  it("decodes devtools' parsed payload view (name: value lines)", () => {
    const r = single(`SAMLResponse: ${B64}\nRelayState: https://elevenlabs.io/app?x=1&y=2\n`);
    expect(r.message.xml).toBe(RESPONSE);
    expect(r.message.provenance).toEqual({
      source: 'test',
      steps: ['form', 'base64'],
      parameter: 'SAMLResponse',
      relayState: 'https://elevenlabs.io/app?x=1&y=2',
      binding: 'HTTP-POST',
    });
  });

  it('decodes a form body that was itself URL-encoded inside a quoted string', () => {
    const body = `SAMLResponse=${encodeURIComponent(B64)}&RelayState=xyz`;
    const r = single(`"${encodeURIComponent(body)}"`);
    expect(r.message.xml).toBe(RESPONSE);
    expect(r.message.provenance.steps).toEqual(['unquote', 'url-decode', 'form', 'url-decode', 'base64']);
    expect(r.message.provenance.relayState).toBe('xyz');
  });

  it('decodes base64 of a URL-encoded value', () => {
    const r = single(Buffer.from(encodeURIComponent(B64)).toString('base64'));
    expect(r.message.xml).toBe(RESPONSE);
    expect(r.message.provenance.steps).toEqual(['base64', 'url-decode', 'base64']);
  });

  it('treats a bare query string (with ?) carrying a deflated SAMLRequest as the redirect binding', () => {
    const r = single(`?SAMLRequest=${encodeURIComponent(DEFLATED)}&RelayState=r`);
    expect(r.message.xml).toBe(REQUEST);
    expect(r.message.provenance.binding).toBe('HTTP-Redirect');
  });
});

describe('redirect URLs', () => {
  it('decodes an unsigned redirect URL and keeps the URL and RelayState', () => {
    const url = encodeRedirect(REQUEST, { relayState: 'https://elevenlabs.io/app?x=1&y=2' });
    const r = single(url);
    expect(r.kind).toBe('url');
    expect(r.message.xml).toBe(REQUEST);
    expect(r.message.provenance).toEqual({
      source: 'test',
      steps: ['url', 'url-decode', 'base64', 'inflate'],
      parameter: 'SAMLRequest',
      relayState: 'https://elevenlabs.io/app?x=1&y=2',
      url: IDP.ssoUrl,
      method: 'GET',
      binding: 'HTTP-Redirect',
    });
    expect(r.message.provenance.signedQuery).toBeUndefined();
  });

  it('keeps SigAlg, Signature and the exact signed query bytes, which verify against the signer', () => {
    const url = encodeRedirect(REQUEST, { relayState: 'state 1/2+3', key: SP_KEY.key });
    const r = single(url);
    const p = r.message.provenance;
    expect(p.sigAlg).toBe('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
    const query = url.slice(url.indexOf('?') + 1);
    expect(p.signedQuery).toBe(query.slice(0, query.indexOf('&Signature=')));
    expect(p.signedQuery).toMatch(/^SAMLRequest=[^&]+&RelayState=state%201%2F2%2B3&SigAlg=http%3A%2F%2F/);
    expect(verify('sha256', Buffer.from(p.signedQuery!), SP_KEY.cert, Buffer.from(p.signature!, 'base64'))).toBe(true);
  });

  it('builds the signed query in spec order even when the URL has another order and extra parameters', () => {
    const signed = encodeRedirect(REQUEST, { relayState: 'rs', key: SP_KEY.key });
    const q = new Map(signed.slice(signed.indexOf('?') + 1).split('&').map((s) => [s.split('=')[0]!, s] as const));
    const reordered = `${IDP.ssoUrl}?${q.get('Signature')}&foo=bar&${q.get('SigAlg')}&${q.get('RelayState')}&${q.get('SAMLRequest')}#frag`;
    const p = single(reordered).message.provenance;
    expect(p.signedQuery).toBe(`${q.get('SAMLRequest')}&${q.get('RelayState')}&${q.get('SigAlg')}`);
    expect(verify('sha256', Buffer.from(p.signedQuery!), SP_KEY.cert, Buffer.from(p.signature!, 'base64'))).toBe(true);
  });

  it('decodes the checked-in redirect URL fixture', () => {
    const r = single(readFileSync('fixtures/requests/redirect-url.txt', 'utf8'));
    expect(r.message.xml).toContain('<samlp:AuthnRequest');
    expect(r.message.provenance.binding).toBe('HTTP-Redirect');
  });

  it('decodes a redirect carrying a SAMLResponse', () => {
    const r = single(encodeRedirect(RESPONSE, { url: SP.acsUrl, param: 'SAMLResponse' }));
    expect(r.message.xml).toBe(RESPONSE);
    expect(r.message.provenance.parameter).toBe('SAMLResponse');
    expect(r.message.provenance.url).toBe(SP.acsUrl);
  });

  it('tolerates an uncompressed message in a redirect URL', () => {
    const r = single(`${IDP.ssoUrl}?SAMLRequest=${encodeURIComponent(Buffer.from(REQUEST).toString('base64'))}`);
    expect(r.message.xml).toBe(REQUEST);
    expect(r.message.provenance.steps).toEqual(['url', 'url-decode', 'base64']);
    expect(r.message.provenance.binding).toBe('HTTP-Redirect');
  });

  it('tolerates a zlib-wrapped message in a redirect URL', () => {
    const v = deflateSync(Buffer.from(REQUEST)).toString('base64');
    const r = single(`${IDP.ssoUrl}?SAMLRequest=${encodeURIComponent(v)}`);
    expect(r.message.xml).toBe(REQUEST);
    expect(r.message.provenance.steps.at(-1)).toBe('zlib-inflate');
  });
});

describe('HTML auto-post pages', () => {
  const page = (value: string, extra = '') =>
    `<!DOCTYPE html>\n<html><head><title>Working...</title></head>` +
    `<body onload="document.forms[0].submit()"><noscript><p>Script is disabled. Click Submit to continue.</p></noscript>` +
    `<form method="POST" name="hiddenform" action="${SP.acsUrl}?a=1&amp;b=2">` +
    `<input type="hidden" name="SAMLResponse" value="${value}" />${extra}` +
    `<noscript><input type="submit" value="Submit" /></noscript></form></body></html>`;

  it('reads SAMLResponse, RelayState and the form action, decoding entities', () => {
    const r = single(page(B64, `<input type=hidden name=RelayState value='/home?x=1&amp;y=&quot;2&quot;'>`));
    expect(r.kind).toBe('html');
    expect(r.message.xml).toBe(RESPONSE);
    expect(r.message.provenance).toEqual({
      source: 'test',
      steps: ['html-form', 'base64'],
      parameter: 'SAMLResponse',
      method: 'POST',
      binding: 'HTTP-POST',
      url: `${SP.acsUrl}?a=1&b=2`,
      relayState: '/home?x=1&y="2"',
    });
  });

  it('decodes numeric entities inside the value (ADFS writes &#43; for +)', () => {
    const value = B64.replaceAll('+', '&#43;').replaceAll('=', '&#x3D;');
    expect(value).toContain('&#43;');
    expect(single(page(value)).message.xml).toBe(RESPONSE);
  });

  it('reads an XHTML page with an XML declaration and an HTML DOCTYPE', () => {
    const xhtml =
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n` +
      `<html xmlns="http://www.w3.org/1999/xhtml"><body><form method="post" action="${IDP.ssoUrl}">` +
      `<input type="hidden" name="SAMLRequest" value="${Buffer.from(REQUEST).toString('base64')}" /></form></body></html>`;
    const r = single(xhtml);
    expect(r.message.xml).toBe(REQUEST);
    expect(r.message.provenance.parameter).toBe('SAMLRequest');
    expect(r.message.provenance.url).toBe(IDP.ssoUrl);
  });
});

describe('captures and certificates', () => {
  it('hands a HAR to the capture decoder', () => {
    expect(decode(JSON.stringify({ log: { version: '1.2', entries: [] } })).kind).toBe('har');
  });

  it('hands a SAML-tracer export to the capture decoder', () => {
    expect(decode(JSON.stringify({ requests: [], timestamp: 1 })).kind).toBe('saml-tracer');
  });

  it('recognises a PEM certificate without error findings', () => {
    const r = decode(IDP_KEY.cert);
    expect(r.kind).toBe('certificate');
    expect(r.messages).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(Buffer.from(r.certificates![0]!).toString('base64')).toBe(certBase64(IDP_KEY.cert));
  });

  it('recognises a PEM chain, DER bytes and bare base64 DER as certificates', () => {
    const der = Buffer.from(certBase64(IDP_KEY.cert), 'base64');
    expect(decode(`${IDP_KEY.cert}\n${SP_KEY.cert}`).certificates).toHaveLength(2);
    for (const input of [der, bytes(certBase64(IDP_KEY.cert)), bytes(certBase64(IDP_KEY.cert).replace(/(.{64})/g, '$1\n'))]) {
      const r = decode(input);
      expect(r.kind).toBe('certificate');
      expect(r.findings).toEqual([]);
      expect(Buffer.from(r.certificates![0]!).equals(der)).toBe(true);
    }
  });

  it('leaves a broken certificate PEM to the cert command', () => {
    const broken = IDP_KEY.cert.replace(/-----END CERTIFICATE-----\s*$/, '');
    const r = decode(broken);
    expect(r.kind).toBe('certificate');
    expect(r.findings).toEqual([]);
  });
});

describe('decodeCarriedValue (values taken out of a capture)', () => {
  it('decodes a POST value and keeps the carrier', () => {
    const r = decodeCarriedValue(encodeURIComponent(B64), { source: 'login.har', parameter: 'SAMLResponse', binding: 'HTTP-POST', entryIndex: 14 });
    expect(r.findings).toEqual([]);
    expect(r.messages[0]!.xml).toBe(RESPONSE);
    expect(r.messages[0]!.provenance).toEqual({
      source: 'login.har',
      steps: ['url-decode', 'base64'],
      parameter: 'SAMLResponse',
      binding: 'HTTP-POST',
      entryIndex: 14,
    });
  });

  it('expects a redirect value to inflate, and puts the location on findings', () => {
    const junk = Buffer.alloc(90, 0xee).toString('base64');
    const r = decodeCarriedValue(junk, { source: 'login.har', binding: 'HTTP-Redirect' }, { location: 'HAR entry 3' });
    expect(r.findings.map((f) => [f.code, f.location])).toEqual([['input-inflate-failed', 'HAR entry 3']]);
    expect(decodeCarriedValue(DEFLATED, { source: 's', binding: 'HTTP-Redirect' }).messages[0]!.xml).toBe(REQUEST);
  });
});
