/**
 * EncryptedAssertion: anyone can encrypt to the SP's public certificate, so decryption proves
 * nothing about the author. The plaintext must be verified on its own (or covered by a verified
 * Response signature over the ciphertext).
 */
import { constants, createCipheriv, publicEncrypt, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DS } from '../../src/saml/ns.js';
import { NS } from '../support/constants.js';
import { ATTACKER_KEY, SP_KEY } from '../support/keys.js';
import { buildAssertion, buildResponse, encryptAssertion, signResponse } from '../support/saml-builder.js';
import {
  EVIL,
  VICTIM,
  allCodes,
  details,
  expectAccepted,
  expectRefused,
  load,
  replaceOnce,
  rootOf,
  serialize,
  signed,
  validate,
} from './support.js';

const withKey = { spKeyPem: SP_KEY.key };
const encrypt = (xml: string) => encryptAssertion(xml, SP_KEY.cert);

/** An EncryptedAssertion element (with its namespace declarations) holding this plaintext assertion. */
function encryptedElement(assertionXml: string): string {
  const wrapped = encrypt(`<samlp:Response xmlns:samlp="${NS.samlp}" ID="_w">${assertionXml}</samlp:Response>`);
  return wrapped.match(/<saml:EncryptedAssertion[\s\S]*<\/saml:EncryptedAssertion>/)![0];
}

describe('baselines', () => {
  it('a genuinely signed assertion, encrypted, with the SP key: accepted', () => {
    const r = validate(encrypt(signed()), {}, withKey);
    expectAccepted(r);
    expect(details(r).nameId).toBe(VICTIM);
  });

  it('an encrypted assertion inside a genuinely signed Response: accepted', () => {
    const r = validate(signResponse(encrypt(buildResponse()), { sign: 'response' }), {}, withKey);
    expectAccepted(r);
  });
});

