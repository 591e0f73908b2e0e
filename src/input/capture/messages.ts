import type { Finding } from '../../checks/types.js';
import type { DecodedMessage, Provenance } from '../types.js';
import { scanHtml } from '../html.js';
import type { QueryParam } from '../query.js';
import { findParam, parseQuery, percentDecode, signedQueryOf } from '../query.js';
import { decodeCarriedValue } from '../decode.js';
import type { CaptureEntry, NameValue } from './entry.js';

/**
 * How a message appears in the capture. `query` and `post` are the requests the browser sent;
 * `html-form` (the auto-post page) and `location` (a redirect header) announce a request that
 * usually follows as its own entry, so they only count when that entry is missing.
 */
export type Carrier = 'query' | 'post' | 'html-form' | 'location' | 'saml-tracer';

export interface CapturedMessage extends DecodedMessage {
  carrier: Carrier;
}

export interface EntryMessages {
  messages: CapturedMessage[];
  findings: Finding[];
}

type SamlParam = 'SAMLResponse' | 'SAMLRequest';

function base(entry: CaptureEntry, source: string, kind: 'har' | 'saml-tracer'): Provenance {
  const p: Provenance = { source, steps: [kind], entryIndex: entry.index, method: entry.method, url: entry.url };
  if (entry.startedDateTime) p.capturedAt = entry.startedDateTime;
  if (entry.status !== undefined) p.httpStatus = entry.status;
  return p;
}

function where(entry: CaptureEntry, what: string): string {
  return `entry ${entry.index} (${entry.method} ${entry.url.split('?')[0]}), ${what}`;
}

/**
 * Decodes one SAMLRequest/SAMLResponse value found in the entry with the same decoder as a pasted
 * value; its findings go to `out`, and each message comes back with the decoding steps taken.
 */
function decodeValue(
  value: string,
  prov: Provenance,
  binding: 'HTTP-POST' | 'HTTP-Redirect',
  location: string,
  out: EntryMessages,
): Array<{ xml: string; steps: string[] }> {
  const decoded = decodeCarriedValue(value, { source: prov.source, binding }, { location });
  out.findings.push(...decoded.findings);
  return decoded.messages.map((m) => ({ xml: m.xml, steps: m.provenance.steps }));
}

/** Redirect binding: SAML parameters in a URL query, with the exact bytes a signature covers. */
function fromQuery(url: string, prov: Provenance, entry: CaptureEntry, carrier: Carrier, out: EntryMessages): void {
  const q = url.indexOf('?');
  if (q === -1) return;
  const params = parseQuery(url.slice(q + 1));
  for (const name of ['SAMLRequest', 'SAMLResponse'] as const) {
    const p = findParam(params, name);
    if (!p) continue;
    const relay = findParam(params, 'RelayState');
    const sigAlg = findParam(params, 'SigAlg');
    const signature = findParam(params, 'Signature');
    const location = where(entry, `${carrier} parameter ${name}`);
    for (const decoded of decodeValue(percentDecode(p.raw, false), prov, 'HTTP-Redirect', location, out)) {
      const provenance: Provenance = {
        ...prov,
        steps: [...prov.steps, carrier === 'location' ? 'location-header' : 'query', 'url-decode', ...decoded.steps],
        binding: 'HTTP-Redirect',
        parameter: name,
        url: url.split('?')[0],
      };
      if (carrier === 'location') {
        provenance.method = 'GET';
        delete provenance.httpStatus;
    }
    if (relay) provenance.relayState = percentDecode(relay.raw, true);
    if (sigAlg) provenance.sigAlg = percentDecode(sigAlg.raw, true);
    if (signature) provenance.signature = percentDecode(signature.raw, false);
    if (sigAlg && signature) provenance.signedQuery = signedQueryOf(p, relay, sigAlg);
    out.messages.push({ xml: decoded.xml, provenance, carrier });
    }
  }
}

/** Form fields of a POST body: url-encoded text, multipart text, or the params list. */
function postFields(entry: CaptureEntry): NameValue[] {
  const text = entry.requestText;
  if (text !== undefined && text !== '') {
    const boundary = /boundary=("?)([^";]+)\1/i.exec(entry.requestMimeType ?? '')?.[2] ?? /^--([^\r\n]+)/.exec(text)?.[1];
    if (entry.requestMimeType?.startsWith('multipart/') || (boundary && text.startsWith(`--${boundary}`))) {
      return boundary ? multipartFields(text, boundary) : [];
    }
    if (!text.trimStart().startsWith('{')) {
      return parseQuery(text).map((p: QueryParam) => ({ name: p.name, value: percentDecode(p.raw, true) }));
    }
  }
  // Params lists hold decoded values (Firefox) or still-encoded ones (some Chrome versions).
  return (entry.requestParams ?? []).map((p) => ({ name: p.name, value: percentDecode(p.value, false) }));
}

