import { randomBytes } from 'node:crypto';
import { deflateRawSync, deflateSync } from 'node:zlib';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/checks/registry.js';
import { decodeInput } from '../../src/input/decode.js';
import { parseXml } from '../../src/xml/parse.js';
import { IDP } from '../support/constants.js';
import { IDP_KEY, SP_KEY } from '../support/keys.js';
import { buildAuthnRequest, buildResponse } from '../support/saml-builder.js';

const RESPONSE = buildResponse();
const B64 = Buffer.from(RESPONSE).toString('base64');
const DEFLATED = deflateRawSync(Buffer.from(buildAuthnRequest())).toString('base64');

const decode = (input: string | Uint8Array, limits = {}) =>
  decodeInput(typeof input === 'string' ? Buffer.from(input, 'utf8') : input, 'bad', limits);
const codes = (input: string | Uint8Array, limits = {}) => decode(input, limits).findings.map((f) => f.code);

/** The one finding an input yields; no messages, no throw. */
function only(input: string | Uint8Array, limits = {}) {
  const r = decode(input, limits);
  expect(r.messages).toEqual([]);
  expect(r.findings).toHaveLength(1);
  return r.findings[0]!;
}

describe('every input-* finding is well formed', () => {
  it('uses registered codes with error severity and a hint', () => {
    const registered = new Set(allRules().map((r) => r.code));
    const samples = [
      '',
      'hello there, not saml at all',
      B64.slice(0, 401),
      randomBytes(600).toString('base64'),
      '{"a":1}',
      '{"a":',
      '<html><body>Sorry</body></html>',
      'https://elevenlabs.io/login',
      '"'.repeat(50),
    ];
    for (const s of samples) {
      for (const f of decode(s).findings) {
        expect(registered.has(f.code)).toBe(true);
        expect(f.code.startsWith('input-')).toBe(true);
        expect(f.severity).toBe('error');
        expect(f.message.length).toBeGreaterThan(10);
        expect(f.hint).toBeTruthy();
      }
    }
  });
});

describe('empty input', () => {
  it.each([
    ['no bytes', ''],
    ['whitespace only', ' \n\t\r\n  '],
  ])('%s -> input-empty', (_name, input) => {
    const f = only(input);
    expect(f.code).toBe('input-empty');
  });

  it('an empty SAMLResponse parameter -> input-empty naming the step', () => {
    const f = only('SAMLResponse=&RelayState=x');
    expect(f.code).toBe('input-empty');
    expect(f.message).toContain('form');
  });
});

describe('truncated values', () => {
  it('base64 of impossible length -> input-base64-truncated', () => {
    const cut = B64.slice(0, 401);
    expect(cut.length % 4).toBe(1);
    const f = only(cut);
    expect(f.code).toBe('input-base64-truncated');
    expect(f.message).toContain('401 characters');
  });

  it.each([400, 402, 403, 1000])('base64 cut at %i characters -> input-base64-truncated', (n) => {
    const f = only(B64.slice(0, n));
    expect(f.code).toBe('input-base64-truncated');
    expect(f.message).toMatch(/stops in the middle/);
  });

  it('a cut deflated redirect value -> input-base64-truncated, from what it inflated to', () => {
    const f = only(DEFLATED.slice(0, 120));
    expect(f.code).toBe('input-base64-truncated');
    expect(f.message).toMatch(/DEFLATE stream that stops early/);
  });

  it('a complete but unpadded value is fine', () => {
    const r = decode(B64.replace(/=+$/, ''));
    expect(r.findings).toEqual([]);
    expect(r.messages[0]!.xml).toBe(RESPONSE);
  });
});

