/**
 * Opens saml:EncryptedAssertion elements with the SP's private key. Returns plaintext to be parsed
 * with parseXml and verified again: decryption proves nothing about who wrote the assertion.
 */
import { constants, createDecipheriv, createPrivateKey, createPublicKey, privateDecrypt } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { Document, Element } from '@xmldom/xmldom';
import { createRequire } from 'node:module';
import type forgeModule from 'node-forge';
import type { Finding } from '../../checks/types.js';
import { finding } from '../../checks/types.js';
import { assertionEncrypted } from '../../checks/signature/assertion-encrypted.js';
import { decryptFailed } from '../../checks/signature/decrypt-failed.js';
import { childElement, childElements } from '../../saml/dom.js';
import { DS, SAML, XENC } from '../../saml/ns.js';
import { elementPath } from '../xmldsig/document-index.js';
import type { CertSummary } from '../xmldsig/trusted.js';
import { readCertificate, summarizeCert } from '../xmldsig/trusted.js';

const XENC11 = 'http://www.w3.org/2009/xmlenc11#';

const BLOCK_CIPHERS: ReadonlyMap<string, { name: string; keyLength: number; gcm: boolean }> = new Map([
  [`${XENC}aes128-cbc`, { name: 'aes-128-cbc', keyLength: 16, gcm: false }],
  [`${XENC}aes192-cbc`, { name: 'aes-192-cbc', keyLength: 24, gcm: false }],
  [`${XENC}aes256-cbc`, { name: 'aes-256-cbc', keyLength: 32, gcm: false }],
  [`${XENC11}aes128-gcm`, { name: 'aes-128-gcm', keyLength: 16, gcm: true }],
  [`${XENC11}aes192-gcm`, { name: 'aes-192-gcm', keyLength: 24, gcm: true }],
  [`${XENC11}aes256-gcm`, { name: 'aes-256-gcm', keyLength: 32, gcm: true }],
]);

type OaepHash = 'sha1' | 'sha256' | 'sha512';

const OAEP_DIGESTS: ReadonlyMap<string, OaepHash> = new Map<string, OaepHash>([
  ['http://www.w3.org/2000/09/xmldsig#sha1', 'sha1'],
  ['http://www.w3.org/2001/04/xmlenc#sha256', 'sha256'],
  ['http://www.w3.org/2001/04/xmlenc#sha512', 'sha512'],
]);

const MGF_HASHES: ReadonlyMap<string, OaepHash> = new Map<string, OaepHash>([
  [`${XENC11}mgf1sha1`, 'sha1'],
  [`${XENC11}mgf1sha256`, 'sha256'],
  [`${XENC11}mgf1sha512`, 'sha512'],
]);

export interface DecryptedAssertion {
  /** The plaintext: an Assertion element, as XML text. */
  xml: string;
  /** Where the EncryptedAssertion was. */
  location: string;
}

export interface DecryptResult {
  assertions: DecryptedAssertion[];
  findings: Finding[];
}

/** What the EncryptedKey says about the key it was encrypted for. */
interface Recipient {
  cert?: CertSummary;
  certKey?: KeyObject;
  keyName?: string;
}

class DecryptError extends Error {}

/** Decrypts every EncryptedAssertion directly under the document's root element. */
export function decryptAssertions(doc: Document, spKeyPem: string | undefined): DecryptResult {
  const root = doc.documentElement;
  const encrypted = root ? childElements(root, SAML, 'EncryptedAssertion') : [];
  const result: DecryptResult = { assertions: [], findings: [] };
  if (encrypted.length === 0) return result;

  if (spKeyPem === undefined) {
    for (const ea of encrypted) result.findings.push(missingKeyFinding(ea));
    return result;
  }
  let spKey: KeyObject;
  try {
    spKey = createPrivateKey(spKeyPem);
  } catch {
    result.findings.push(
      finding(decryptFailed, {
        message: 'the SP private key given with --sp-key cannot be read',
        expected: 'an unencrypted PEM private key (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)',
        actual: 'an unreadable key',
        hint: 'SP admin: export the private key that belongs to the SP encryption certificate as PEM without a passphrase.',
      }),
    );
    return result;
  }

  for (const ea of encrypted) {
    const location = elementPath(ea);
    try {
      result.assertions.push({ xml: decryptOne(ea, spKey), location });
    } catch (e) {
      if (!(e instanceof DecryptError)) throw e;
      result.findings.push(
        finding(decryptFailed, {
          message: `the encrypted assertion could not be decrypted: ${e.message}`,
          location,
          hint:
            'IdP admin: upload the SP\'s current encryption certificate (Microsoft Entra: Enterprise applications › your app › ' +
            'Security > Token encryption), or SP admin: pass the private key that matches the certificate the IdP uses.',
        }),
      );
    }
  }
  return result;
}

