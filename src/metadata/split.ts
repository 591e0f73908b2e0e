/**
 * A linear scanner that cuts a federation aggregate (md:EntitiesDescriptor, often tens of
 * megabytes) into one text per md:EntityDescriptor, so each is parsed on its own and its DOM
 * is garbage the moment it has been read. A whole-document DOM of a 20 MB aggregate costs
 * several hundred megabytes; one entity costs a few kilobytes.
 *
 * The text must already have passed prescanXml (no DTD, bounded depth): this scanner trusts
 * that and only tracks tags, quotes, comments, CDATA and processing instructions.
 */
import { MD } from '../saml/ns.js';

export interface StartTag {
  /** Qualified name as written, e.g. md:EntityDescriptor. */
  name: string;
  localName: string;
  namespace?: string;
  attributes: Map<string, string>;
  /** Namespace declarations in scope at this element (inherited plus its own). */
  scope: Map<string, string>;
}

export interface EntityChunk {
  /** The EntityDescriptor's text, carrying the namespace declarations it inherits. */
  xml: string;
  /** Character offset of the element in the whole text. */
  offset: number;
  /** Element path, e.g. /md:EntitiesDescriptor/md:EntityDescriptor[12]. */
  path: string;
}

export interface AggregateScan {
  root: StartTag;
  /** True when a ds:Signature is a direct child of the root. */
  signed: boolean;
  entities: EntityChunk[];
  /** Nested EntitiesDescriptor names, in order met. */
  groups: string[];
}

const DS = 'http://www.w3.org/2000/09/xmldsig#';

/** The root start tag, or undefined when there is none. */
export function readRootTag(text: string): { tag: StartTag; contentStart: number; selfClosing: boolean } | undefined {
  let i = text.indexOf('<');
  while (i !== -1) {
    const c = text.charCodeAt(i + 1);
    if (c === 0x3f /* ? */) i = skipPast(text, '?>', i);
    else if (text.startsWith('<!--', i)) i = skipPast(text, '-->', i);
    else if (c === 0x21 /* ! */ || c === 0x2f /* / */) return undefined;
    else {
      const end = tagEnd(text, i);
      const tag = parseStartTag(text.slice(i, end + 1), new Map());
      return { tag, contentStart: end + 1, selfClosing: text.charCodeAt(end - 1) === 0x2f };
    }
    i = text.indexOf('<', i);
  }
  return undefined;
}

/** Cuts an EntitiesDescriptor document into entity texts. */
export function splitAggregate(text: string): AggregateScan | undefined {
  const root = readRootTag(text);
  if (!root) return undefined;
  const scan: AggregateScan = { root: root.tag, signed: false, entities: [], groups: [] };
  if (root.selfClosing) return scan;
  walkChildren(text, root.contentStart, root.tag, `/${root.tag.name}`, scan, true);
  return scan;
}

function walkChildren(text: string, from: number, parent: StartTag, parentPath: string, scan: AggregateScan, isRoot: boolean): number {
  const counts = new Map<string, number>();
  let i = text.indexOf('<', from);
  let depth = 0;
  let childStart = -1;
  let child: StartTag | undefined;
  while (i !== -1) {
    const c = text.charCodeAt(i + 1);
    if (c === 0x3f /* ? */) {
      i = skipPast(text, '?>', i);
    } else if (text.startsWith('<!--', i)) {
      i = skipPast(text, '-->', i);
    } else if (text.startsWith('<![CDATA[', i)) {
      i = skipPast(text, ']]>', i);
    } else if (c === 0x2f /* / */) {
      const end = text.indexOf('>', i);
      if (depth === 0) return end === -1 ? text.length : end + 1; // the parent's end tag
      depth--;
      if (depth === 0 && child) finishChild(text, childStart, end + 1, child, parentPath, counts, scan, isRoot);
      i = end === -1 ? text.length : end + 1;
    } else {
      const end = tagEnd(text, i);
      const selfClosing = text.charCodeAt(end - 1) === 0x2f;
      if (depth === 0) {
        const tag = parseStartTag(text.slice(i, end + 1), parent.scope);
        if (tag.namespace === MD && tag.localName === 'EntitiesDescriptor' && !selfClosing) {
          // A nested group: its entities are found the same way, with its scope.
          const n = (counts.get(tag.name) ?? 0) + 1;
          counts.set(tag.name, n);
          scan.groups.push(tag.attributes.get('Name') ?? '');
          i = text.indexOf('<', walkChildren(text, end + 1, tag, `${parentPath}/${tag.name}[${n}]`, scan, false));
          continue;
        }
        childStart = i;
        child = tag;
        if (selfClosing) finishChild(text, i, end + 1, tag, parentPath, counts, scan, isRoot);
        else depth = 1;
      } else if (!selfClosing) {
        depth++;
      }
      i = end + 1;
    }
    i = text.indexOf('<', i);
  }
  return text.length;
}

function finishChild(
  text: string,
  start: number,
  end: number,
  tag: StartTag,
  parentPath: string,
  counts: Map<string, number>,
  scan: AggregateScan,
  isRoot: boolean,
): void {
  const n = (counts.get(tag.name) ?? 0) + 1;
  counts.set(tag.name, n);
  if (isRoot && tag.namespace === DS && tag.localName === 'Signature') scan.signed = true;
  if (tag.namespace !== MD || tag.localName !== 'EntityDescriptor') return;
  scan.entities.push({
    xml: withInheritedNamespaces(text.slice(start, end), tag),
    offset: start,
    path: `${parentPath}/${tag.name}[${n}]`,
  });
}

/** Re-declares, on the chunk's own start tag, the namespaces it inherited from its ancestors. */
function withInheritedNamespaces(xml: string, tag: StartTag): string {
  const own = tag.attributes;
  let decls = '';
  for (const [prefix, uri] of tag.scope) {
    const attrName = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
    if (own.has(attrName)) continue;
    decls += ` ${attrName}="${uri.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  }
  if (!decls) return xml;
  const at = 1 + tag.name.length;
  return xml.slice(0, at) + decls + xml.slice(at);
}

const ATTR_RE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function parseStartTag(tagText: string, inherited: Map<string, string>): StartTag {
  const name = /^<([^\s/>]+)/.exec(tagText)?.[1] ?? '';
  const attributes = new Map<string, string>();
  const scope = new Map(inherited);
  for (const m of tagText.matchAll(ATTR_RE)) {
    const value = decodeEntities(m[3] ?? m[4] ?? '');
    attributes.set(m[1]!, value);
    if (m[1] === 'xmlns') scope.set('', value);
    else if (m[1]!.startsWith('xmlns:')) scope.set(m[1]!.slice(6), value);
  }
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? '' : name.slice(0, colon);
  return { name, localName: colon === -1 ? name : name.slice(colon + 1), namespace: scope.get(prefix), attributes, scope };
}

function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
}

/** Index of the '>' closing the tag that starts at i, honouring quoted attribute values. */
function tagEnd(text: string, i: number): number {
  let quote = 0;
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return j;
  }
  return text.length - 1;
}

function skipPast(text: string, end: string, from: number): number {
  const k = text.indexOf(end, from + 2);
  return k === -1 ? text.length : k + end.length;
}
