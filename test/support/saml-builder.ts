/**
 * Builds realistic Microsoft Entra-shaped SAML messages for tests: a pure XML builder, then
 * signing (xml-crypto), encryption (node:crypto / node-forge) and redirect-binding encoding.
 * Shape follows what Entra sends: samlp-prefixed Response, Assertion in the default saml namespace,
 * the ds:Signature as a default-namespace element right after the signed element's Issuer.
 */
import { createCipheriv, createPrivateKey, createPublicKey, createHash, randomBytes, sign as cryptoSign, verify as cryptoVerify } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';
import forge from 'node-forge';
import { SignedXml } from 'xml-crypto';
import {
  BEARER,
  BINDING,
  CLAIM,
  IDP,
  IDS,
  NAMEID_FORMAT,
  NS,
  SP,
  STATUS,
  TENANT_ID,
  TIMES,
  USER,
} from './constants.js';
import { IDP_KEY, certBase64 } from './keys.js';

/** `null` omits an element or attribute; `undefined` takes the default. */
type Opt<T> = T | null | undefined;

export interface AttributeSpec {
  name: string;
  friendlyName?: string;
  nameFormat?: string;
  values: string[];
}

export interface AssertionOptions {
  id?: string;
  issueInstant?: string;
  issuer?: Opt<string>;
  nameId?: Opt<string>;
  nameIdFormat?: Opt<string>;
  /** Raw XML placed inside NameID instead of the escaped value (comment-injection tests). */
  nameIdRawContent?: string;
  subjectConfirmationMethod?: string;
  recipient?: Opt<string>;
  subjectNotOnOrAfter?: Opt<string>;
  /** Defaults to the Response's InResponseTo. */
  subjectInResponseTo?: Opt<string>;
  /** `false` omits the whole Conditions element. */
  conditions?: boolean;
  notBefore?: Opt<string>;
  notOnOrAfter?: Opt<string>;
  /** Zero entries: an empty AudienceRestriction is omitted too. */
  audiences?: string[];
  /** Replaces the default Entra claims entirely. */
  attributes?: AttributeSpec[];
  /** Adds the groups claim with these object IDs. */
  groups?: string[];
  /** Adds the groups.link overage claim instead of groups (Entra: user in too many groups). */
  groupsOverage?: boolean;
  /** `false` omits the AuthnStatement. */
  authnStatement?: boolean;
  authnInstant?: string;
  sessionIndex?: string;
  sessionNotOnOrAfter?: Opt<string>;
  authnContextClassRef?: string;
  /** Raw XML injection points. */
  extra?: { afterIssuer?: string; inSubject?: string; inConditions?: string; end?: string };
}

