import { DOMParser } from '@xmldom/xmldom';
import type { Document } from '@xmldom/xmldom';
import type { Finding } from '../checks/types.js';
import { finding } from '../checks/types.js';
import {
  xmlDoctype,
  xmlMalformed,
  xmlTooDeep,
  xmlTooLarge,
  xmlTooManyAttributes,
  xmlTooManyElements,
  xmlWarning,
} from '../checks/xml/index.js';
import { lineColumn, prescanXml } from './prescan.js';

export interface XmlLimits {
  /** Bytes (UTF-16 code units, close enough) of XML text accepted. */
  maxSize: number;
  maxDepth: number;
  maxAttributesPerElement: number;
  maxElements: number;
}

/** Generous enough for one federation entity or a whole signed aggregate read with --trust. */
export const DEFAULT_XML_LIMITS: XmlLimits = {
  maxSize: 256 * 1024 * 1024,
  maxDepth: 256,
  maxAttributesPerElement: 256,
  maxElements: 5_000_000,
};

/**
 * For protocol messages. A Response with 500 group values has about a thousand elements and is
 * under 100 KB; these bounds keep a hostile one answered in well under a second.
 */
export const MESSAGE_XML_LIMITS: XmlLimits = {
  ...DEFAULT_XML_LIMITS,
  maxSize: 16 * 1024 * 1024,
  maxElements: 100_000,
};

/** Parser warnings reported one by one; the rest are counted in a last finding. */
const MAX_WARNINGS = 20;

export interface ParsedXml {
  /** Absent when parsing was refused or failed fatally. */
  doc?: Document;
  findings: Finding[];
}

/** Parses untrusted XML: no DTDs, bounded size, depth and attribute counts; never throws. */
export function parseXml(text: string, limits: Partial<XmlLimits> = {}): ParsedXml {
  const lim = { ...DEFAULT_XML_LIMITS, ...limits };
  if (text.length > lim.maxSize) {
    return {
      findings: [
        finding(xmlTooLarge, {
          message: `XML is ${formatBytes(text.length)}, over the ${formatBytes(lim.maxSize)} limit`,
          expected: `at most ${formatBytes(lim.maxSize)}`,
          actual: formatBytes(text.length),
          hint: 'Check that this is the file you meant; raise the limit with --max-size if it is.',
        }),
      ],
    };
  }
  const scan = prescanXml(text, lim);
  if (!scan.ok) {
    const { line, column } = lineColumn(text, scan.offset);
    const location = `line ${line}, column ${column}`;
    switch (scan.reason) {
      case 'doctype':
      case 'entity':
        return {
          findings: [
            finding(xmlDoctype, {
              message:
                scan.reason === 'doctype'
                  ? 'the XML declares a DOCTYPE; refused (entity expansion and XXE risk)'
                  : 'the XML contains a markup declaration (<!...>); refused',
              location,
              hint: 'A real IdP never sends a DOCTYPE. Treat this message as hostile or mangled in transit.',
            }),
          ],
        };
      case 'too-deep':
        return {
          findings: [
            finding(xmlTooDeep, {
              message: `elements nest more than ${lim.maxDepth} deep; refused before parsing`,
              expected: `at most ${lim.maxDepth} levels`,
              actual: `over ${lim.maxDepth} levels`,
              location,
            }),
          ],
        };
      case 'too-many-elements':
        return {
          findings: [
            finding(xmlTooManyElements, {
              message: `the document has more than ${lim.maxElements} elements; refused before parsing`,
              expected: `at most ${lim.maxElements} elements`,
              actual: `over ${lim.maxElements}`,
              location,
            }),
          ],
        };
      case 'too-many-attributes':
        return {
          findings: [
            finding(xmlTooManyAttributes, {
              message: `an element has ${scan.value} attributes; refused before parsing`,
              expected: `at most ${lim.maxAttributesPerElement}`,
              actual: scan.value,
              location,
            }),
          ],
        };
    }
  }

  const findings: Finding[] = [];
  let doc: Document | undefined;
  let firstError: string | undefined;
  let warnings = 0;
  try {
    const parser = new DOMParser({
      onError(level, message, context) {
        if (level === 'warning') {
          warnings++;
          if (warnings <= MAX_WARNINGS) {
            findings.push(finding(xmlWarning, { message: cleanMessage(message), location: locate(context) }));
          }
        } else {
          // Errors are as bad as fatal ones for a security tool: stop here.
          firstError ??= message;
          throw new Error(message);
        }
      },
    });
    doc = parser.parseFromString(text, 'text/xml');
  } catch (e) {
    const msg = firstError ?? (e instanceof Error ? e.message : String(e));
    findings.push(
      finding(xmlMalformed, {
        message: `not well-formed XML: ${cleanMessage(msg)}`,
        location: locate(e),
        hint: 'The value was probably cut short or edited when it was copied; copy it again in full.',
      }),
    );
    return { findings };
  }
  if (warnings > MAX_WARNINGS) {
    findings.push(finding(xmlWarning, { message: `${warnings - MAX_WARNINGS} more parser warnings not listed` }));
  }
  if (!doc.documentElement) {
    findings.push(finding(xmlMalformed, { message: 'not well-formed XML: no root element' }));
    return { findings };
  }
  return { doc, findings };
}

function cleanMessage(message: string): string {
  return message.split('\n')[0]!.replace(/^Error constructing the DOM: /, '').trim();
}

/** xmldom puts the position on a `locator` of the parse context or of the thrown ParseError. */
function locate(source: unknown): string | undefined {
  const loc = (source as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
  return loc?.lineNumber ? `line ${loc.lineNumber}, column ${loc.columnNumber ?? 1}` : undefined;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
