import type { Element } from '@xmldom/xmldom';
import type { AuthnRequestModel } from './types.js';
import { attr, boolAttr, childElement, childElements, childText, textOf } from './dom.js';
import { SAML, SAMLP } from './ns.js';
import { readSignaturePresence } from './signature.js';

/** Reads a samlp:AuthnRequest: where the SP wants the answer and what it asks for. */
export function readAuthnRequest(el: Element): AuthnRequestModel {
  const policy = childElement(el, SAMLP, 'NameIDPolicy');
  const requested = childElement(el, SAMLP, 'RequestedAuthnContext');
  return {
    element: el,
    id: attr(el, 'ID'),
    version: attr(el, 'Version'),
    issueInstant: attr(el, 'IssueInstant'),
    destination: attr(el, 'Destination'),
    assertionConsumerServiceUrl: attr(el, 'AssertionConsumerServiceURL'),
    assertionConsumerServiceIndex: attr(el, 'AssertionConsumerServiceIndex'),
    protocolBinding: attr(el, 'ProtocolBinding'),
    issuer: childText(el, SAML, 'Issuer'),
    nameIdPolicy: policy
      ? {
          format: attr(policy, 'Format'),
          allowCreate: boolAttr(policy, 'AllowCreate'),
          spNameQualifier: attr(policy, 'SPNameQualifier'),
        }
      : undefined,
    requestedAuthnContext: requested
      ? {
          comparison: attr(requested, 'Comparison'),
          classRefs: childElements(requested, SAML, 'AuthnContextClassRef').map((c) => textOf(c) ?? ''),
        }
      : undefined,
    forceAuthn: boolAttr(el, 'ForceAuthn'),
    isPassive: boolAttr(el, 'IsPassive'),
    signature: readSignaturePresence(el, 'AuthnRequest'),
  };
}
