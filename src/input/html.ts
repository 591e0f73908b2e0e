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

/**
 * Finds SAMLResponse/SAMLRequest inputs and the forms around them with a forward scan of tags;
 * no regex runs over the whole page, so a hostile page cannot make it backtrack.
 */
export function scanHtml(html: string): HtmlScan {
  const lower = asciiLower(html);
  const fields: SamlFormField[] = [];
  let form: { action?: string; method?: string; relayState?: string; fields: SamlFormField[] } | undefined;
  const close = (): void => {
    if (form?.relayState !== undefined) for (const f of form.fields) f.relayState = form.relayState;
    form = undefined;
  };
  let i = lower.indexOf('<');
  while (i !== -1) {
    if (lower.startsWith('<!--', i)) {
      const end = lower.indexOf('-->', i + 4);
      if (end === -1) break;
      i = lower.indexOf('<', end + 3);
      continue;
    }
    const tagEnd = endOfTag(html, i);
    if (lower.startsWith('<form', i) && isTagBoundary(lower, i + 5)) {
      close();
      const attrs = parseAttributes(html.slice(i + 5, tagEnd));
      form = { fields: [] };
      const action = attrs.get('action');
      const method = attrs.get('method');
      if (action !== undefined) form.action = decodeEntities(action);
      if (method !== undefined) form.method = method.toUpperCase();
    } else if (lower.startsWith('</form', i)) {
      close();
    } else if (lower.startsWith('<input', i) && isTagBoundary(lower, i + 6)) {
      const attrs = parseAttributes(html.slice(i + 6, tagEnd));
      const name = attrs.get('name');
      const value = decodeEntities(attrs.get('value') ?? '');
      const canonical = samlFieldName(name);
      if (canonical) {
        const field: SamlFormField = { name: canonical, value };
        if (form?.action !== undefined) field.action = form.action;
        if (form?.method !== undefined) field.method = form.method;
        form?.fields.push(field);
        fields.push(field);
      } else if (name?.toLowerCase() === 'relaystate' && form) {
        form.relayState = value;
      }
    }
    i = lower.indexOf('<', tagEnd);
  }
  close();
  const scan: HtmlScan = { fields };
  const t = lower.indexOf('<title');
  if (t !== -1) {
    const start = lower.indexOf('>', t);
    const end = lower.indexOf('</title', start);
    if (start !== -1 && end !== -1) scan.title = decodeEntities(html.slice(start + 1, end)).trim().slice(0, 120);
  }
  return scan;
}

function samlFieldName(name: string | undefined): SamlFormField['name'] | undefined {
  const n = name?.toLowerCase();
  if (n === 'samlresponse') return 'SAMLResponse';
  if (n === 'samlrequest') return 'SAMLRequest';
  return undefined;
}

function isTagBoundary(lower: string, at: number): boolean {
  const c = lower.charCodeAt(at);
  return Number.isNaN(c) || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3e || c === 0x2f;
}

/** Offset just past the '>' that closes the tag at `start`, honouring quoted attribute values. */
function endOfTag(html: string, start: number): number {
  let quote = 0;
  for (let j = start + 1; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
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

/** Lower-cases ASCII letters only, so offsets stay aligned with the original text. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
