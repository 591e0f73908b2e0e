import { deflateRawSync } from 'node:zlib';
import { base64Bytes, readBase64 } from '../input/base64.js';
import { decodeEntities, parseAttributes } from '../input/html.js';
import { inflate } from '../input/inflate.js';
import { parseQuery, percentDecode } from '../input/query.js';
import { decodeText, looksLikeXml } from '../input/text.js';
import type { Placeholders } from './placeholders.js';
import { redactText } from './placeholders.js';
import { redactXml } from './xml.js';

/** What redaction of one document found: how many signed messages it changed. */
export interface RedactStats {
  signedMessages: number;
  /** SAML values that could not be decoded and were replaced whole. */
  opaqueValues: number;
}

export function newStats(): RedactStats {
  return { signedMessages: 0, opaqueValues: 0 };
}

const MAX_INFLATED = 16 * 1024 * 1024;

/** Base64 wrapped at a fixed width stays wrapped at that width. */
function rewrap(b64: string, like: string): string {
  const first = like.trim().split(/\r?\n/)[0]!.length;
  if (!/\n/.test(like.trim()) || first < 4) return b64;
  const nl = like.includes('\r\n') ? '\r\n' : '\n';
  return b64.match(new RegExp(`.{1,${first}}`, 'g'))!.join(nl);
}

/**
 * A SAMLRequest/SAMLResponse value (percent-decoded): base64 of XML, or of DEFLATEd XML for the
 * redirect binding. The XML is redacted and encoded back the same way; a value that does not
 * decode is replaced whole, since it may hold anything.
 */
export function redactSamlValue(value: string, ph: Placeholders, stats: RedactStats): string {
  const b64 = readBase64(value.trim());
  if (!b64) {
    if (looksLikeXml(value)) return redactXmlText(value, ph, stats);
    stats.opaqueValues++;
    return ph.secret(value);
  }
  const bytes = base64Bytes(b64);
  const text = decodeText(bytes);
  if (looksLikeXml(text)) return rewrap(Buffer.from(redactXmlText(text, ph, stats), 'utf8').toString('base64'), value);
  const inflated = inflate(bytes, MAX_INFLATED);
  if (inflated.ok) {
    const xml = decodeText(inflated.data);
    if (looksLikeXml(xml)) {
      const again = deflateRawSync(Buffer.from(redactXmlText(xml, ph, stats), 'utf8')).toString('base64');
      return rewrap(again, value);
    }
  }
  stats.opaqueValues++;
  return ph.secret(value);
}

export function redactXmlText(xml: string, ph: Placeholders, stats: RedactStats): string {
  const r = redactXml(xml, ph);
  if (!r) return redactText(xml, ph);
  if (r.signed) stats.signedMessages++;
  return r.xml;
}

function isSamlParam(name: string): boolean {
  return /^saml(request|response)$/i.test(name);
}

/** Percent-encodes like a browser form: spaces become '+'. */
function formEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

/**
 * A query string or form body: SAML parameters re-encoded after redaction, other values with
 * emails and IPs replaced. Segments keep their order and names; Signature stays (it is public).
 */
export function redactQuery(query: string, ph: Placeholders, stats: RedactStats): string {
  const params = parseQuery(query);
  // A redirect-binding signature covers the query bytes, which change with the message.
  if (params.some((p) => p.name === 'Signature') && params.some((p) => isSamlParam(p.name))) stats.signedMessages++;
  return params
    .map((p) => {
      const eq = p.segment.indexOf('=');
      if (eq === -1) return p.segment;
      const rawName = p.segment.slice(0, eq);
      if (isSamlParam(p.name)) return `${rawName}=${formEncode(redactSamlValue(percentDecode(p.raw, false), ph, stats))}`;
      if (/^(Signature|SigAlg)$/.test(p.name)) return p.segment;
      return `${rawName}=${redactText(p.raw, ph)}`;
    })
    .join('&');
}

export function redactUrl(url: string, ph: Placeholders, stats: RedactStats): string {
  const q = url.indexOf('?');
  if (q === -1) return redactText(url, ph);
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash === -1 ? undefined : hash);
  return `${redactText(url.slice(0, q), ph)}?${redactQuery(query, ph, stats)}${hash === -1 ? '' : redactText(url.slice(hash), ph)}`;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** An HTML page: SAML form fields redacted and re-encoded, then emails and IPs in the rest. */
export function redactHtml(html: string, ph: Placeholders, stats: RedactStats): string {
  const withForms = html.replace(/<input\b[^>]*>/gi, (tag) => {
    const attrs = parseAttributes(tag.slice(6, -1));
    const name = attrs.get('name');
    const value = attrs.get('value');
    if (!name || value === undefined) return tag;
    const redacted = isSamlParam(name)
      ? redactSamlValue(decodeEntities(value), ph, stats)
      : /^relaystate$/i.test(name)
        ? redactText(decodeEntities(value), ph)
        : undefined;
    if (redacted === undefined) return tag;
    return tag.replace(/\bvalue\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, `value="${escapeAttr(redacted)}"`);
  });
  return redactText(withForms, ph);
}