describe('binary and compressed data', () => {
  it('base64 of random bytes -> input-binary with the first bytes in hex', () => {
    const data = randomBytes(1200);
    data[0] = 0xee; // a deflate block type 3 (reserved): never inflates
    const f = only(data.toString('base64'));
    expect(f.code).toBe('input-binary');
    expect(f.message).toMatch(/^the input after base64 is 1,200 bytes of binary data, neither XML nor DEFLATE/);
    expect(f.message).toMatch(/evenly spread/);
    expect(f.actual).toBe(`first bytes ee ${[...data.subarray(1, 16)].map((b) => b.toString(16).padStart(2, '0')).join(' ')} …`);
  });

  it('random bytes as a file -> input-binary', () => {
    const data = randomBytes(5000);
    data[0] = 0xee;
    expect(codes(data)).toEqual(['input-binary']);
  });

  it('a redirect URL whose value is not deflate -> input-inflate-failed', () => {
    const junk = Buffer.alloc(300, 0xee).toString('base64');
    const f = only(`${IDP.ssoUrl}?SAMLRequest=${encodeURIComponent(junk)}`);
    expect(f.code).toBe('input-inflate-failed');
    expect(f.actual).toMatch(/invalid/);
  });

  it('zlib header with a corrupt body -> input-inflate-failed', () => {
    const z = deflateSync(Buffer.from(buildAuthnRequest()));
    z.fill(0xff, 2, 20);
    expect(codes(z.toString('base64'))).toEqual(['input-inflate-failed']);
  });

  it('a deflate bomb stops at the limit -> input-too-large', () => {
    const bomb = deflateRawSync(Buffer.alloc(20 * 1024 * 1024, 0x41)).toString('base64');
    const f = only(bomb);
    expect(f.code).toBe('input-too-large');
    expect(f.message).toMatch(/inflates to more than 16\.0 MiB/);
  });

  it('text words made of base64 letters -> input-not-saml-text, not binary', () => {
    expect(codes('AdministratorPassword')).toEqual(['input-not-saml-text']);
    expect(codes('the quick brown fox jumps over the lazy dog again and again')).toEqual(['input-not-saml-text']);
  });
});

describe('files of other kinds', () => {
  it.each([
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]), 'a JPEG image'],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'a PNG image'],
    ['PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), 'a PDF document'],
    ['ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 'a ZIP archive'],
    ['gzip', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0]), 'a gzip-compressed file'],
  ])('%s -> input-file-type', (_name, data, what) => {
    const f = only(data);
    expect(f.code).toBe('input-file-type');
    expect(f.message).toContain(`${what}`);
    expect(f.message).toContain('not a SAML message');
  });

  it('base64 of a PNG -> input-file-type, saying it was base64', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);
    const f = only(png.toString('base64'));
    expect(f.code).toBe('input-file-type');
    expect(f.message).toBe('the input after base64 is a PNG image, not a SAML message');
  });

  it('a PKCS#12 key store -> input-file-type with a do-not-share hint', () => {
    const key = forge.pki.privateKeyFromPem(IDP_KEY.key);
    const cert = forge.pki.certificateFromPem(IDP_KEY.cert);
    const p12 = forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, [cert], 'secret', { algorithm: '3des' })).getBytes();
    const f = only(Buffer.from(p12, 'binary'));
    expect(f.code).toBe('input-file-type');
    expect(f.message).toContain('PKCS#12');
    expect(f.hint).toMatch(/do not share/);
  });

  it('a PEM or DER private key -> input-file-type', () => {
    expect(only(SP_KEY.key).message).toContain('a private key');
    const der = Buffer.from(SP_KEY.key.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    expect(only(der).message).toContain('a private key');
  });
});

describe('text that is not SAML', () => {
  it('says what the text starts with', () => {
    const f = only('Sorry, but we are having trouble signing you in. AADSTS50011: The redirect URI ...');
    expect(f.code).toBe('input-not-saml-text');
    expect(f.message).toContain('"Sorry, but we are having trouble signing you in. AADSTS50011');
  });

  it('JSON that is neither HAR nor SAML-tracer -> input-json-not-capture listing its keys', () => {
    const f = only(JSON.stringify({ idpEntityId: 'x', ssoUrl: 'y', certificate: 'z' }));
    expect(f.code).toBe('input-json-not-capture');
    expect(f.message).toContain('"idpEntityId", "ssoUrl", "certificate"');
    expect(only('[1,2,3]').message).toContain('a JSON array of 3 items');
    expect(only('{"log":{"pages":[]}}').message).toContain('damaged HAR');
  });

  it('truncated JSON -> input-json-malformed', () => {
    const har = JSON.stringify({ log: { entries: [{ request: { url: 'x' } }] } });
    const f = only(har.slice(0, 30));
    expect(f.code).toBe('input-json-malformed');
    expect(f.message).toMatch(/does not parse/);
  });

  it('an HTML page without a SAML form -> input-html-no-saml-form with its title', () => {
    const f = only('<!DOCTYPE html><html><head><title>Sign in error</title></head><body><form action="/x"><input name="q"></form></body></html>');
    expect(f.code).toBe('input-html-no-saml-form');
    expect(f.message).toContain('"Sign in error"');
  });

  it('a URL without SAML parameters -> input-url-no-saml-parameter listing them', () => {
    const f = only('https://elevenlabs.io/app/sign-in?redirect=%2Fhome&lang=en');
    expect(f.code).toBe('input-url-no-saml-parameter');
    expect(f.message).toContain('redirect, lang');
  });

  it('an artifact-binding URL -> input-url-no-saml-parameter explaining SAMLart', () => {
    const f = only('https://elevenlabs.io/__/auth/handler?SAMLart=AAQAAMFbLcE&RelayState=x');
    expect(f.code).toBe('input-url-no-saml-parameter');
    expect(f.message).toContain('SAMLart');
  });
});

