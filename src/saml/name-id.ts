import type { Element } from '@xmldom/xmldom';
import type { NameIdModel } from './types.js';
import { attr, childElement, textInfo } from './dom.js';
import { SAML } from './ns.js';

/** The saml:NameID directly inside `parent` (a Subject or LogoutRequest). */
export function readNameId(parent: Element): NameIdModel | undefined {
  const el = childElement(parent, SAML, 'NameID');
  if (!el) return undefined;
  const info = textInfo(el);
  return {
    value: info.text.trim(),
    format: attr(el, 'Format'),
    nameQualifier: attr(el, 'NameQualifier'),
    spNameQualifier: attr(el, 'SPNameQualifier'),
    textNodeCount: info.textNodeCount,
    hasComment: info.hasComment,
  };
}
