/**
 * A hand-rolled XML-DSig signer for hostile shapes that xml-crypto's SignedXml will not produce:
 * any Reference URI, any transform list, any SignatureMethod (HMAC keyed with public bytes
 * included), the Signature placed anywhere. Canonicalisation is xml-crypto's own exclusive c14n,
 * independent of the product's in-place variant.
 */
import { createHash, createHmac, sign as cryptoSign } from 'node:crypto';
import type { Document, Element } from '@xmldom/xmldom';
import { ExclusiveCanonicalization } from 'xml-crypto';
import { walkElements } from '../../src/saml/dom.js';
import { DS, SAML } from '../../src/saml/ns.js';
import { IDP_KEY, certBase64 } from '../support/keys.js';
import { load, serialize } from './support.js';

export const ALG = {
  excC14n: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  excC14nWithComments: 'http://www.w3.org/2001/10/xml-exc-c14n#WithComments',
  c14n: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
  enveloped: 'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
  xpath: 'http://www.w3.org/TR/1999/REC-xpath-19991116',
  xslt: 'http://www.w3.org/TR/1999/REC-xslt-19991116',
  base64: 'http://www.w3.org/2000/09/xmldsig#base64',
  rsaSha256: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  rsaSha1: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
  hmacSha1: 'http://www.w3.org/2000/09/xmldsig#hmac-sha1',
  hmacSha256: 'http://www.w3.org/2001/04/xmldsig-more#hmac-sha256',
  sha256: 'http://www.w3.org/2001/04/xmlenc#sha256',
  sha1: 'http://www.w3.org/2000/09/xmldsig#sha1',
} as const;

export interface CustomSignOptions {
  /** Reference URI; default "#<id>"; null omits the attribute. */
  uri?: string | null;
  /** Transform algorithms in order; default enveloped + exclusive c14n. Raw XML strings are inserted as-is. */
  transforms?: Array<string | { raw: string }>;
  canonicalization?: string;
  signatureMethod?: string;
  digestMethod?: string;
  /** RSA/EC private key PEM (default: the IdP's); ignored for HMAC. */
  key?: string;
  /** HMAC key, for the key-confusion attack. */
  hmacKey?: Buffer;
  /** Certificate PEM put in KeyInfo (default: the IdP's); null leaves KeyInfo out. */
  keyInfoCert?: string | null;
  /** Where to put the Signature; default: right after the target's Issuer (or first). */
  place?: (target: Element, signature: Element) => void;
  /** Extra raw XML appended inside SignedInfo (a second Reference, ...). */
  extraSignedInfo?: string;
}

function hashOf(uri: string): 'sha1' | 'sha256' {
  return uri.endsWith('sha1') ? 'sha1' : 'sha256';
}

export function elementById(doc: Document, id: string): Element {
  let found: Element | undefined;
  walkElements(doc, (el) => {
    if (!found && el.getAttribute('ID') === id) found = el;
  });
  if (!found) throw new Error(`no element with ID ${id}`);
  return found;
}

/** Signs the element with ID `id` in `xml` (which may already carry other signatures) with a fully custom Signature. */
export function customSign(xml: string, id: string, o: CustomSignOptions = {}): string {
  const doc = load(xml);
  const target = elementById(doc, id);
  const c14n = new ExclusiveCanonicalization();
  const digestMethod = o.digestMethod ?? ALG.sha256;
  // Computed before the Signature exists: the same octets the enveloped-signature transform leaves.
  const digest = createHash(hashOf(digestMethod)).update(c14n.process(asXmlCryptoNode(target), {}), 'utf8').digest('base64');

  const uri = o.uri === undefined ? `#${id}` : o.uri;
  const transforms = (o.transforms ?? [ALG.enveloped, ALG.excC14n])
    .map((t) => (typeof t === 'string' ? `<Transform Algorithm="${t}"/>` : t.raw))
    .join('');
  const keyInfoCert = o.keyInfoCert === undefined ? IDP_KEY.cert : o.keyInfoCert;
  const signatureXml =
    `<Signature xmlns="${DS}"><SignedInfo>` +
    `<CanonicalizationMethod Algorithm="${o.canonicalization ?? ALG.excC14n}"/>` +
    `<SignatureMethod Algorithm="${o.signatureMethod ?? ALG.rsaSha256}"/>` +
    `<Reference${uri === null ? '' : ` URI="${uri}"`}><Transforms>${transforms}</Transforms>` +
    `<DigestMethod Algorithm="${digestMethod}"/><DigestValue>${digest}</DigestValue></Reference>` +
    `${o.extraSignedInfo ?? ''}</SignedInfo><SignatureValue/>` +
    (keyInfoCert === null ? '' : `<KeyInfo><X509Data><X509Certificate>${certBase64(keyInfoCert)}</X509Certificate></X509Data></KeyInfo>`) +
    `</Signature>`;
  const signature = doc.importNode(load(signatureXml).documentElement!, true) as Element;
  (o.place ?? placeAfterIssuer)(target, signature);

  const signedInfo = signature.getElementsByTagNameNS(DS, 'SignedInfo')[0]!;
  const material = Buffer.from(c14n.process(asXmlCryptoNode(signedInfo), {}), 'utf8');
  const method = o.signatureMethod ?? ALG.rsaSha256;
  const value = method.includes('hmac')
    ? createHmac(hashOf(method), o.hmacKey ?? Buffer.alloc(0)).update(material).digest()
    : cryptoSign(hashOf(method), material, o.key ?? IDP_KEY.key);
  signature.getElementsByTagNameNS(DS, 'SignatureValue')[0]!.textContent = value.toString('base64');
  return serialize(doc);
}

/** xml-crypto types its canonicaliser with its own bundled xmldom's Node; the objects are compatible. */
type XmlCryptoNode = Parameters<ExclusiveCanonicalization['process']>[0];
function asXmlCryptoNode(el: Element): XmlCryptoNode {
  return el as unknown as XmlCryptoNode;
}

function placeAfterIssuer(target: Element, signature: Element): void {
  const issuer = target.getElementsByTagNameNS(SAML, 'Issuer')[0];
  if (issuer && issuer.parentNode === target) target.insertBefore(signature, issuer.nextSibling);
  else target.insertBefore(signature, target.firstChild);
}
