import type { Finding } from '../checks/types.js';
import { finding } from '../checks/types.js';
import { metadataNotMetadata } from '../checks/metadata/rules.js';
import { parseXml } from '../xml/parse.js';
import type { XmlLimits } from '../xml/parse.js';
import { prescanXml } from '../xml/prescan.js';
import { MD } from '../saml/ns.js';
import { readEntityDescriptor } from '../saml/metadata.js';
import type { EntityModel } from '../saml/metadata.js';
import { readRootTag, splitAggregate } from './split.js';

export interface AggregateInfo {
  name?: string;
  id?: string;
  validUntil?: string;
  cacheDuration?: string;
  /** A ds:Signature is a direct child of the root. */
  signed: boolean;
  /** Names of nested EntitiesDescriptor groups. */
  groups: string[];
}

export interface MetadataDocument {
  kind: 'entity' | 'aggregate';
  aggregate?: AggregateInfo;
  entities: EntityModel[];
}

export interface ReadMetadataOutcome {
  /** Absent when the text is not metadata or could not be parsed at all. */
  metadata?: MetadataDocument;
  findings: Finding[];
}

/**
 * Reads metadata text. A single EntityDescriptor is parsed whole; an aggregate is checked once
 * for DTDs and limits, then cut into entities that are parsed one at a time (see split.ts), so
 * memory stays proportional to the largest entity rather than to the file.
 */
export function readMetadataText(text: string, limits: Partial<XmlLimits> = {}): ReadMetadataOutcome {
  const root = readRootTag(text);
  const isAggregate = root?.tag.namespace === MD && root.tag.localName === 'EntitiesDescriptor';
  if (!isAggregate) return readSingle(text, limits);

  const scan = prescanXml(text, { maxDepth: limits.maxDepth ?? 256, maxAttributesPerElement: limits.maxAttributesPerElement ?? 256 });
  if (!scan.ok || (limits.maxSize !== undefined && text.length > limits.maxSize)) {
    // parseXml refuses before building any DOM and words the finding.
    return { findings: parseXml(text, limits).findings };
  }
  const split = splitAggregate(text)!;
  const findings: Finding[] = [];
  const entities: EntityModel[] = [];
  for (const chunk of split.entities) {
    const parsed = parseXml(chunk.xml, limits);
    for (const f of parsed.findings) findings.push({ ...f, location: [chunk.path, f.location].filter(Boolean).join(', ') });
    if (parsed.doc) entities.push({ ...readEntityDescriptor(parsed.doc.documentElement!), path: chunk.path });
  }
  const attrs = split.root.attributes;
  return {
    metadata: {
      kind: 'aggregate',
      aggregate: {
        name: attrs.get('Name'),
        id: attrs.get('ID'),
        validUntil: attrs.get('validUntil'),
        cacheDuration: attrs.get('cacheDuration'),
        signed: split.signed,
        groups: split.groups,
      },
      entities,
    },
    findings,
  };
}

/**
 * What a non-XML input is, in words: an XML parser's "missing root element" or a line of binary
 * garbage tells the reader nothing. Undefined when the text starts like XML.
 */
function notXml(text: string): { what: string; hint: string } | undefined {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  const download = 'Download the SAML metadata XML of the application again (Entra: SAML Certificates › Federation Metadata XML; Okta: Sign On › Metadata URL).';
  if (t === '') return { what: 'empty', hint: download };
  if (t.startsWith('<')) return undefined;
  const sample = t.slice(0, 4096);
  if (/\u0000/.test(sample) || (sample.match(/\uFFFD/g)?.length ?? 0) > sample.length / 10) {
    return { what: 'binary data', hint: download };
  }
  if (t.startsWith('-----BEGIN')) return { what: 'a PEM certificate or key', hint: `To lint a certificate, use saml-doctor cert. ${download}` };
  if (t.startsWith('{')) return { what: 'JSON', hint: `An SSO config is checked with saml-doctor config lint. ${download}` };
  if (/^https?:\/\//i.test(t)) return { what: 'a URL', hint: 'saml-doctor works offline: open the metadata URL in a browser, save the XML and pass that file.' };
  return { what: 'text that is not XML', hint: download };
}

function readSingle(text: string, limits: Partial<XmlLimits>): ReadMetadataOutcome {
  const other = notXml(text);
  if (other) {
    return {
      findings: [
        finding(metadataNotMetadata, {
          message: `the input is ${other.what}, not SAML metadata XML`,
          expected: 'an XML document with md:EntityDescriptor or md:EntitiesDescriptor as its root',
          actual: other.what,
          hint: other.hint,
        }),
      ],
    };
  }
  const parsed = parseXml(text, limits);
  if (!parsed.doc) return { findings: parsed.findings };
  const el = parsed.doc.documentElement!;
  if (el.namespaceURI !== MD || el.localName !== 'EntityDescriptor') {
    return {
      findings: [
        ...parsed.findings,
        finding(metadataNotMetadata, {
          message: `the root element is ${el.tagName}${el.namespaceURI ? ` (${el.namespaceURI})` : ''}, not SAML metadata`,
          expected: `md:EntityDescriptor or md:EntitiesDescriptor in ${MD}`,
          actual: el.namespaceURI ? `{${el.namespaceURI}}${el.localName}` : el.tagName,
          hint: 'Download the SAML federation metadata XML of the application again.',
        }),
      ],
    };
  }
  return { metadata: { kind: 'entity', entities: [readEntityDescriptor(el)] }, findings: parsed.findings };
}
