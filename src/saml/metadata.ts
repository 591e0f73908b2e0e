import type { Element } from '@xmldom/xmldom';
import type { SignaturePresence } from './types.js';
import { attr, boolAttr, childElement, childElements, elementPath, textOf } from './dom.js';
import { DS, MD } from './ns.js';
import { readSignaturePresence } from './signature.js';

/*
 * Read models for SAML metadata: plain objects read from one EntityDescriptor. Like the message
 * readers, they look only at the element they are given, never at the rest of the document.
 */

export const BINDINGS = {
  post: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
  redirect: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
  artifact: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact',
  soap: 'urn:oasis:names:tc:SAML:2.0:bindings:SOAP',
} as const;

export interface EndpointModel {
  binding: string;
  location: string;
  responseLocation?: string;
}

export interface IndexedEndpointModel extends EndpointModel {
  index?: number;
  isDefault?: boolean;
}

export type KeyUse = 'signing' | 'encryption' | 'unspecified';

export interface KeyDescriptorModel {
  use: KeyUse;
  /** Base64 DER of each ds:X509Certificate, whitespace removed. */
  certificates: string[];
  keyNames: string[];
}

export type RoleKind = 'idp' | 'sp' | 'other';

export interface RoleModel {
  kind: RoleKind;
  /** Local name, e.g. IDPSSODescriptor, AttributeAuthorityDescriptor. */
  element: string;
  protocolSupportEnumeration: string[];
  keyDescriptors: KeyDescriptorModel[];
  nameIdFormats: string[];
  singleSignOnServices: EndpointModel[];
  singleLogoutServices: EndpointModel[];
  assertionConsumerServices: IndexedEndpointModel[];
  /** IDPSSODescriptor: the IdP only accepts signed AuthnRequests. */
  wantAuthnRequestsSigned?: boolean;
  /** SPSSODescriptor: the SP signs its AuthnRequests. */
  authnRequestsSigned?: boolean;
  /** SPSSODescriptor: the SP wants assertions signed. */
  wantAssertionsSigned?: boolean;
  validUntil?: string;
  cacheDuration?: string;
}

export interface EntityModel {
  entityId?: string;
  /** Element path in its document, for finding locations. */
  path: string;
  validUntil?: string;
  cacheDuration?: string;
  roles: RoleModel[];
  signature?: SignaturePresence;
  organizationName?: string;
}

const ROLE_KINDS: Record<string, RoleKind> = { IDPSSODescriptor: 'idp', SPSSODescriptor: 'sp' };
const ROLE_ELEMENTS = new Set([
  'IDPSSODescriptor',
  'SPSSODescriptor',
  'AttributeAuthorityDescriptor',
  'AuthnAuthorityDescriptor',
  'PDPDescriptor',
  'RoleDescriptor',
]);

/** Reads one md:EntityDescriptor. */
export function readEntityDescriptor(el: Element): EntityModel {
  const roles = childElements(el, MD)
    .filter((r) => ROLE_ELEMENTS.has(r.localName ?? ''))
    .map(readRole);
  const org = childElement(el, MD, 'Organization');
  return {
    entityId: attr(el, 'entityID')?.trim(),
    path: elementPath(el),
    validUntil: attr(el, 'validUntil'),
    cacheDuration: attr(el, 'cacheDuration'),
    roles,
    signature: readSignaturePresence(el, 'EntityDescriptor'),
    organizationName: org ? (textOf(childElement(org, MD, 'OrganizationDisplayName')) ?? textOf(childElement(org, MD, 'OrganizationName'))) : undefined,
  };
}

function readRole(el: Element): RoleModel {
  const name = el.localName ?? '';
  return {
    kind: ROLE_KINDS[name] ?? 'other',
    element: name,
    protocolSupportEnumeration: (attr(el, 'protocolSupportEnumeration') ?? '').split(/\s+/).filter(Boolean),
    keyDescriptors: childElements(el, MD, 'KeyDescriptor').map(readKeyDescriptor),
    nameIdFormats: childElements(el, MD, 'NameIDFormat').map((f) => textOf(f) ?? '').filter(Boolean),
    singleSignOnServices: childElements(el, MD, 'SingleSignOnService').map(readEndpoint),
    singleLogoutServices: childElements(el, MD, 'SingleLogoutService').map(readEndpoint),
    assertionConsumerServices: childElements(el, MD, 'AssertionConsumerService').map((e) => {
      const index = Number(attr(e, 'index'));
      return {
        ...readEndpoint(e),
        index: Number.isInteger(index) ? index : undefined,
        isDefault: boolAttr(e, 'isDefault'),
      };
    }),
    wantAuthnRequestsSigned: boolAttr(el, 'WantAuthnRequestsSigned'),
    authnRequestsSigned: boolAttr(el, 'AuthnRequestsSigned'),
    wantAssertionsSigned: boolAttr(el, 'WantAssertionsSigned'),
    validUntil: attr(el, 'validUntil'),
    cacheDuration: attr(el, 'cacheDuration'),
  };
}

function readEndpoint(el: Element): EndpointModel {
  return {
    binding: attr(el, 'Binding') ?? '',
    location: (attr(el, 'Location') ?? '').trim(),
    responseLocation: attr(el, 'ResponseLocation'),
  };
}

function readKeyDescriptor(el: Element): KeyDescriptorModel {
  const use = attr(el, 'use');
  const keyInfo = childElement(el, DS, 'KeyInfo');
  const certificates: string[] = [];
  const keyNames: string[] = [];
  if (keyInfo) {
    for (const data of childElements(keyInfo, DS, 'X509Data')) {
      for (const c of childElements(data, DS, 'X509Certificate')) {
        const b64 = (textOf(c) ?? '').replace(/\s+/g, '');
        if (b64) certificates.push(b64);
      }
    }
    for (const k of childElements(keyInfo, DS, 'KeyName')) keyNames.push(textOf(k) ?? '');
  }
  return { use: use === 'signing' || use === 'encryption' ? use : 'unspecified', certificates, keyNames };
}

/** Signing certificates of a role: KeyDescriptors with use="signing" or no use at all. */
export function signingCertificates(role: RoleModel): string[] {
  return role.keyDescriptors.filter((k) => k.use !== 'encryption').flatMap((k) => k.certificates);
}
