import type { Element, Node } from '@xmldom/xmldom';
import { DS } from '../../saml/ns.js';

/** Attributes that serve as XML IDs in SAML and XML-DSig; a referenced ID must be unique among all of them. */
const ID_ATTRIBUTES = ['ID', 'Id', 'id', 'AssertionID'] as const;

export interface DocumentIndex {
  /** Every element carrying each ID value (any of the ID attributes). */
  ids: Map<string, Element[]>;
  /** Every ds:Signature element, in document order, wherever it is. */
  signatures: Element[];
  elementCount: number;
  maxDepth: number;
}

/** One iterative walk over the document: IDs, signatures, size and depth. */
export function indexDocument(root: Element): DocumentIndex {
  const index: DocumentIndex = { ids: new Map(), signatures: [], elementCount: 0, maxDepth: 0 };
  let node: Node = root;
  let depth = 1;
  for (;;) {
    if (node.nodeType === 1) {
      const el = node as Element;
      index.elementCount++;
      if (depth > index.maxDepth) index.maxDepth = depth;
      for (const name of ID_ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value) {
          const list = index.ids.get(value);
          if (list) list.push(el);
          else index.ids.set(value, [el]);
        }
      }
      if (el.localName === 'Signature' && el.namespaceURI === DS) index.signatures.push(el);
      if (el.firstChild) {
        node = el.firstChild;
        depth++;
        continue;
      }
    }
    for (;;) {
      if (node === root) return index;
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode!;
      depth--;
    }
  }
}

/** A readable path such as samlp:Response/Assertion/Signature, for finding locations. */
export function elementPath(el: Element): string {
  const parts: string[] = [];
  for (let n: Node | null = el; n && n.nodeType === 1; n = n.parentNode) parts.unshift((n as Element).tagName);
  return parts.join('/');
}
