import type { Element } from '@xmldom/xmldom';
import type { LogoutRequestModel, LogoutResponseModel } from './types.js';
import { attr, childElements, childText, textOf } from './dom.js';
import { readNameId } from './name-id.js';
import { SAML, SAMLP } from './ns.js';
import { readSignaturePresence } from './signature.js';
import { readStatus } from './status.js';

export function readLogoutRequest(el: Element): LogoutRequestModel {
  return {
    element: el,
    id: attr(el, 'ID'),
    issueInstant: attr(el, 'IssueInstant'),
    destination: attr(el, 'Destination'),
    issuer: childText(el, SAML, 'Issuer'),
    nameId: readNameId(el),
    sessionIndexes: childElements(el, SAMLP, 'SessionIndex').map((s) => textOf(s) ?? ''),
    reason: attr(el, 'Reason'),
    notOnOrAfter: attr(el, 'NotOnOrAfter'),
    signature: readSignaturePresence(el, 'LogoutRequest'),
  };
}

export function readLogoutResponse(el: Element): LogoutResponseModel {
  return {
    element: el,
    id: attr(el, 'ID'),
    issueInstant: attr(el, 'IssueInstant'),
    destination: attr(el, 'Destination'),
    inResponseTo: attr(el, 'InResponseTo'),
    issuer: childText(el, SAML, 'Issuer'),
    status: readStatus(el),
    signature: readSignaturePresence(el, 'LogoutResponse'),
  };
}
