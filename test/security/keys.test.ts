/**
 * Who signed: the certificate inside the message is never a reason to trust it. Attacker keys
 * with and without the attacker's (or the IdP's) certificate in KeyInfo, fingerprint pins, an
 * expired configured certificate, key-type confusion, and a config that trusts nothing.
 */
import { describe, expect, it } from 'vitest';
import { IDS } from '../support/constants.js';
import { ATTACKER_KEY, IDP_EC_KEY, IDP_KEY, IDP_OLD_KEY, certBase64 } from '../support/keys.js';
import { buildResponse } from '../support/saml-builder.js';
import { customSign } from './signer.js';
import { EVIL, allCodes, details, expectAccepted, expectRefused, signed, validate } from './support.js';
import { X509Certificate } from 'node:crypto';

const forgedResponse = () => buildResponse({ assertion: { nameId: EVIL } });
const fingerprint = (pem: string) => new X509Certificate(pem).fingerprint256;
const pinOnly = (pem: string) => ({ idp: { certificates: [], fingerprints: [fingerprint(pem)] } });

describe('attacker keys', () => {
  it('attacker signature with the attacker certificate in KeyInfo: certificate-mismatch, never pass', () => {
    const r = validate(signed({ assertion: { nameId: EVIL } }, { sign: 'assertion', key: ATTACKER_KEY.key, cert: ATTACKER_KEY.cert }));
    expectRefused(r, EVIL);
    expect(allCodes(r)).toContain('certificate-mismatch');
  });

  it('attacker signature with the genuine IdP certificate copied into KeyInfo', () => {
    const r = validate(signed({ assertion: { nameId: EVIL } }, { sign: 'assertion', key: ATTACKER_KEY.key, cert: IDP_KEY.cert }));
    expectRefused(r, EVIL);
    expect(allCodes(r)).toContain('signature-invalid');
  });

  it('attacker signature without KeyInfo', () => {
    const r = validate(signed({ assertion: { nameId: EVIL } }, { sign: 'assertion', key: ATTACKER_KEY.key, includeKeyInfo: false }));
    expectRefused(r, EVIL);
  });

  it('attacker signs both Response and Assertion', () => {
    const r = validate(signed({ assertion: { nameId: EVIL } }, { sign: 'both', key: ATTACKER_KEY.key, cert: ATTACKER_KEY.cert }), {
      security: { signed: 'both' },
    });
    expectRefused(r, EVIL);
  });

  it('KeyInfo with two X509Data: the IdP certificate first, the attacker\'s (the real signer) second', () => {
    const xml = customSign(forgedResponse(), IDS.assertion, { key: ATTACKER_KEY.key }).replace(
      '</X509Data></KeyInfo>',
      `</X509Data><X509Data><X509Certificate>${certBase64(ATTACKER_KEY.cert)}</X509Certificate></X509Data></KeyInfo>`,
    );
    expectRefused(validate(xml), EVIL);
  });

  it('an RSA signature value under an ECDSA SignatureMethod, against an EC-configured IdP', () => {
    const xml = customSign(forgedResponse(), IDS.assertion, {
      key: ATTACKER_KEY.key,
      signatureMethod: 'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256',
      keyInfoCert: IDP_EC_KEY.cert,
    });
    expectRefused(validate(xml, { idp: { certificates: [{ label: 'ec', pem: IDP_EC_KEY.cert }] } }), EVIL);
  });

  it('an empty SignatureValue', () => {
    const xml = signed({ assertion: { nameId: EVIL } }).replace(/<SignatureValue>[^<]*<\/SignatureValue>/, '<SignatureValue></SignatureValue>');
    expectRefused(validate(xml), EVIL);
  });
});