export interface ResponseOptions {
  id?: string;
  issueInstant?: string;
  destination?: Opt<string>;
  inResponseTo?: Opt<string>;
  issuer?: Opt<string>;
  status?: { code?: string; subCode?: string; message?: string };
  /** Options of the single assertion (ignored when `assertions` is given). */
  assertion?: AssertionOptions;
  /** One entry per assertion; default: one assertion on success, none otherwise. */
  assertions?: AssertionOptions[];
  extra?: { afterIssuer?: string; afterStatus?: string; end?: string };
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attr(name: string, value: Opt<string>): string {
  return value == null ? '' : ` ${name}="${escapeXml(value)}"`;
}

export function entraAttributes(opts: { groups?: string[]; groupsOverage?: boolean } = {}): AttributeSpec[] {
  const list: AttributeSpec[] = [
    { name: CLAIM.tenantId, values: [TENANT_ID] },
    { name: CLAIM.objectId, values: [USER.objectId] },
    { name: CLAIM.displayName, values: [USER.displayName] },
    { name: CLAIM.identityProvider, values: [IDP.entityId] },
    { name: CLAIM.authnMethods, values: ['http://schemas.microsoft.com/ws/2008/06/identity/authenticationmethod/password'] },
    { name: CLAIM.givenName, values: [USER.givenName] },
    { name: CLAIM.surname, values: [USER.surname] },
    { name: CLAIM.email, values: [USER.nameId] },
    { name: CLAIM.name, values: [USER.nameId] },
  ];
  if (opts.groups) list.push({ name: CLAIM.groups, values: opts.groups });
  if (opts.groupsOverage) {
    list.push({
      name: CLAIM.groupsLink,
      values: [`https://graph.windows.net/${TENANT_ID}/users/${USER.objectId}/getMemberObjects`],
    });
  }
  return list;
}

function attributeXml(a: AttributeSpec): string {
  const values = a.values.map((v) => `<AttributeValue>${escapeXml(v)}</AttributeValue>`).join('');
  return `<Attribute${attr('Name', a.name)}${attr('FriendlyName', a.friendlyName)}${attr('NameFormat', a.nameFormat)}>${values}</Attribute>`;
}

export function buildAssertion(o: AssertionOptions = {}, inResponseTo: Opt<string> = IDS.request, index = 0): string {
  const id = o.id ?? (index === 0 ? IDS.assertion : `${IDS.assertion}-${index + 1}`);
  const issuer = o.issuer === undefined ? IDP.entityId : o.issuer;
  const x = o.extra ?? {};

  const nameIdValue = o.nameId === undefined ? USER.nameId : o.nameId;
  const nameIdFormat = o.nameIdFormat === undefined ? NAMEID_FORMAT.email : o.nameIdFormat;
  const nameIdContent = o.nameIdRawContent ?? (nameIdValue == null ? null : escapeXml(nameIdValue));
  const nameId = nameIdContent == null ? '' : `<NameID${attr('Format', nameIdFormat)}>${nameIdContent}</NameID>`;
  const scd =
    `<SubjectConfirmationData${attr('InResponseTo', o.subjectInResponseTo === undefined ? inResponseTo : o.subjectInResponseTo)}` +
    `${attr('NotOnOrAfter', o.subjectNotOnOrAfter === undefined ? TIMES.subjectNotOnOrAfter : o.subjectNotOnOrAfter)}` +
    `${attr('Recipient', o.recipient === undefined ? SP.acsUrl : o.recipient)}/>`;
  const subject =
    `<Subject>${nameId}<SubjectConfirmation Method="${escapeXml(o.subjectConfirmationMethod ?? BEARER)}">${scd}</SubjectConfirmation>` +
    `${x.inSubject ?? ''}</Subject>`;

  const audiences = o.audiences ?? [SP.entityId];
  const audienceXml = audiences.length
    ? `<AudienceRestriction>${audiences.map((a) => `<Audience>${escapeXml(a)}</Audience>`).join('')}</AudienceRestriction>`
    : '';
  const conditions =
    o.conditions === false
      ? ''
      : `<Conditions${attr('NotBefore', o.notBefore === undefined ? TIMES.notBefore : o.notBefore)}` +
        `${attr('NotOnOrAfter', o.notOnOrAfter === undefined ? TIMES.notOnOrAfter : o.notOnOrAfter)}>` +
        `${audienceXml}${x.inConditions ?? ''}</Conditions>`;

  const attributes = o.attributes ?? entraAttributes({ groups: o.groups, groupsOverage: o.groupsOverage });
  const attributeStatement = attributes.length
    ? `<AttributeStatement>${attributes.map(attributeXml).join('')}</AttributeStatement>`
    : '';

  const authn =
    o.authnStatement === false
      ? ''
      : `<AuthnStatement AuthnInstant="${escapeXml(o.authnInstant ?? TIMES.authnInstant)}"` +
        `${attr('SessionNotOnOrAfter', o.sessionNotOnOrAfter === undefined ? null : o.sessionNotOnOrAfter)}` +
        ` SessionIndex="${escapeXml(o.sessionIndex ?? id)}"><AuthnContext><AuthnContextClassRef>` +
        `${escapeXml(o.authnContextClassRef ?? 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport')}` +
        `</AuthnContextClassRef></AuthnContext></AuthnStatement>`;

  return (
    `<Assertion ID="${escapeXml(id)}" IssueInstant="${escapeXml(o.issueInstant ?? TIMES.issueInstant)}" Version="2.0" xmlns="${NS.saml}">` +
    `${issuer == null ? '' : `<Issuer>${escapeXml(issuer)}</Issuer>`}${x.afterIssuer ?? ''}` +
    `${subject}${conditions}${attributeStatement}${authn}${x.end ?? ''}</Assertion>`
  );
}

/** A samlp:Response as Microsoft Entra sends it (compact, no whitespace between elements). */
export function buildResponse(o: ResponseOptions = {}): string {
  const inResponseTo = o.inResponseTo === undefined ? IDS.request : o.inResponseTo;
  const issuer = o.issuer === undefined ? IDP.entityId : o.issuer;
  const status = o.status ?? {};
  const code = status.code ?? STATUS.success;
  const statusCode = status.subCode
    ? `<samlp:StatusCode Value="${escapeXml(code)}"><samlp:StatusCode Value="${escapeXml(status.subCode)}"/></samlp:StatusCode>`
    : `<samlp:StatusCode Value="${escapeXml(code)}"/>`;
  const statusMessage = status.message ? `<samlp:StatusMessage>${escapeXml(status.message)}</samlp:StatusMessage>` : '';
  const assertions = o.assertions ?? (code === STATUS.success ? [o.assertion ?? {}] : []);
  const x = o.extra ?? {};
  return (
    `<samlp:Response ID="${escapeXml(o.id ?? IDS.response)}" Version="2.0" IssueInstant="${escapeXml(o.issueInstant ?? TIMES.issueInstant)}"` +
    `${attr('Destination', o.destination === undefined ? SP.acsUrl : o.destination)}${attr('InResponseTo', inResponseTo)}` +
    ` xmlns:samlp="${NS.samlp}">` +
    `${issuer == null ? '' : `<Issuer xmlns="${NS.saml}">${escapeXml(issuer)}</Issuer>`}${x.afterIssuer ?? ''}` +
    `<samlp:Status>${statusCode}${statusMessage}</samlp:Status>${x.afterStatus ?? ''}` +
    `${assertions.map((a, i) => buildAssertion(a, inResponseTo, i)).join('')}${x.end ?? ''}</samlp:Response>`
  );
}

// ---------------------------------------------------------------------------------------------
// Signing

export type HashName = 'sha1' | 'sha256' | 'sha384' | 'sha512';

export const SIGNATURE_URI: Record<'rsa' | 'ec', Partial<Record<HashName, string>>> = {
  rsa: {
    sha1: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
    sha256: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    sha384: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384',
    sha512: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
  },
  ec: {
    sha256: 'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256',
    sha384: 'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384',
  },
};

export const DIGEST_URI: Record<HashName, string> = {
  sha1: 'http://www.w3.org/2000/09/xmldsig#sha1',
  sha256: 'http://www.w3.org/2001/04/xmlenc#sha256',
  sha384: 'http://www.w3.org/2001/04/xmldsig-more#sha384',
  sha512: 'http://www.w3.org/2001/04/xmlenc#sha512',
};

export interface SignOptions {
  sign: 'assertion' | 'response' | 'both' | 'none';
  /** Private key PEM; default: the IdP's current key. */
  key?: string;
  /** Certificate PEM put in KeyInfo; default: the IdP's current certificate. */
  cert?: string;
  /** Hash of signature and digest (default sha256). */
  algorithm?: HashName;
  /** Digest hash when it differs from the signature hash. */
  digest?: HashName;
  /** Default true, as Entra sends its certificate. */
  includeKeyInfo?: boolean;
  /** Which assertion to sign (default: the first). */
  assertionId?: string;
  /** Use exclusive c14n WithComments (an unusual choice, for tests). */
  withComments?: boolean;
  /** InclusiveNamespaces PrefixList of the reference transform (Okta sends "xs"). */
  inclusivePrefixes?: string[];
  /** Namespace prefix of the signature elements, e.g. "ds" (Okta, ADFS); default: none, as Entra. */
  signaturePrefix?: string;
}

/** xml-crypto knows only some algorithms; node:crypto does them all, so every one goes through here. */
function nodeSignatureAlgorithm(uri: string, hash: HashName, ec: boolean) {
  const dsaEncoding = ec ? ('ieee-p1363' as const) : undefined;
  return class {
    getSignature(signedInfo: string, privateKey: string): string {
      return cryptoSign(hash, Buffer.from(signedInfo), { key: createPrivateKey(privateKey), dsaEncoding }).toString('base64');
    }
    verifySignature(material: string, key: string, value: string): boolean {
      return cryptoVerify(hash, Buffer.from(material), { key: createPublicKey(key), dsaEncoding }, Buffer.from(value, 'base64'));
    }
    getAlgorithmName(): string {
      return uri;
    }
  };
}

function nodeHashAlgorithm(uri: string, hash: HashName) {
  return class {
    getHash(xml: string): string {
      return createHash(hash).update(xml, 'utf8').digest('base64');
    }
    getAlgorithmName(): string {
      return uri;
    }
  };
}

/** Registers our algorithms on a SignedXml instance (also used by tests cross-checking with xml-crypto). */
export function registerAlgorithms(sig: SignedXml): void {
  for (const kind of ['rsa', 'ec'] as const) {
    for (const [hash, uri] of Object.entries(SIGNATURE_URI[kind])) {
      (sig.SignatureAlgorithms as Record<string, unknown>)[uri] = nodeSignatureAlgorithm(uri, hash as HashName, kind === 'ec');
    }
  }
  for (const [hash, uri] of Object.entries(DIGEST_URI)) {
    (sig.HashAlgorithms as Record<string, unknown>)[uri] = nodeHashAlgorithm(uri, hash as HashName);
  }
}

const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const EXC_C14N_WITH_COMMENTS = 'http://www.w3.org/2001/10/xml-exc-c14n#WithComments';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

/** Signs the element with this ID (enveloped, after its Issuer if it has one): also for metadata or requests. */
export function signElementById(xml: string, id: string, o: Omit<SignOptions, 'sign' | 'assertionId'>): string {
  const key = o.key ?? IDP_KEY.key;
  const cert = o.cert ?? IDP_KEY.cert;
  const kind = createPublicKey(key).asymmetricKeyType === 'ec' ? 'ec' : 'rsa';
  const hash = o.algorithm ?? 'sha256';
  const signatureAlgorithm = SIGNATURE_URI[kind][hash];
  if (!signatureAlgorithm) throw new Error(`no ${kind} signature algorithm for ${hash}`);
  const sig = new SignedXml({
    privateKey: key,
    publicCert: cert,
    signatureAlgorithm,
    canonicalizationAlgorithm: o.withComments ? EXC_C14N_WITH_COMMENTS : EXC_C14N,
    getKeyInfoContent:
      o.includeKeyInfo === false
        ? () => null
        : () => `<X509Data><X509Certificate>${certBase64(cert)}</X509Certificate></X509Data>`,
  });
  registerAlgorithms(sig);
  const target = `//*[@ID='${id}']`;
  sig.addReference({
    xpath: target,
    transforms: [ENVELOPED, o.withComments ? EXC_C14N_WITH_COMMENTS : EXC_C14N],
    digestAlgorithm: DIGEST_URI[o.digest ?? hash],
    inclusiveNamespacesPrefixList: o.inclusivePrefixes ?? [],
  });
  const hasIssuer = new DOMParser()
    .parseFromString(xml, 'text/xml')
    .getElementsByTagNameNS(NS.saml, 'Issuer');
  const issuerInTarget = Array.from(hasIssuer).some((el) => (el.parentNode as Element | null)?.getAttribute('ID') === id);
  sig.computeSignature(xml, {
    ...(o.signaturePrefix ? { prefix: o.signaturePrefix } : {}),
    location: issuerInTarget
      ? { reference: `${target}/*[local-name()='Issuer']`, action: 'after' }
      : { reference: target, action: 'prepend' },
  });
  return sig.getSignedXml();
}

function firstAssertionId(xml: string): string {
  const m = /<(?:\w+:)?Assertion\b[^>]*\bID="([^"]+)"/.exec(xml);
  if (!m) throw new Error('no Assertion to sign');
  return m[1]!;
}

