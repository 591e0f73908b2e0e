import type { Element, Node } from '@xmldom/xmldom';
import type { Finding } from '../../checks/types.js';
import { parseXml } from '../../xml/parse.js';

/**
 * Every ds:X509Certificate in an XML document (metadata, a Response, an AuthnRequest), with the raw
 * text so the lint can point into it. A plain namespace-aware walk: the certificates are read from
 * wherever they are, because the point is to lint them, not to decide which one to trust.
 */
const DS = 'http://www.w3.org/2000/09/xmldsig#';

export type XmlDocumentKind = 'metadata' | 'message' | 'xml';

export interface XmlCertificateText {
  text: string;
  /** Element path, e.g. EntityDescriptor/IDPSSODescriptor/KeyDescriptor[@use="signing"]/KeyInfo/X509Data/X509Certificate. */
  location: string;
  use?: 'signing' | 'encryption';
}

export interface XmlCertificates {
  kind: XmlDocumentKind;
  /** Local name of the document element. */
  root: string;
  items: XmlCertificateText[];
  /** Why the XML could not be read (xml-* findings). */
  findings: Finding[];
}

const MESSAGES = new Set([
  'Response',
  'Assertion',
  'EncryptedAssertion',
  'AuthnRequest',
  'LogoutRequest',
  'LogoutResponse',
  'ArtifactResponse',
]);
const METADATA = new Set(['EntityDescriptor', 'EntitiesDescriptor']);

export function looksLikeXml(text: string): boolean {
  return /^\s*</.test(text);
}

export function certificatesInXml(text: string): XmlCertificates {
  const parsed = parseXml(text);
  if (!parsed.doc) return { kind: 'xml', root: '', items: [], findings: parsed.findings };
  const rootEl = parsed.doc.documentElement!;
  const root = rootEl.localName ?? rootEl.nodeName;
  const kind: XmlDocumentKind = METADATA.has(root) ? 'metadata' : MESSAGES.has(root) ? 'message' : 'xml';
  const items: XmlCertificateText[] = [];
  const nodes = parsed.doc.getElementsByTagNameNS(DS, 'X509Certificate');
  for (let i = 0; i < nodes.length; i++) {
    const el = nodes.item(i)!;
    const use = keyUse(el);
    items.push({ text: el.textContent ?? '', location: pathOf(el), ...(use ? { use } : {}) });
  }
  return { kind, root, items, findings: parsed.findings };
}

function keyUse(el: Element): 'signing' | 'encryption' | undefined {
  for (let n: Node | null = el.parentNode; n; n = n.parentNode) {
    const e = n as Element;
    if (e.localName === 'KeyDescriptor') {
      const use = e.getAttribute('use');
      return use === 'signing' || use === 'encryption' ? use : undefined;
    }
  }
  return undefined;
}

/** '[2]' for the second of several same-named siblings, '' when it is the only one. */
function ordinal(el: Element): string {
  const parent = el.parentNode;
  if (!parent) return '';
  let index = 0;
  let count = 0;
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1 || (n as Element).localName !== el.localName) continue;
    count++;
    if (n === el) index = count;
  }
  return count > 1 ? `[${index}]` : '';
}

function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let n: Node | null = el; n && n.nodeType === 1; n = n.parentNode) {
    const e = n as Element;
    const name = e.localName ?? e.nodeName;
    const use = name === 'KeyDescriptor' ? e.getAttribute('use') : null;
    parts.unshift(use ? `${name}[@use="${use}"]${ordinal(e)}` : `${name}${ordinal(e)}`);
  }
  return parts.join('/');
}