describe('forged encrypted assertions', () => {
  it('an unsigned encrypted assertion in an unsigned Response says unsigned, never passes', () => {
    const r = validate(encrypt(buildResponse({ assertion: { nameId: EVIL } })), {}, withKey);
    expectRefused(r, EVIL);
    expect(allCodes(r)).toContain('signature-missing');
    expect(details(r).claimsVerified).toBe(false);
  });

  it('an unsigned encrypted assertion without the SP key is still refused', () => {
    const r = validate(encrypt(buildResponse({ assertion: { nameId: EVIL } })));
    expectRefused(r, EVIL);
  });

  it('an encrypted assertion signed by the attacker', () => {
    const xml = encrypt(signed({ assertion: { nameId: EVIL } }, { sign: 'assertion', key: ATTACKER_KEY.key, cert: ATTACKER_KEY.cert }));
    const r = validate(xml, {}, withKey);
    expectRefused(r, EVIL);
    expect(allCodes(r)).toContain('certificate-mismatch');
  });

  it('an unsigned encrypted assertion, configuration requiring the assertion to be signed, Response genuinely signed', () => {
    const r = validate(signResponse(encrypt(buildResponse()), { sign: 'response' }), { security: { signed: 'assertion' } }, withKey);
    expectRefused(r);
    expect(allCodes(r)).toContain('assertion-unsigned');
  });

  it('an attacker EncryptedAssertion beside a genuinely signed plain Assertion', () => {
    const evil = encryptedElement(buildAssertion({ nameId: EVIL, id: '_evil' }));
    const xml = replaceOnce(signed(), '</samlp:Response>', `${evil}</samlp:Response>`);
    const r = validate(xml, {}, withKey);
    expectRefused(r, EVIL);
    expect(allCodes(r)).toContain('multiple-assertions');
  });

  it('an attacker EncryptedAssertion before a genuinely signed plain Assertion, without the SP key', () => {
    const evil = encryptedElement(buildAssertion({ nameId: EVIL, id: '_evil' }));
    const xml = replaceOnce(signed(), '<Assertion ', `${evil}<Assertion `);
    expectRefused(validate(xml), EVIL);
  });

  it('a second attacker EncryptedAssertion smuggled into the signed Response\'s Signature/Object', () => {
    const doc = load(signResponse(encrypt(buildResponse()), { sign: 'response' }));
    const sig = rootOf(doc).getElementsByTagNameNS(DS, 'Signature')[0]!;
    const object = doc.createElementNS(DS, 'Object');
    object.appendChild(doc.importNode(load(encryptedElement(buildAssertion({ nameId: EVIL, id: '_evil' }))).documentElement!, true));
    sig.appendChild(object);
    expectRefused(validate(serialize(doc), {}, withKey), EVIL);
  });

  it('two EncryptedAssertions (genuine first, attacker second) in an unsigned Response', () => {
    const genuine = encrypt(signed());
    const evil = encryptedElement(buildAssertion({ nameId: EVIL, id: '_evil' }));
    const r = validate(replaceOnce(genuine, '</samlp:Response>', `${evil}</samlp:Response>`), {}, withKey);
    expectRefused(r, EVIL);
    expect(allCodes(r)).toContain('multiple-assertions');
  });

  it('plaintext: an evil assertion whose Advice carries the genuinely signed one', () => {
    const genuine = signed().match(/<Assertion[\s\S]*<\/Assertion>/)![0];
    const evil = buildAssertion({ nameId: EVIL, id: '_evil', extra: { end: `<Advice>${genuine}</Advice>` } });
    const xml = buildResponse({ assertions: [] }).replace('</samlp:Response>', `${encryptedElement(evil)}</samlp:Response>`);
    const r = validate(xml, {}, withKey);
    expectRefused(r, EVIL);
  });

  it('plaintext that is a whole genuinely signed Response rather than an Assertion', () => {
    const inner = signed({}, 'both').replace(/^<\?xml[^>]*>/, '');
    const xml = buildResponse({ assertions: [] }).replace('</samlp:Response>', `${encryptRaw(inner)}</samlp:Response>`);
    const r = validate(xml, {}, withKey);
    expectRefused(r);
    expect(allCodes(r)).toContain('decrypt-failed');
  });

  it('a DOCTYPE inside the decrypted plaintext is refused', () => {
    const plain = `<!DOCTYPE a [<!ENTITY x "${EVIL}">]>${buildAssertion({ nameIdRawContent: '&x;' })}`;
    // The builder encrypts a parsed Assertion, so build the ciphertext by hand from the raw plaintext bytes.
    const xml = buildResponse({ assertions: [] }).replace('</samlp:Response>', `${encryptRaw(plain)}</samlp:Response>`);
    const r = validate(xml, {}, withKey);
    expectRefused(r, EVIL);
    expect(allCodes(r)).toContain('xml-doctype-refused');
  });
});

/** AES-256-CBC + RSA-OAEP EncryptedAssertion around arbitrary plaintext bytes (no parsing on the way). */
function encryptRaw(plain: string): string {
  const key = randomBytes(32);
  const iv = randomBytes(16);
  const c = createCipheriv('aes-256-cbc', key, iv);
  const body = Buffer.concat([iv, c.update(Buffer.from(plain, 'utf8')), c.final()]);
  const wrapped = publicEncrypt({ key: SP_KEY.cert, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, key);
  return (
    `<saml:EncryptedAssertion xmlns:saml="${NS.saml}"><xenc:EncryptedData xmlns:xenc="${NS.xenc}" xmlns:ds="${NS.ds}" Type="${NS.xenc}Element">` +
    `<xenc:EncryptionMethod Algorithm="${NS.xenc}aes256-cbc"/><ds:KeyInfo><xenc:EncryptedKey>` +
    `<xenc:EncryptionMethod Algorithm="${NS.xenc}rsa-oaep-mgf1p"/>` +
    `<xenc:CipherData><xenc:CipherValue>${wrapped.toString('base64')}</xenc:CipherValue></xenc:CipherData></xenc:EncryptedKey></ds:KeyInfo>` +
    `<xenc:CipherData><xenc:CipherValue>${body.toString('base64')}</xenc:CipherValue></xenc:CipherData></xenc:EncryptedData></saml:EncryptedAssertion>`
  );
}
