import type { Element, Node } from '@xmldom/xmldom';
// The canonicaliser's own module, not the package index: the index also loads SignedXml, XPath and a
// second xmldom, about a third of the JavaScript `validate` would otherwise compile at start-up.
import { ExclusiveCanonicalization } from 'xml-crypto/lib/exclusive-canonicalization.js';

const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const PROCESSING_INSTRUCTION_NODE = 7;
const XMLNS = 'http://www.w3.org/2000/xmlns/';
/** Same fallback xml-crypto applies when a ds-prefixed node lost its namespace. */
const DEFAULT_NS_FOR_PREFIX = { ds: 'http://www.w3.org/2000/09/xmldsig#' };

/**
 * xml-crypto's exclusive canonicaliser, taught to leave out one node (the enveloped signature)
 * so the parsed DOM is canonicalised in place: no clone, no re-serialising, no XPath.
 */
class InPlaceExclusiveCanonicalization extends ExclusiveCanonicalization {
  constructor(
    private readonly exclude: Node | undefined,
    withComments: boolean,
  ) {
    super();
    this.includeComments = withComments;
  }

  override processInner(
    node: Node,
    prefixesInScope: unknown,
    defaultNs: unknown,
    defaultNsForPrefix: unknown,
    inclusivePrefixes: string[],
  ): string {
    if (node === this.exclude) return '';
    // xml-crypto renders a processing instruction as plain text (its `data`), so a PI slipped into a
    // signed value left the digest unchanged while readers skipped it: render it as C14N 1.0 §2.3 says.
    if (node.nodeType === PROCESSING_INSTRUCTION_NODE) {
      const pi = node as unknown as { target: string; data?: string };
      return `<?${pi.target}${pi.data ? ` ${pi.data}` : ''}?>`;
    }
    // xml-crypto tests `node.data` for truthiness, so an empty text or CDATA node would throw.
    if ((node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) && !(node as { data?: string }).data) {
      return '';
    }
    return super.processInner(node, prefixesInScope, defaultNs, defaultNsForPrefix, inclusivePrefixes);
  }
}

export interface CanonicalizeOptions {
  /** A descendant to leave out: the enveloped-signature transform. */
  exclude?: Node;
  withComments: boolean;
  /** InclusiveNamespaces PrefixList: prefixes rendered from the ancestors even if unused. */
  inclusivePrefixes: readonly string[];
}

/**
 * Exclusive XML canonicalisation (with the enveloped signature removed) of an element of an
 * already-parsed document. Recursive: callers bound the depth first.
 */
export function canonicalize(el: Element, o: CanonicalizeOptions): string {
  const added = declareInclusiveAncestors(el, o.inclusivePrefixes);
  try {
    return new InPlaceExclusiveCanonicalization(o.exclude, o.withComments).processInner(
      el,
      [],
      '',
      DEFAULT_NS_FOR_PREFIX,
      [...o.inclusivePrefixes],
    );
  } finally {
    for (const prefix of added) el.removeAttributeNS(XMLNS, prefix);
  }
}

/**
 * Prefixes in the PrefixList that an ancestor declares are rendered on the apex element. xml-crypto
 * copies those declarations onto the element; we do the same for the duration of one call and remove them.
 */
function declareInclusiveAncestors(el: Element, prefixes: readonly string[]): string[] {
  const added: string[] = [];
  for (const prefix of prefixes) {
    if (!prefix || prefix === '#default' || el.hasAttribute(`xmlns:${prefix}`) || el.prefix === prefix) continue;
    for (let a = el.parentNode; a && a.nodeType === 1; a = a.parentNode) {
      const anc = a as Element;
      if (anc.hasAttribute(`xmlns:${prefix}`)) {
        const uri = anc.getAttribute(`xmlns:${prefix}`);
        if (uri) {
          el.setAttributeNS(XMLNS, `xmlns:${prefix}`, uri);
          added.push(prefix);
        }
        break;
      }
    }
  }
  return added;
}