describe('hostile input answers quickly', () => {
  it('input over the size limit -> input-too-large without reading it', () => {
    const f = only(Buffer.alloc(2048, 0x41), { maxInputBytes: 1024 });
    expect(f.code).toBe('input-too-large');
    expect(f.actual).toBe('2.0 KiB');
  });

  it('50 MB of "A" (or of "A" lines) -> input-too-large, before any decoding', () => {
    const t = Date.now();
    const f = only(Buffer.alloc(50 * 1024 * 1024, 0x41));
    expect(f.code).toBe('input-too-large');
    expect(f.message).toContain('50.0 MiB of text');
    expect(codes(Buffer.from('AAAAAAA\n'.repeat(6_553_600)))).toEqual(['input-too-large']);
    expect(codes(Buffer.from('A '.repeat(25_000_000)))).toEqual(['input-too-large']);
    expect(codes(`<html><form><input name=SAMLResponse value="${'A'.repeat(50_000_000)}"></form>`)).toEqual(['input-too-large']);
    expect(Date.now() - t).toBeLessThan(5000);
  });

  it('a value of all "A" within the limits -> input-binary (all zero bytes)', () => {
    const f = only(Buffer.alloc(4096, 0x41));
    expect(f.code).toBe('input-binary');
    expect(f.message).toContain('all zero bytes');
  });

  it('a billion-laughs document passes through unchanged; the XML layer refuses it', () => {
    const lol =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n' +
      Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n') +
      '\n]>\n<lolz>&lol9;</lolz>';
    const r = decode(lol);
    expect(r.findings).toEqual([]);
    expect(r.messages[0]!.xml).toBe(lol);
    expect(parseXml(r.messages[0]!.xml).findings.map((f) => f.code)).toEqual(['xml-doctype-refused']);
    // Base64 of it too.
    expect(decode(Buffer.from(lol).toString('base64')).messages[0]!.xml).toBe(lol);
  });

  it('10,000-deep element nesting passes through; the XML layer refuses it', () => {
    const deep = '<a>'.repeat(10_000) + '</a>'.repeat(10_000);
    const r = decode(deep);
    expect(r.messages[0]!.xml).toBe(deep);
    expect(parseXml(deep).findings.map((f) => f.code)).toContain('xml-too-deep');
  });

  it('10,000 nested quotes or URL-encodings -> input-too-many-layers', () => {
    const f = only('"'.repeat(10_000) + B64 + '"'.repeat(10_000));
    expect(f.code).toBe('input-too-many-layers');
    expect(f.actual).toMatch(/^unquote → unquote/);
    let v = B64;
    for (let k = 0; k < 12; k++) v = encodeURIComponent(v);
    expect(codes(v)).toEqual(['input-too-many-layers']);
  });

  it('10,000-deep JSON nesting -> input-json-not-capture', () => {
    expect(codes('['.repeat(10_000) + ']'.repeat(10_000))).toEqual(['input-json-not-capture']);
    expect(codes('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000))).toEqual(['input-json-not-capture']);
  });

  it('pathological text (many unclosed tags, ampersands, percent signs) stays linear', () => {
    const t = Date.now();
    decode(`<!DOCTYPE html><html>${'<input name="SAMLResponse" value="'.repeat(20_000)}`);
    decode(`<html>${'<form <input '.repeat(50_000)}`);
    decode(`SAMLResponse=${'%'.repeat(200_000)}&RelayState=${'&'.repeat(200_000)}`);
    decode(`<html><input name=SAMLResponse value="${'&amp'.repeat(100_000)}"></html>`);
    decode(',;'.repeat(500_000));
    expect(Date.now() - t).toBeLessThan(5000);
  });
});