function multipartFields(text: string, boundary: string): NameValue[] {
  const out: NameValue[] = [];
  for (const part of text.split(`--${boundary}`)) {
    const headerEnd = part.indexOf('\r\n\r\n') !== -1 ? part.indexOf('\r\n\r\n') : part.indexOf('\n\n');
    if (headerEnd === -1) continue;
    const name = /name="([^"]*)"/i.exec(part.slice(0, headerEnd))?.[1];
    if (!name) continue;
    const body = part.slice(headerEnd).replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '');
    out.push({ name, value: body });
  }
  return out;
}

function field(fields: readonly NameValue[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return (fields.find((f) => f.name === name) ?? fields.find((f) => f.name.toLowerCase() === lower))?.value;
}

function fromPost(entry: CaptureEntry, prov: Provenance, out: EntryMessages): void {
  if (entry.method !== 'POST') return;
  const fields = postFields(entry);
  for (const name of ['SAMLResponse', 'SAMLRequest'] as const) {
    const value = field(fields, name);
    if (value === undefined) continue;
    for (const decoded of decodeValue(value, prov, 'HTTP-POST', where(entry, `POST parameter ${name}`), out)) {
      const provenance: Provenance = {
        ...prov,
        steps: [...prov.steps, 'form', ...decoded.steps],
        binding: 'HTTP-POST',
        parameter: name,
        url: entry.url.split('?')[0],
      };
      const relay = field(fields, 'RelayState');
      if (relay !== undefined) provenance.relayState = relay;
      out.messages.push({ xml: decoded.xml, provenance, carrier: 'post' });
    }
  }
}

function fromHtml(entry: CaptureEntry, prov: Provenance, out: EntryMessages): void {
  const text = entry.responseText;
  if (!text || (text.indexOf('SAMLResponse') === -1 && text.indexOf('SAMLRequest') === -1)) return;
  for (const f of scanHtml(text).fields) {
    for (const decoded of decodeValue(f.value, prov, 'HTTP-POST', where(entry, `auto-post form field ${f.name}`), out)) {
      const provenance: Provenance = {
        ...prov,
        steps: [...prov.steps, 'html-form', ...decoded.steps],
        binding: 'HTTP-POST',
        parameter: f.name as SamlParam,
        method: f.method ?? 'POST',
      };
      delete provenance.httpStatus;
      if (f.action) provenance.url = resolveUrl(f.action, entry.url);
      if (f.relayState !== undefined) provenance.relayState = f.relayState;
      out.messages.push({ xml: decoded.xml, provenance, carrier: 'html-form' });
    }
  }
}

function resolveUrl(href: string, baseUrl: string): string {
  try {
    return new URL(href, baseUrl).toString();
  } catch {
    return href;
  }
}

/** SAML-tracer decoded the message itself; used when the parameters were filtered out of the export. */
function fromTracer(entry: CaptureEntry, prov: Provenance, out: EntryMessages): void {
  if (!entry.tracerSaml || out.messages.length) return;
  const provenance: Provenance = {
    ...prov,
    steps: [...prov.steps, 'saml-tracer-decoded'],
    binding: entry.method === 'POST' ? 'HTTP-POST' : 'HTTP-Redirect',
    url: entry.url.split('?')[0],
  };
  out.messages.push({ xml: entry.tracerSaml, provenance, carrier: 'saml-tracer' });
}

/** Every SAML message one entry carries, in the order the browser handled them. */
export function messagesOfEntry(entry: CaptureEntry, source: string, kind: 'har' | 'saml-tracer'): EntryMessages {
  const out: EntryMessages = { messages: [], findings: [] };
  const prov = base(entry, source, kind);
  fromQuery(entry.url, prov, entry, 'query', out);
  fromPost(entry, prov, out);
  if (kind === 'saml-tracer') fromTracer(entry, prov, out);
  fromHtml(entry, prov, out);
  if (entry.location && entry.status !== undefined && entry.status >= 300 && entry.status < 400) {
    fromQuery(resolveUrl(entry.location, entry.url), prov, entry, 'location', out);
  }
  return out;
}
