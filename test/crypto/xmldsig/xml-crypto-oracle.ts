/** xml-crypto's own checkSignature, used only as an independent oracle in tests (never in the product path). */
import { DOMParser } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import { registerAlgorithms } from '../../support/saml-builder.js';

/** True when every ds:Signature in the document verifies with `cert` according to xml-crypto. */
export function xmlCryptoAccepts(xml: string, cert: string): boolean {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const signatures = Array.from(doc.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature'));
  if (signatures.length === 0) return false;
  return signatures.every((s) => {
    const sig = new SignedXml({ publicCert: cert });
    registerAlgorithms(sig);
    try {
      sig.loadSignature(s.toString());
      return sig.checkSignature(xml);
    } catch {
      return false;
    }
  });
}
