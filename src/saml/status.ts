import type { Element } from '@xmldom/xmldom';
import type { StatusModel } from './types.js';
import { attr, childElement, childText, textOf } from './dom.js';
import { SAMLP } from './ns.js';

/** samlp:Status of a Response or LogoutResponse: top-level code, second-level code, message, detail. */
export function readStatus(message: Element): StatusModel {
  const status = childElement(message, SAMLP, 'Status');
  if (!status) return {};
  const top = childElement(status, SAMLP, 'StatusCode');
  const sub = top && childElement(top, SAMLP, 'StatusCode');
  const detail = textOf(childElement(status, SAMLP, 'StatusDetail'));
  return {
    code: attr(top, 'Value'),
    subCode: attr(sub, 'Value'),
    message: childText(status, SAMLP, 'StatusMessage'),
    detail: detail || undefined,
  };
}