function responseId(xml: string): string {
  const m = /<(?:\w+:)?Response\b[^>]*\bID="([^"]+)"/.exec(xml);
  if (!m) throw new Error('no Response to sign');
  return m[1]!;
}

/** Signs the Assertion, the Response, or both (the assertion first, as the response digest covers it). */
export function signResponse(xml: string, o: SignOptions): string {
  let out = xml;
  if (o.sign === 'assertion' || o.sign === 'both') out = signElementById(out, o.assertionId ?? firstAssertionId(out), o);
  if (o.sign === 'response' || o.sign === 'both') out = signElementById(out, responseId(out), o);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Encryption

export type KeyTransport = 'rsa-oaep' | 'rsa-oaep-sha256' | 'rsa-1_5';
export type BlockCipher = 'aes128-cbc' | 'aes256-cbc' | 'aes128-gcm' | 'aes256-gcm';

export interface EncryptOptions {
  keyTransport?: KeyTransport;
  cipher?: BlockCipher;
  /** Put the SP certificate in the EncryptedKey's KeyInfo (default true). */
  includeCert?: boolean;
  keyName?: string;
}

const CIPHER_URI: Record<BlockCipher, string> = {
  'aes128-cbc': 'http://www.w3.org/2001/04/xmlenc#aes128-cbc',
  'aes256-cbc': 'http://www.w3.org/2001/04/xmlenc#aes256-cbc',
  'aes128-gcm': 'http://www.w3.org/2009/xmlenc11#aes128-gcm',
  'aes256-gcm': 'http://www.w3.org/2009/xmlenc11#aes256-gcm',
};

function encryptKey(aesKey: Buffer, spCert: string, transport: KeyTransport): { method: string; value: Buffer } {
  const pub = forge.pki.certificateFromPem(spCert).publicKey as forge.pki.rsa.PublicKey;
  const bytes = aesKey.toString('binary');
  let encrypted: string;
  let method: string;
  switch (transport) {
    case 'rsa-1_5':
      encrypted = pub.encrypt(bytes, 'RSAES-PKCS1-V1_5');
      method = `<xenc:EncryptionMethod Algorithm="${NS.xenc}rsa-1_5"/>`;
      break;
    case 'rsa-oaep':
      encrypted = pub.encrypt(bytes, 'RSA-OAEP', { md: forge.md.sha1.create(), mgf1: { md: forge.md.sha1.create() } });
      method =
        `<xenc:EncryptionMethod Algorithm="${NS.xenc}rsa-oaep-mgf1p">` +
        `<ds:DigestMethod Algorithm="${DIGEST_URI.sha1}"/></xenc:EncryptionMethod>`;
      break;
    case 'rsa-oaep-sha256':
      // xenc11 rsa-oaep: the DigestMethod is the OAEP hash, MGF1 stays SHA-1 unless an MGF element says otherwise.
      encrypted = pub.encrypt(bytes, 'RSA-OAEP', { md: forge.md.sha256.create(), mgf1: { md: forge.md.sha1.create() } });
      method =
        `<xenc:EncryptionMethod Algorithm="${NS.xenc11}rsa-oaep">` +
        `<ds:DigestMethod Algorithm="${DIGEST_URI.sha256}"/></xenc:EncryptionMethod>`;
      break;
  }
  return { method, value: Buffer.from(encrypted, 'binary') };
}

function encryptData(plain: Buffer, cipher: BlockCipher): { key: Buffer; value: Buffer } {
  const key = randomBytes(cipher.startsWith('aes128') ? 16 : 32);
  if (cipher.endsWith('gcm')) {
    const iv = randomBytes(12);
    const c = createCipheriv(cipher === 'aes128-gcm' ? 'aes-128-gcm' : 'aes-256-gcm', key, iv);
    const body = Buffer.concat([c.update(plain), c.final()]);
    return { key, value: Buffer.concat([iv, body, c.getAuthTag()]) };
  }
  const iv = randomBytes(16);
  const c = createCipheriv(cipher === 'aes128-cbc' ? 'aes-128-cbc' : 'aes-256-cbc', key, iv);
  return { key, value: Buffer.concat([iv, c.update(plain), c.final()]) };
}

/** Replaces the first Assertion with a saml:EncryptedAssertion for the SP's certificate. */
export function encryptAssertion(xml: string, spCert: string, o: EncryptOptions = {}): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const assertion = doc.getElementsByTagNameNS(NS.saml, 'Assertion')[0];
  if (!assertion) throw new Error('no Assertion to encrypt');
  const plain = Buffer.from(new XMLSerializer().serializeToString(assertion), 'utf8');
  const cipher = o.cipher ?? 'aes256-cbc';
  const data = encryptData(plain, cipher);
  const ek = encryptKey(data.key, spCert, o.keyTransport ?? 'rsa-oaep');
  const keyInfo =
    (o.keyName ? `<ds:KeyName>${escapeXml(o.keyName)}</ds:KeyName>` : '') +
    (o.includeCert === false ? '' : `<ds:X509Data><ds:X509Certificate>${certBase64(spCert)}</ds:X509Certificate></ds:X509Data>`);
  const encrypted =
    `<saml:EncryptedAssertion xmlns:saml="${NS.saml}">` +
    `<xenc:EncryptedData xmlns:xenc="${NS.xenc}" xmlns:ds="${NS.ds}" Type="${NS.xenc}Element">` +
    `<xenc:EncryptionMethod Algorithm="${CIPHER_URI[cipher]}"/>` +
    `<ds:KeyInfo><xenc:EncryptedKey>${ek.method}` +
    `${keyInfo ? `<ds:KeyInfo>${keyInfo}</ds:KeyInfo>` : ''}` +
    `<xenc:CipherData><xenc:CipherValue>${ek.value.toString('base64')}</xenc:CipherValue></xenc:CipherData>` +
    `</xenc:EncryptedKey></ds:KeyInfo>` +
    `<xenc:CipherData><xenc:CipherValue>${data.value.toString('base64')}</xenc:CipherValue></xenc:CipherData>` +
    `</xenc:EncryptedData></saml:EncryptedAssertion>`;
  const replacement = new DOMParser().parseFromString(encrypted, 'text/xml').documentElement!;
  assertion.parentNode!.replaceChild(doc.importNode(replacement, true), assertion);
  return new XMLSerializer().serializeToString(doc);
}

