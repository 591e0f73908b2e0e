import type { Document } from '@xmldom/xmldom';
import type { MessageKind } from './types.js';
import { MD, SAML, SAMLP } from './ns.js';

const KINDS: Record<string, Record<string, MessageKind>> = {
  [SAMLP]: {
    Response: 'response',
    AuthnRequest: 'authn-request',
    LogoutRequest: 'logout-request',
    LogoutResponse: 'logout-response',
  },
  [SAML]: { Assertion: 'assertion' },
  [MD]: { EntityDescriptor: 'entity-descriptor', EntitiesDescriptor: 'entities-descriptor' },
};

/** What the root element is, judged by namespace and local name (a prefix proves nothing). */
export function identifyMessage(doc: Document): MessageKind {
  const root = doc.documentElement;
  if (!root || !root.namespaceURI || !root.localName) return 'unknown';
  return KINDS[root.namespaceURI]?.[root.localName] ?? 'unknown';
}
