import type { Rule } from '../types.js';
import { defineRule } from '../types.js';

export const xmlDoctype = defineRule({
  code: 'xml-doctype-refused',
  title: 'XML with a DOCTYPE or entity declaration is refused',
  severity: 'error',
  area: 'xml',
  explain:
    'SAML messages never need a document type declaration. A DOCTYPE or <!ENTITY> in a message is the ' +
    'vehicle of XML entity-expansion ("billion laughs") and external-entity (XXE) attacks, so the tool ' +
    'refuses to parse it at all instead of trying to expand it safely. A genuine IdP never sends one: if ' +
    'you see this on a real login, treat the message as hostile or as mangled by a proxy.',
});

export const xmlMalformed = defineRule({
  code: 'xml-malformed',
  title: 'The XML is not well-formed',
  severity: 'error',
  area: 'xml',
  explain:
    'The decoded bytes are meant to be XML but the parser stopped on an error (an unclosed tag, an ' +
    'unbound namespace prefix, text after the root element). The location gives the line and column. ' +
    'Usually the payload was cut short when it was copied (a truncated SAMLResponse value), or two ' +
    'messages were pasted together. Copy the whole value again, from the form post or the HAR.',
});

export const xmlWarning = defineRule({
  code: 'xml-parser-warning',
  title: 'The XML parser reported a recoverable problem',
  severity: 'warning',
  area: 'xml',
  explain:
    'The parser could continue, but the document is not entirely as an XML processor expects (for ' +
    'example an attribute given twice, or a stray character). Another SAML library may reject what ' +
    'this one accepted, so the IdP or whatever edited the message should fix it.',
});

export const xmlTooLarge = defineRule({
  code: 'xml-too-large',
  title: 'The XML is larger than the configured limit',
  severity: 'error',
  area: 'xml',
  explain:
    'The document exceeds the size limit (--max-size, default 256 MiB). Real SAML responses are a few ' +
    'kilobytes and even national federation aggregates stay below the default, so this is most likely the ' +
    'wrong file. Raise the limit with --max-size if you really need to read it.',
});

export const xmlTooDeep = defineRule({
  code: 'xml-too-deep',
  title: 'The XML nests deeper than any SAML message does',
  severity: 'error',
  area: 'xml',
  explain:
    'SAML messages nest a dozen or so elements deep. Thousands of nested elements are a way to exhaust ' +
    'the stack of recursive XML processors (canonicalisation in signature checks), so the document is ' +
    'refused before any of them runs.',
});

export const xmlTooManyAttributes = defineRule({
  code: 'xml-too-many-attributes',
  title: 'An element carries an implausible number of attributes',
  severity: 'error',
  area: 'xml',
  explain:
    'One element has thousands of attributes. No SAML schema allows that; it is a way to make XML ' +
    'parsers spend quadratic time. The document is refused before it is parsed.',
});

export const xmlTooManyElements = defineRule({
  code: 'xml-too-many-elements',
  title: 'The XML has far more elements than a SAML message has',
  severity: 'error',
  area: 'xml',
  explain:
    'A SAML Response has tens to a few thousand elements, even with hundreds of group values. A document ' +
    'with hundreds of thousands of elements costs the parser and the signature check seconds each, which ' +
    'is how hostile input stalls a validator, so it is refused before parsing. Metadata aggregates get a ' +
    'far higher limit because they are read one entity at a time.',
});

export const xmlRules: readonly Rule[] = [
  xmlDoctype,
  xmlMalformed,
  xmlWarning,
  xmlTooLarge,
  xmlTooDeep,
  xmlTooManyAttributes,
  xmlTooManyElements,
];