// ---------------------------------------------------------------------------------------------
// AuthnRequest and the redirect binding

export interface AuthnRequestOptions {
  id?: string;
  issueInstant?: string;
  destination?: Opt<string>;
  acsUrl?: Opt<string>;
  issuer?: Opt<string>;
  nameIdPolicyFormat?: Opt<string>;
  protocolBinding?: Opt<string>;
  forceAuthn?: boolean;
}

export function buildAuthnRequest(o: AuthnRequestOptions = {}): string {
  const issuer = o.issuer === undefined ? SP.entityId : o.issuer;
  const format = o.nameIdPolicyFormat === undefined ? NAMEID_FORMAT.email : o.nameIdPolicyFormat;
  return (
    `<samlp:AuthnRequest xmlns:samlp="${NS.samlp}" xmlns:saml="${NS.saml}" ID="${escapeXml(o.id ?? IDS.request)}" Version="2.0"` +
    ` IssueInstant="${escapeXml(o.issueInstant ?? '2026-11-20T09:14:51Z')}"` +
    `${attr('Destination', o.destination === undefined ? IDP.ssoUrl : o.destination)}` +
    `${attr('AssertionConsumerServiceURL', o.acsUrl === undefined ? SP.acsUrl : o.acsUrl)}` +
    `${attr('ProtocolBinding', o.protocolBinding === undefined ? BINDING.post : o.protocolBinding)}` +
    `${o.forceAuthn ? ' ForceAuthn="true"' : ''}>` +
    `${issuer == null ? '' : `<saml:Issuer>${escapeXml(issuer)}</saml:Issuer>`}` +
    `${format == null ? '' : `<samlp:NameIDPolicy Format="${escapeXml(format)}" AllowCreate="true"/>`}` +
    `</samlp:AuthnRequest>`
  );
}

export interface RedirectOptions {
  /** Base URL (the IdP sign-in URL for a request). */
  url?: string;
  param?: 'SAMLRequest' | 'SAMLResponse';
  relayState?: string;
  /** Private key PEM: adds SigAlg and Signature over the exact query string. */
  key?: string;
  algorithm?: 'sha256' | 'sha1';
}

/** HTTP-Redirect binding: raw DEFLATE, base64, URL-encode; optionally signed. */
export function encodeRedirect(xml: string, o: RedirectOptions = {}): string {
  const param = o.param ?? 'SAMLRequest';
  let query = `${param}=${encodeURIComponent(deflateRawSync(Buffer.from(xml, 'utf8')).toString('base64'))}`;
  if (o.relayState !== undefined) query += `&RelayState=${encodeURIComponent(o.relayState)}`;
  if (o.key) {
    const hash = o.algorithm ?? 'sha256';
    query += `&SigAlg=${encodeURIComponent(SIGNATURE_URI.rsa[hash]!)}`;
    const signature = cryptoSign(hash, Buffer.from(query, 'utf8'), o.key).toString('base64');
    query += `&Signature=${encodeURIComponent(signature)}`;
  }
  return `${o.url ?? IDP.ssoUrl}?${query}`;
}
