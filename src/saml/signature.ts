import type { Element } from '@xmldom/xmldom';
import type { SignaturePresence } from './types.js';
import { attr, childElement, childElements, textOf } from './dom.js';
import { DS } from './ns.js';

/**
 * The ds:Signature that is a direct child of `el`, described but not verified. The KeyInfo
 * certificates are whatever the sender put there: display and comparison only, never trust.
 */
export function readSignaturePresence(el: Element, on: string): SignaturePresence | undefined {
  const sig = childElement(el, DS, 'Signature');
  if (!sig) return undefined;
  const signedInfo = childElement(sig, DS, 'SignedInfo');
  const references = signedInfo ? childElements(signedInfo, DS, 'Reference') : [];
  const firstRef = references[0];
  const keyInfo = childElement(sig, DS, 'KeyInfo');
  const certificates: string[] = [];
  if (keyInfo) {
    for (const data of childElements(keyInfo, DS, 'X509Data')) {
      for (const cert of childElements(data, DS, 'X509Certificate')) {
        const b64 = (textOf(cert) ?? '').replace(/\s+/g, '');
        if (b64) certificates.push(b64);
      }
    }
  }
  return {
    on,
    elementId: attr(el, 'ID'),
    signatureAlgorithm: attr(signedInfo && childElement(signedInfo, DS, 'SignatureMethod'), 'Algorithm'),
    digestAlgorithm: attr(firstRef && childElement(firstRef, DS, 'DigestMethod'), 'Algorithm'),
    canonicalization: attr(signedInfo && childElement(signedInfo, DS, 'CanonicalizationMethod'), 'Algorithm'),
    referenceUris: references.map((r) => attr(r, 'URI') ?? ''),
    keyInfoCertificates: certificates,
  };
}
