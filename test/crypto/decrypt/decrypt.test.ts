import { describe, expect, it } from 'vitest';
import { decryptAssertions } from '../../../src/crypto/decrypt/index.js';
import { verifyDocumentSignatures } from '../../../src/crypto/xmldsig/index.js';
import { parseXml } from '../../../src/xml/parse.js';
import { IDS } from '../../support/constants.js';
import { IDP_KEY, SP_KEY } from '../../support/keys.js';
import { buildResponse, encryptAssertion, signResponse } from '../../support/saml-builder.js';
import type { BlockCipher, KeyTransport } from '../../support/saml-builder.js';
import { IDP_TRUSTED, codes, parse } from '../xmldsig/helpers.js';

const signedAndEncrypted = (o: Parameters<typeof encryptAssertion>[2] = {}, cert = SP_KEY.cert) =>
  encryptAssertion(signResponse(buildResponse(), { sign: 'assertion' }), cert, o);

describe('decryptAssertions', () => {
  const transports: KeyTransport[] = ['rsa-oaep', 'rsa-oaep-sha256', 'rsa-1_5'];
  const ciphers: BlockCipher[] = ['aes128-cbc', 'aes256-cbc', 'aes128-gcm', 'aes256-gcm'];
  it.each(transports.flatMap((t) => ciphers.map((c) => [t, c] as const)))(
    '%s + %s: decrypts to the signed assertion, whose signature still verifies on its own',
    (keyTransport, cipher) => {
      const doc = parse(signedAndEncrypted({ keyTransport, cipher }));
      const result = decryptAssertions(doc, SP_KEY.key);
      expect(result.findings).toEqual([]);
      expect(result.assertions).toHaveLength(1);
      expect(result.assertions[0]!.location).toBe('samlp:Response/saml:EncryptedAssertion');
      const plain = parseXml(result.assertions[0]!.xml);
      expect(plain.findings).toEqual([]);
      const report = verifyDocumentSignatures(plain.doc!, { trusted: IDP_TRUSTED, allowSha1: false });
      expect(report.findings).toEqual([]);
      expect(report.signedAssertion?.getAttribute('ID')).toBe(IDS.assertion);
    },
  );

  it('without a key: assertion-encrypted, naming the certificate the assertion was encrypted for', () => {
    const result = decryptAssertions(parse(signedAndEncrypted({ keyName: 'elevenlabs-2026' })), undefined);
    expect(codes(result)).toEqual(['assertion-encrypted']);
    expect(result.findings[0]!.message).toContain('CN=elevenlabs.io');
    expect(result.findings[0]!.actual).toMatchObject({ subject: 'CN=elevenlabs.io' });
    expect(result.assertions).toEqual([]);
  });

  it('without a key and only a KeyName: the finding names the key', () => {
    const result = decryptAssertions(parse(signedAndEncrypted({ includeCert: false, keyName: 'elevenlabs-2026' })), undefined);
    expect(codes(result)).toEqual(['assertion-encrypted']);
    expect(result.findings[0]!.message).toContain('"elevenlabs-2026"');
  });

  it('a key that does not match the certificate the IdP encrypted for: decrypt-failed saying so', () => {
    const result = decryptAssertions(parse(signedAndEncrypted()), IDP_KEY.key);
    expect(codes(result)).toEqual(['decrypt-failed']);
    expect(result.findings[0]!.message).toMatch(/encrypted for CN=elevenlabs.io .* does not belong to the given SP key/);
  });

  it('the wrong key and no certificate to compare: decrypt-failed from the key transport itself', () => {
    const result = decryptAssertions(parse(signedAndEncrypted({ includeCert: false })), IDP_KEY.key);
    expect(codes(result)).toEqual(['decrypt-failed']);
    expect(result.findings[0]!.message).toMatch(/another certificate|wrong SP key|padding/);
  });

  it('an unreadable SP key, an unknown cipher, tampered ciphertext: decrypt-failed, never a throw', () => {
    expect(codes(decryptAssertions(parse(signedAndEncrypted()), 'not a key'))).toEqual(['decrypt-failed']);
    const unknown = signedAndEncrypted().replace('xmlenc#aes256-cbc', 'xmlenc#tripledes-cbc');
    expect(decryptAssertions(parse(unknown), SP_KEY.key).findings[0]!.message).toMatch(/unsupported data encryption algorithm/);
    const gcm = signedAndEncrypted({ cipher: 'aes256-gcm' });
    const body = /<xenc:CipherValue>([^<]+)<\/xenc:CipherValue><\/xenc:CipherData><\/xenc:EncryptedData>/.exec(gcm)![1]!;
    const flipped = Buffer.from(body, 'base64');
    flipped[20] ^= 1;
    const tampered = gcm.replace(body, flipped.toString('base64'));
    expect(codes(decryptAssertions(parse(tampered), SP_KEY.key))).toEqual(['decrypt-failed']);
  });

  it('a response without EncryptedAssertion yields nothing', () => {
    expect(decryptAssertions(parse(buildResponse()), undefined)).toEqual({ assertions: [], findings: [] });
  });
});
