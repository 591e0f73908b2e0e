import { firstElement } from './text.js';

/** An HTML page rather than an XML document: an HTML DOCTYPE or an html/head/body/form root. */
export function looksLikeHtml(text: string): boolean {
  const { name, doctype } = firstElement(text);
  if (doctype !== undefined && /^doctype\s+html/i.test(doctype)) return true;
  return name !== undefined && /^(html|head|body|form|meta|script|title|div)$/i.test(name);
}

export interface SamlFormField {
  name: 'SAMLResponse' | 'SAMLRequest';
  /** Entity-decoded value. */
  value: string;
  /** The enclosing form's action and method, entity-decoded. */
  action?: string;
  method?: string;
  relayState?: string;
}

export interface HtmlScan {
  fields: SamlFormField[];
  title?: string;
}

/** The tags that matter, and comments (whose contents must be skipped). Fixed alternatives: no backtracking. */
const TAG = /<!--|<(\/?)(form|input|title)(?=[\s>/])/gi;

/**
 * Finds SAMLResponse/SAMLRequest inputs and the forms around them with a forward scan of tags;
 * no regex runs over the whole page, so a hostile page cannot make it backtrack.
 */
export function scanHtml(html: string): HtmlScan {
  const fields: SamlFormField[] = [];
  let title: string | undefined;
  let form: { action?: string; method?: string; relayState?: string; fields: SamlFormField[] } | undefined;
  const close = (): void => {
    if (form?.relayState !== undefined) for (const f of form.fields) f.relayState = form.relayState;
    form = undefined;
  };
  const tags = new RegExp(TAG);
  for (let m = tags.exec(html); m !== null; m = tags.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', m.index + 4);
      if (end === -1) break;
      tags.lastIndex = end + 3;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    const bodyStart = m.index + m[0].length;
    const tagEnd = endOfTag(html, bodyStart);
    tags.lastIndex = tagEnd;
    if (closing) {
      if (name === 'form') close();
      continue;
    }
    if (name === 'title') {
      const end = html.slice(tagEnd, tagEnd + 4096).search(/<\/title/i);
      if (end !== -1) title ??= decodeEntities(html.slice(tagEnd, tagEnd + end)).trim().slice(0, 120);
      continue;
    }
    const attrs = parseAttributes(html.slice(bodyStart, html.charCodeAt(tagEnd - 1) === 0x3e ? tagEnd - 1 : tagEnd));
    if (name === 'form') {
      close();
      form = { fields: [] };
      const action = attrs.get('action');
      const method = attrs.get('method');
      if (action !== undefined) form.action = decodeEntities(action);
      if (method !== undefined) form.method = method.toUpperCase();
      continue;
    }
    const inputName = attrs.get('name');
    const value = decodeEntities(attrs.get('value') ?? '');
    const canonical = samlFieldName(inputName);
    if (canonical) {
      const field: SamlFormField = { name: canonical, value };
      if (form?.action !== undefined) field.action = form.action;
      if (form?.method !== undefined) field.method = form.method;
      form?.fields.push(field);
      fields.push(field);
    } else if (inputName?.toLowerCase() === 'relaystate' && form) {
      form.relayState = value;
    }
  }
  close();
  return title === undefined ? { fields } : { fields, title };
}

function samlFieldName(name: string | undefined): SamlFormField['name'] | undefined {
  const n = name?.toLowerCase();
  if (n === 'samlresponse') return 'SAMLResponse';
  if (n === 'samlrequest') return 'SAMLRequest';
  return undefined;
}

/** Offset just past the '>' that closes the tag whose body starts at `start`, honouring quoted values. */
function endOfTag(html: string, start: number): number {
  for (let j = start; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (c === 0x22 || c === 0x27) {
      // Jump over a quoted value natively: an auto-post value is the whole message.
      const end = html.indexOf(c === 0x22 ? '"' : "'", j + 1);
      if (end === -1) return html.length;
      j = end;
    } else if (c === 0x3e) {
      return j + 1;
    }
  }
  return html.length;
}

/** Attributes of a tag body (`name="v" name='v' name=v flag`), names lower-cased. */
export function parseAttributes(body: string): Map<string, string> {
  const attrs = new Map<string, string>();
  let i = 0;
  const n = body.length;
  const space = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f;
  while (i < n) {
    while (i < n && space(body.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < n && !space(body.charCodeAt(i)) && body[i] !== '=' && body[i] !== '>') i++;
    const name = body.slice(nameStart, i).toLowerCase();
    if (name === '') {
      i++;
      continue;
    }
    while (i < n && space(body.charCodeAt(i)) && body[i] !== '/') i++;
    let value = '';
    if (body[i] === '=') {
      i++;
      while (i < n && space(body.charCodeAt(i)) && body[i] !== '/') i++;
      const q = body[i];
      if (q === '"' || q === "'") {
        const end = body.indexOf(q, i + 1);
        value = body.slice(i + 1, end === -1 ? n : end);
        i = end === -1 ? n : end + 1;
      } else {
        const start = i;
        // Unquoted values end at whitespace only; a '/' belongs to them (action=https://...).
        while (i < n && !/[\s>]/.test(body[i]!)) i++;
        value = body.slice(start, i);
      }
    }
    if (!attrs.has(name)) attrs.set(name, value);
  }
  return attrs;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  equals: '=',
  plus: '+',
  sol: '/',
  colon: ':',
  period: '.',
  num: '#',
  percnt: '%',
  newline: '\n',
};

/** Decodes HTML character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

