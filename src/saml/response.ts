import type { Element } from '@xmldom/xmldom';
import type { ResponseModel } from './types.js';
import { readAssertion } from './assertion.js';
import { attr, childElements, childText, countDescendants } from './dom.js';
import { SAML } from './ns.js';
import { readSignaturePresence } from './signature.js';
import { readStatus } from './status.js';

/**
 * Reads a samlp:Response. Only direct-child assertions become models; the document-wide count
 * is kept apart so that an assertion hidden elsewhere (signature wrapping) stays visible.
 */
export function readResponse(el: Element): ResponseModel {
  const root = el.ownerDocument ?? el;
  return {
    element: el,
    id: attr(el, 'ID'),
    version: attr(el, 'Version'),
    issueInstant: attr(el, 'IssueInstant'),
    destination: attr(el, 'Destination'),
    inResponseTo: attr(el, 'InResponseTo'),
    issuer: childText(el, SAML, 'Issuer'),
    status: readStatus(el),
    assertions: childElements(el, SAML, 'Assertion').map(readAssertion),
    encryptedAssertions: childElements(el, SAML, 'EncryptedAssertion'),
    assertionCountInDocument: countDescendants(root, SAML, 'Assertion'),
    signature: readSignaturePresence(el, 'response'),
  };
}
