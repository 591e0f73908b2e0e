import { describe, expect, it } from 'vitest';
import { SignedXml } from 'xml-crypto';
import { DOMParser } from '@xmldom/xmldom';
import { inflateRawSync } from 'node:zlib';
import { verify } from 'node:crypto';
import { buildAuthnRequest, buildResponse, encodeRedirect, encryptAssertion, registerAlgorithms, signResponse } from './saml-builder.js';
import { IDP_EC_KEY, IDP_KEY, SP_KEY } from './keys.js';

function xmlCryptoVerifies(xml: string, cert: string): boolean {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const sigs = doc.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature');
  expect(sigs.length).toBeGreaterThan(0);
  for (const s of Array.from(sigs)) {
    const sig = new SignedXml({ publicCert: cert });
    registerAlgorithms(sig);
    sig.loadSignature(s.toString());
    try {
      if (!sig.checkSignature(xml)) return false;
    } catch {
      return false;
    }
  }
  return true;
}

describe('saml-builder', () => {
  it.each(['assertion', 'response', 'both'] as const)('signs on %s and xml-crypto verifies it', (sign) => {
    const xml = signResponse(buildResponse(), { sign });
    expect(xmlCryptoVerifies(xml, IDP_KEY.cert)).toBe(true);
  });

  it('places the signature right after the Issuer of the signed element', () => {
    const xml = signResponse(buildResponse(), { sign: 'assertion' });
    expect(xml).toMatch(/<Issuer>[^<]+<\/Issuer><Signature xmlns="http:\/\/www.w3.org\/2000\/09\/xmldsig#">/);
  });

  it('signatures break when the content changes', () => {
    const xml = signResponse(buildResponse(), { sign: 'assertion' }).replace('ada.lovelace@', 'eve@');
    expect(xmlCryptoVerifies(xml, IDP_KEY.cert)).toBe(false);
  });

  it('signs with EC keys and SHA-384 too', () => {
    const ec = signResponse(buildResponse(), { sign: 'assertion', key: IDP_EC_KEY.key, cert: IDP_EC_KEY.cert });
    expect(ec).toContain('ecdsa-sha256');
    expect(xmlCryptoVerifies(ec, IDP_EC_KEY.cert)).toBe(true);
    const rsa384 = signResponse(buildResponse(), { sign: 'both', algorithm: 'sha384' });
    expect(xmlCryptoVerifies(rsa384, IDP_KEY.cert)).toBe(true);
  });

  it('encrypts the assertion into an EncryptedAssertion', () => {
    const xml = encryptAssertion(signResponse(buildResponse(), { sign: 'assertion' }), SP_KEY.cert, { keyName: 'sp-2026' });
    expect(xml).toContain('<saml:EncryptedAssertion');
    expect(xml).not.toContain('<Assertion ');
    expect(xml).not.toContain('ada.lovelace');
  });

  it('encodes a signed redirect URL whose signature covers the exact query string', () => {
    const url = encodeRedirect(buildAuthnRequest(), { relayState: '/home', key: SP_KEY.key });
    const query = url.split('?')[1]!;
    const [signed, signature] = query.split('&Signature=') as [string, string];
    expect(verify('sha256', Buffer.from(signed), SP_KEY.cert, Buffer.from(decodeURIComponent(signature), 'base64'))).toBe(true);
    const request = new URLSearchParams(query).get('SAMLRequest')!;
    expect(inflateRawSync(Buffer.from(request, 'base64')).toString()).toContain('AssertionConsumerServiceURL="https://elevenlabs.io/__/auth/handler"');
  });
});
