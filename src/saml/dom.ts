import type { Document, Element, Node } from '@xmldom/xmldom';

/*
 * Small namespace-aware DOM helpers. Readers look at the direct structure of the element they
 * are given; nothing here runs XPath over a whole document, and every walk is iterative so that a
 * deep document cannot overflow the stack.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const COMMENT_NODE = 8;
const PROCESSING_INSTRUCTION_NODE = 7;

function isElement(node: Node | null | undefined): node is Element {
  return node != null && node.nodeType === ELEMENT_NODE;
}

/** Direct child elements, optionally only those with the given namespace and local name. */
export function childElements(parent: Element | Document, ns?: string, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (!isElement(n)) continue;
    if (ns !== undefined && n.namespaceURI !== ns) continue;
    if (localName !== undefined && n.localName !== localName) continue;
    out.push(n);
  }
  return out;
}

/** The first direct child element with this namespace and local name. */
export function childElement(parent: Element, ns: string, localName: string): Element | undefined {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (isElement(n) && n.namespaceURI === ns && n.localName === localName) return n;
  }
  return undefined;
}

/** Every descendant element (document order, root excluded) matching ns + localName. */
export function descendantElements(root: Element | Document, ns: string, localName: string): Element[] {
  const out: Element[] = [];
  walkElements(root, (el) => {
    if (el.namespaceURI === ns && el.localName === localName) out.push(el);
  });
  return out;
}

/** Number of descendant elements matching ns + localName, anywhere below root. */
export function countDescendants(root: Element | Document, ns: string, localName: string): number {
  let count = 0;
  walkElements(root, (el) => {
    if (el.namespaceURI === ns && el.localName === localName) count++;
  });
  return count;
}

/** Visits descendant elements in document order without recursion. */
export function walkElements(root: Element | Document, visit: (el: Element) => void): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (isElement(node)) {
      visit(node);
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (node === root) return;
    }
    node = node ? node.nextSibling : null;
  }
}

export interface TextInfo {
  /** All text below the element, concatenated, as a canonical reader sees it. */
  text: string;
  /** Text and CDATA nodes below the element: more than one means the value was split. */
  textNodeCount: number;
  /** A comment or processing instruction inside the value: markup a reader may silently drop. */
  hasComment: boolean;
}

/** Text content with what a comment-injection check needs to know. */
export function textInfo(el: Element): TextInfo {
  let text = '';
  let textNodeCount = 0;
  let hasComment = false;
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      text += node.nodeValue ?? '';
      textNodeCount++;
    } else if (node.nodeType === COMMENT_NODE || node.nodeType === PROCESSING_INSTRUCTION_NODE) {
      hasComment = true;
    } else if (isElement(node) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (node === el) {
        node = null;
        break;
      }
    }
    node = node ? node.nextSibling : null;
  }
  return { text, textNodeCount, hasComment };
}

/** Trimmed text content; undefined when the element is absent. */
export function textOf(el: Element | undefined): string | undefined {
  return el ? textInfo(el).text.trim() : undefined;
}

/** Trimmed text of a direct child element. */
export function childText(parent: Element, ns: string, localName: string): string | undefined {
  return textOf(childElement(parent, ns, localName));
}

/** An attribute's value, or undefined when it is absent (getAttribute returns null or ''). */
export function attr(el: Element | undefined, name: string): string | undefined {
  if (!el || !el.hasAttribute(name)) return undefined;
  return el.getAttribute(name) ?? undefined;
}

/** xs:boolean attribute: 'true'/'1' and 'false'/'0'; anything else (or absent) is undefined. */
export function boolAttr(el: Element | undefined, name: string): boolean | undefined {
  const v = attr(el, name)?.trim();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return undefined;
}

/** A readable path such as /samlp:Response/saml:Assertion[2]/saml:Subject for finding locations. */
export function elementPath(el: Element): string {
  const parts: string[] = [];
  let node: Node | null = el;
  while (isElement(node)) {
    const current: Element = node;
    const parent: Node | null = current.parentNode;
    let index = 0;
    let same = 0;
    if (isElement(parent)) {
      for (const sib of childElements(parent)) {
        if (sib.tagName !== current.tagName) continue;
        same++;
        if (sib === current) index = same;
      }
    }
    parts.unshift(same > 1 ? `${current.tagName}[${index}]` : current.tagName);
    node = parent;
  }
  return '/' + parts.join('/');
}