describe('fingerprint pins', () => {
  it('baseline: the IdP signs, KeyInfo matches the pinned fingerprint: accepted', () => {
    expectAccepted(validate(signed(), pinOnly(IDP_KEY.cert)));
  });

  it('KeyInfo holds the pinned IdP certificate, but the attacker signed', () => {
    const r = validate(signed({ assertion: { nameId: EVIL } }, { sign: 'assertion', key: ATTACKER_KEY.key, cert: IDP_KEY.cert }), pinOnly(IDP_KEY.cert));
    expectRefused(r, EVIL);
    expect(details(r).claimsVerified).toBe(false);
  });

  it('KeyInfo holds the attacker certificate, pin is the IdP\'s', () => {
    const r = validate(signed({ assertion: { nameId: EVIL } }, { sign: 'assertion', key: ATTACKER_KEY.key, cert: ATTACKER_KEY.cert }), pinOnly(IDP_KEY.cert));
    expectRefused(r, EVIL);
    expect(allCodes(r)).toContain('certificate-mismatch');
  });

  it('a SHA-1 pin of the IdP certificate, attacker key with the IdP certificate in KeyInfo', () => {
    const sha1 = new X509Certificate(IDP_KEY.cert).fingerprint;
    const r = validate(signed({ assertion: { nameId: EVIL } }, { sign: 'assertion', key: ATTACKER_KEY.key, cert: IDP_KEY.cert }), {
      idp: { certificates: [], fingerprints: [sha1] },
    });
    expectRefused(r, EVIL);
  });

  it('pinned IdP certificate second in KeyInfo, attacker certificate first', () => {
    const xml = customSign(forgedResponse(), IDS.assertion, { key: ATTACKER_KEY.key, keyInfoCert: ATTACKER_KEY.cert }).replace(
      '</X509Data></KeyInfo>',
      `</X509Data><X509Data><X509Certificate>${certBase64(IDP_KEY.cert)}</X509Certificate></X509Data></KeyInfo>`,
    );
    expectRefused(validate(xml, pinOnly(IDP_KEY.cert)), EVIL);
  });

  it('a truncated pin (prefix of the fingerprint) does not admit the attacker certificate', () => {
    const r = validate(signed({ assertion: { nameId: EVIL } }, { sign: 'assertion', key: ATTACKER_KEY.key, cert: ATTACKER_KEY.cert }), {
      idp: { certificates: [], fingerprints: [fingerprint(ATTACKER_KEY.cert).slice(0, 2)] },
    });
    expectRefused(r, EVIL);
  });
});

describe('expired configured certificate', () => {
  // Not a forgery: the key is the configured one. What matters is that the tool says the certificate expired.
  it('a signature by a configured certificate that expired on 2025-06-30 is at least reported', () => {
    const r = validate(signed({}, { sign: 'assertion', key: IDP_OLD_KEY.key, cert: IDP_OLD_KEY.cert }), {
      idp: { certificates: [{ label: 'idp-old', pem: IDP_OLD_KEY.cert }] },
    });
    const text = JSON.stringify(r.findings);
    expect(text, `findings: ${allCodes(r).join(', ')}`).toMatch(/expire/i);
    expect(allCodes(r)).toContain('signing-certificate-expired');
  });
});

describe('a config that trusts nothing', () => {
  // Was a hole at API level: signature-not-verified was a warning, so validateResponse returned ok: true.
  it('an attacker-signed Response is not ok when the config has no certificate and no fingerprint', () => {
    const r = validate(signed({ assertion: { nameId: EVIL } }, { sign: 'assertion', key: ATTACKER_KEY.key, cert: ATTACKER_KEY.cert }), {
      idp: { certificates: [], fingerprints: [] },
    });
    expectRefused(r, EVIL);
  });

  it('an unreadable configured certificate does not open the door', () => {
    const r = validate(signed({ assertion: { nameId: EVIL } }, { sign: 'assertion', key: ATTACKER_KEY.key, cert: ATTACKER_KEY.cert }), {
      idp: { certificates: [{ label: 'broken', pem: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----' }] },
    });
    expectRefused(r, EVIL);
  });
});
