import type { Element } from '@xmldom/xmldom';
import { attr, childElements, walkElements } from '../saml/dom.js';
import { MD } from '../saml/ns.js';

/** A short look at metadata; `saml-doctor metadata` is the command that reads and lints it in full. */
export interface MetadataSummary {
  kind: 'entity-descriptor' | 'entities-descriptor';
  /** EntitiesDescriptor Name, when given. */
  name?: string;
  validUntil?: string;
  entityCount: number;
  /** The first entities (at most MAX_LISTED), in document order. */
  entities: { entityId?: string; roles: string[] }[];
}

const MAX_LISTED = 20;

const ROLE_NAMES: Record<string, string> = {
  IDPSSODescriptor: 'IdP',
  SPSSODescriptor: 'SP',
  AttributeAuthorityDescriptor: 'attribute authority',
  AuthnAuthorityDescriptor: 'authentication authority',
  PDPDescriptor: 'PDP',
  RoleDescriptor: 'non-SAML role',
};

function readEntity(el: Element): { entityId?: string; roles: string[] } {
  const roles = childElements(el, MD)
    .map((c) => (c.localName ? ROLE_NAMES[c.localName] : undefined))
    .filter((r): r is string => r !== undefined)
    // Entra and ADFS list WS-Federation RoleDescriptors first; the SAML roles are what people look for.
    .sort((a, b) => Number(a === 'non-SAML role') - Number(b === 'non-SAML role'));
  return { entityId: attr(el, 'entityID'), roles };
}

export function summarizeMetadata(root: Element): MetadataSummary {
  if (root.localName === 'EntityDescriptor') {
    return { kind: 'entity-descriptor', validUntil: attr(root, 'validUntil'), entityCount: 1, entities: [readEntity(root)] };
  }
  const entities: MetadataSummary['entities'] = [];
  let entityCount = 0;
  walkElements(root, (el) => {
    if (el.namespaceURI !== MD || el.localName !== 'EntityDescriptor') return;
    entityCount++;
    if (entities.length < MAX_LISTED) entities.push(readEntity(el));
  });
  return {
    kind: 'entities-descriptor',
    name: attr(root, 'Name'),
    validUntil: attr(root, 'validUntil'),
    entityCount,
    entities,
  };
}