function missingKeyFinding(ea: Element): Finding {
  const recipient = encryptedKey(ea) ? readRecipient(encryptedKey(ea)!) : {};
  const named = recipient.cert
    ? ` (encrypted for ${recipient.cert.subject}, SHA-256 ${recipient.cert.sha256})`
    : recipient.keyName
      ? ` (encrypted for the key named "${recipient.keyName}")`
      : '';
  return finding(assertionEncrypted, {
    message: `the assertion is encrypted${named}; its contents cannot be checked without the SP private key`,
    expected: 'the private key of the SP encryption certificate (--sp-key FILE)',
    actual: recipient.cert ?? (recipient.keyName ? { keyName: recipient.keyName } : 'no key given'),
    hint: 'Pass the private key matching the encryption certificate uploaded to the IdP with --sp-key. If the app does not expect encryption, IdP admin: turn off Token encryption (Microsoft Entra: Enterprise applications › your app › Security > Token encryption).',
    location: elementPath(ea),
  });
}

function decryptOne(ea: Element, spKey: KeyObject): string {
  const data = childElement(ea, XENC, 'EncryptedData');
  if (!data) throw new DecryptError('no xenc:EncryptedData inside the EncryptedAssertion');
  const cipherUri = childElement(data, XENC, 'EncryptionMethod')?.getAttribute('Algorithm') ?? '';
  const cipher = BLOCK_CIPHERS.get(cipherUri);
  if (!cipher) throw new DecryptError(`unsupported data encryption algorithm ${cipherUri || '(none)'}`);
  const ek = encryptedKey(ea);
  if (!ek) throw new DecryptError('no xenc:EncryptedKey found (neither in the EncryptedData KeyInfo nor beside it)');

  const recipient = readRecipient(ek);
  if (recipient.certKey && !sameKey(recipient.certKey, createPublicKey(spKey))) {
    throw new DecryptError(
      `it was encrypted for ${recipient.cert!.subject} (SHA-256 ${recipient.cert!.sha256}), which does not belong to the given SP key`,
    );
  }
  const aesKey = unwrapKey(ek, spKey);
  if (aesKey.length !== cipher.keyLength) {
    throw new DecryptError(`the decrypted key has ${aesKey.length} bytes, ${cipherUri} needs ${cipher.keyLength}: wrong SP key`);
  }
  const body = base64Of(childElement(data, XENC, 'CipherData'));
  return decryptBody(body, aesKey, cipher).toString('utf8');
}

/** The EncryptedKey: inside EncryptedData's KeyInfo (Entra, ADFS) or beside EncryptedData (Shibboleth style). */
function encryptedKey(ea: Element): Element | undefined {
  const data = childElement(ea, XENC, 'EncryptedData');
  const keyInfo = data && childElement(data, DS, 'KeyInfo');
  return (keyInfo && childElement(keyInfo, XENC, 'EncryptedKey')) ?? childElement(ea, XENC, 'EncryptedKey');
}

function readRecipient(ek: Element): Recipient {
  const keyInfo = childElement(ek, DS, 'KeyInfo');
  if (!keyInfo) return {};
  const keyName = childElement(keyInfo, DS, 'KeyName')?.textContent?.trim() || undefined;
  const data = childElement(keyInfo, DS, 'X509Data');
  const certText = data && childElement(data, DS, 'X509Certificate')?.textContent;
  const x509 = certText ? readCertificate(certText) : undefined;
  return { ...(keyName ? { keyName } : {}), ...(x509 ? { cert: summarizeCert(x509), certKey: x509.publicKey } : {}) };
}

function sameKey(a: KeyObject, b: KeyObject): boolean {
  return a.export({ type: 'spki', format: 'der' }).equals(b.export({ type: 'spki', format: 'der' }));
}

type KeyTransport = { padding: 'pkcs1' } | { padding: 'oaep'; digest: OaepHash; mgf: OaepHash };

