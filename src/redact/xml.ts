import type { Element, Node } from '@xmldom/xmldom';
import { XMLSerializer } from '@xmldom/xmldom';
import { DS } from '../saml/ns.js';
import { parseXml } from '../xml/parse.js';
import type { Placeholders } from './placeholders.js';
import { isEmail, isGuid, redactText } from './placeholders.js';

export interface RedactedXml {
  xml: string;
  /** The document carried an XML signature, which the changes break. */
  signed: boolean;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** An attribute whose values are a person's names: placeholders say "name", not "value". */
const NAME_ATTRIBUTE = /(^|[/:.])(givenname|surname|sn|displayname|name|firstname|lastname|cn|fullname|first_name|last_name)$/i;

function valueFor(text: string, attributeName: string, ph: Placeholders): string {
  const v = text.trim();
  if (!v) return text;
  if (isEmail(v)) return ph.email(v);
  if (isGuid(v)) return ph.guid(v);
  if (NAME_ATTRIBUTE.test(attributeName)) return ph.name(v);
  return ph.value(v);
}

function nameIdFor(text: string, ph: Placeholders): string {
  const v = text.trim();
  if (!v) return text;
  if (isEmail(v)) return ph.email(v);
  return isGuid(v) ? ph.guid(v) : ph.id(v);
}

function setText(el: Element, text: string): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  el.appendChild(el.ownerDocument!.createTextNode(text));
}

function walk(node: Node, ph: Placeholders, inSignature: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT || child.nodeType === CDATA) {
      if (!inSignature && child.nodeValue) child.nodeValue = redactText(child.nodeValue, ph);
      continue;
    }
    if (child.nodeType !== ELEMENT) continue;
    const el = child as Element;
    const local = el.localName ?? el.nodeName;
    const signature = inSignature || (el.namespaceURI === DS && local === 'Signature');
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes.item(i)!;
      if (local === 'SubjectConfirmationData' && a.name === 'Address') a.value = ph.ip(a.value);
      else if (!a.name.startsWith('xmlns')) a.value = redactText(a.value, ph);
    }
    if (local === 'NameID' || local === 'NameIdentifier') {
      setText(el, nameIdFor(el.textContent ?? '', ph));
      continue;
    }
    if (local === 'AttributeValue' && !el.getElementsByTagName('*').length) {
      const attribute = el.parentNode as Element | null;
      setText(el, valueFor(el.textContent ?? '', attribute?.getAttribute?.('Name') ?? '', ph));
      continue;
    }
    walk(el, ph, signature);
  }
}

/**
 * Replaces the personal values of a SAML message: NameID, attribute values, the subject's IP
 * address, emails and IPs anywhere in text. Signatures and certificates are left as they are;
 * undefined when the text is not well-formed XML.
 */
export function redactXml(xml: string, ph: Placeholders): RedactedXml | undefined {
  const { doc } = parseXml(xml);
  if (!doc?.documentElement) return undefined;
  const signed = doc.getElementsByTagNameNS(DS, 'Signature').length > 0;
  walk(doc, ph, false);
  let out = new XMLSerializer().serializeToString(doc);
  // Keep the XML declaration exactly when the input had one.
  if (!/^\s*<\?xml/.test(xml)) out = out.replace(/^<\?xml[^>]*\?>\s*/, '');
  return { xml: out, signed };
}