function keyTransportOf(method: Element | undefined): KeyTransport {
  const uri = method?.getAttribute('Algorithm') ?? '';
  const digestUri = method && childElement(method, DS, 'DigestMethod')?.getAttribute('Algorithm');
  const digest = OAEP_DIGESTS.get(digestUri ?? 'http://www.w3.org/2000/09/xmldsig#sha1');
  switch (uri) {
    case `${XENC}rsa-1_5`:
      return { padding: 'pkcs1' };
    case `${XENC}rsa-oaep-mgf1p`:
      if (!digest) throw new DecryptError(`unsupported OAEP digest ${digestUri}`);
      return { padding: 'oaep', digest, mgf: 'sha1' };
    case `${XENC11}rsa-oaep`: {
      const mgfUri = method && childElement(method, XENC11, 'MGF')?.getAttribute('Algorithm');
      const mgf = MGF_HASHES.get(mgfUri ?? `${XENC11}mgf1sha1`);
      if (!digest) throw new DecryptError(`unsupported OAEP digest ${digestUri}`);
      if (!mgf) throw new DecryptError(`unsupported OAEP mask generation function ${mgfUri}`);
      return { padding: 'oaep', digest, mgf };
    }
    default:
      throw new DecryptError(`unsupported key transport algorithm ${uri || '(none)'}`);
  }
}

/**
 * RSA key transport. node:crypto for OAEP with one hash (the usual case, and fast); node-forge
 * where node:crypto cannot: PKCS#1 v1.5 decryption (refused since CVE-2023-46809) and OAEP whose
 * digest and MGF1 hash differ.
 */
function unwrapKey(ek: Element, spKey: KeyObject): Buffer {
  if (spKey.asymmetricKeyType !== 'rsa') throw new DecryptError(`the SP key is ${spKey.asymmetricKeyType}, key transport needs RSA`);
  const transport = keyTransportOf(childElement(ek, XENC, 'EncryptionMethod'));
  const wrapped = base64Of(childElement(ek, XENC, 'CipherData'));
  try {
    if (transport.padding === 'oaep' && transport.digest === transport.mgf) {
      return privateDecrypt({ key: spKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: transport.digest }, wrapped);
    }
    const forge = loadForge();
    const forgeKey = forge.pki.privateKeyFromPem(spKey.export({ type: 'pkcs1', format: 'pem' }).toString()) as forgeModule.pki.rsa.PrivateKey;
    const bytes = wrapped.toString('binary');
    const plain =
      transport.padding === 'pkcs1'
        ? forgeKey.decrypt(bytes, 'RSAES-PKCS1-V1_5')
        : forgeKey.decrypt(bytes, 'RSA-OAEP', { md: forgeMd(forge, transport.digest), mgf1: { md: forgeMd(forge, transport.mgf) } });
    return Buffer.from(plain, 'binary');
  } catch {
    throw new DecryptError('the symmetric key does not decrypt with the SP key: the IdP encrypted for another certificate');
  }
}

/** node-forge is some 40 modules: loaded only on the rare paths that need it, not at start-up. */
function loadForge(): typeof forgeModule {
  return createRequire(import.meta.url)('node-forge') as typeof forgeModule;
}

function forgeMd(forge: typeof forgeModule, hash: OaepHash): forgeModule.md.MessageDigest {
  return hash === 'sha1' ? forge.md.sha1.create() : hash === 'sha256' ? forge.md.sha256.create() : forge.md.sha512.create();
}

function decryptBody(body: Buffer, key: Buffer, cipher: { name: string; gcm: boolean }): Buffer {
  try {
    if (cipher.gcm) {
      if (body.length < 28) throw new DecryptError('the encrypted data is too short');
      const d = createDecipheriv(cipher.name as 'aes-256-gcm', key, body.subarray(0, 12));
      d.setAuthTag(body.subarray(body.length - 16));
      return Buffer.concat([d.update(body.subarray(12, body.length - 16)), d.final()]);
    }
    if (body.length < 32 || body.length % 16 !== 0) throw new DecryptError('the encrypted data is not a whole number of AES blocks');
    const d = createDecipheriv(cipher.name, key, body.subarray(0, 16));
    // XML Encryption pads with arbitrary bytes and a final length byte, not strict PKCS#7.
    d.setAutoPadding(false);
    const plain = Buffer.concat([d.update(body.subarray(16)), d.final()]);
    const pad = plain[plain.length - 1]!;
    if (pad < 1 || pad > 16) throw new DecryptError('bad padding after decryption: wrong key');
    return plain.subarray(0, plain.length - pad);
  } catch (e) {
    if (e instanceof DecryptError) throw e;
    throw new DecryptError(`the data does not decrypt: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function base64Of(cipherData: Element | undefined): Buffer {
  const value = cipherData && childElement(cipherData, XENC, 'CipherValue');
  if (!value) throw new DecryptError('no CipherValue (CipherReference is not supported)');
  return Buffer.from((value.textContent ?? '').replace(/\s+/g, ''), 'base64');
}
