import type { Finding, FindingDetails, Rule } from '../checks/types.js';
import { finding } from '../checks/types.js';
import {
  inputBase64Truncated,
  inputBinary,
  inputEmpty,
  inputFileType,
  inputHtmlNoSamlForm,
  inputInflateFailed,
  inputJsonMalformed,
  inputJsonNotCapture,
  inputNotSamlText,
  inputTooLarge,
  inputTooManyLayers,
  inputUrlNoSamlParameter,
} from '../checks/input/index.js';
import { formatBytes } from '../xml/parse.js';
import { type Base64Text, base64Bytes, readBase64 } from './base64.js';
import { decodeCapture } from './capture/index.js';
import { binaryLook, formatCount, hexHead } from './describe.js';
import { looksLikeHtml, scanHtml } from './html.js';
import { hasZlibHeader, inflate } from './inflate.js';
import { findParam, hasPercentEscape, parseQuery, percentDecode, signedQueryOf } from './query.js';
import { describePemLabel, isCertificateLabel, pemBlocks, sniffDer, sniffFileType } from './sniff.js';
import { bytesToText, firstElement, looksLikeXml, preview, trimSpace } from './text.js';
import type { DecodeResult, DecodedMessage, InputKind, Provenance } from './types.js';

export interface DecodeLimits {
  /** Input bytes read at all; beyond this the answer is input-too-large without looking further. */
  maxInputBytes: number;
  /**
   * Largest encoded (base64, URL-encoded) or inflated message handled. A SAML message is a few KiB
   * and large metadata comes as plain XML, so this only stops bombs and hostile blobs early.
   */
  maxMessageBytes: number;
  /** Encoding layers (quotes, URL encoding, base64, inflate, form/URL/HTML extraction) unwrapped. */
  maxLayers: number;
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = {
  maxInputBytes: 256 * 1024 * 1024,
  maxMessageBytes: 16 * 1024 * 1024,
  maxLayers: 8,
};

/** A DecodeResult that also hands back certificates found in the input (kind 'certificate'). */
export interface DecodedInput extends DecodeResult {
  /** DER of each certificate, in input order; a broken PEM may leave this short or empty. */
  certificates?: Uint8Array[];
}

type Via = Omit<Provenance, 'source' | 'steps'>;

/** What is known about the layer being decoded: how we got here and what the carrier said. */
interface Trail {
  steps: readonly string[];
  layer: number;
  via: Via;
  /** Carried in a form body or query string with no other binding evidence: POST unless deflated. */
  formBody?: boolean;
  /** The carrier promises DEFLATE (a redirect URL, a signed query): failing to inflate is its own finding. */
  expectDeflate?: boolean;
  /** The base64 reading these bytes came from, with the text it was read from. */
  base64?: Base64Text & { original: string };
}

/**
 * Sniffs what the bytes are and unwraps them down to SAML XML, recording each step. Pure and
 * total: every input, however hostile, ends in messages or input-* findings, in linear time.
 */
export function decodeInput(data: Uint8Array, source: string, limits: Partial<DecodeLimits> = {}): DecodedInput {
  return new Decoder(source, { ...DEFAULT_DECODE_LIMITS, ...limits }).run(data);
}

/**
 * Decodes one SAMLRequest/SAMLResponse value already taken out of its carrier (a HAR form
 * parameter, a SAML-tracer entry), with the same tolerance and findings as decodeInput.
 * The carrier's binding says what to expect: HTTP-Redirect values must inflate.
 * `location` (e.g. "HAR entry 14") is put on every finding.
 */
export function decodeCarriedValue(
  value: string,
  carrier: Omit<Provenance, 'steps'>,
  options: { location?: string; limits?: Partial<DecodeLimits> } = {},
): DecodedInput {
  const { source, ...via } = carrier;
  const decoder = new Decoder(source, { ...DEFAULT_DECODE_LIMITS, ...options.limits });
  const result = decoder.carried(value, {
    steps: [],
    layer: 0,
    via,
    formBody: via.binding === undefined,
    expectDeflate: via.binding === 'HTTP-Redirect',
  });
  if (options.location !== undefined) for (const f of result.findings) f.location ??= options.location;
  return result;
}

class Decoder {
  private kind: InputKind | undefined;
  private readonly messages: DecodedMessage[] = [];
  private readonly findings: Finding[] = [];
  private certificates: Uint8Array[] | undefined;

  constructor(
    private readonly source: string,
    private readonly limits: DecodeLimits,
  ) {}

  carried(value: string, trail: Trail): DecodedInput {
    this.text(value, trail);
    return this.result();
  }

  run(data: Uint8Array): DecodedInput {
    if (data.length > this.limits.maxInputBytes) {
      this.report(inputTooLarge, {
        message: `the input is ${formatBytes(data.length)}, over the ${formatBytes(this.limits.maxInputBytes)} limit; not read`,
        expected: `at most ${formatBytes(this.limits.maxInputBytes)}`,
        actual: formatBytes(data.length),
        hint: 'Check that this is the file you meant; raise the limit with --max-size if it is.',
      });
    } else if (isBlank(data)) {
      this.report(inputEmpty, {
        message: data.length === 0 ? 'the input is empty' : `the input holds only whitespace (${formatCount(data.length)} bytes)`,
        hint: 'Copy the SAMLResponse value again (browser devtools › Network › the POST to the ACS URL › Payload), or name the file that holds it.',
      });
    } else {
      this.bytes(data, { steps: [], layer: 0, via: {} });
    }
    return this.result();
  }

  private result(): DecodedInput {
    const result: DecodedInput = { kind: this.kind ?? 'unknown', messages: this.messages, findings: this.findings };
    if (this.certificates) result.certificates = this.certificates;
    return result;
  }

  private report(rule: Rule, details: FindingDetails): void {
    this.findings.push(finding(rule, details));
  }

  private mark(kind: InputKind): void {
    this.kind ??= kind;
  }

  /** One more layer unwrapped; undefined (and a finding) once the limit is passed. */
  private deeper(trail: Trail, step: string, extra: Partial<Trail> = {}): Trail | undefined {
    const next: Trail = { ...trail, ...extra, steps: [...trail.steps, step], layer: trail.layer + 1 };
    if (next.layer > this.limits.maxLayers) {
      this.report(inputTooManyLayers, {
        message: `gave up after ${this.limits.maxLayers} layers of decoding without reaching a SAML message`,
        expected: `at most ${this.limits.maxLayers} layers`,
        actual: next.steps.join(' → '),
        hint: 'Find where the value was encoded again and again, and copy it from before that point.',
      });
      return undefined;
    }
    return next;
  }

  private bytes(data: Uint8Array, trail: Trail): void {
    const what = this.subject(trail);
    if (data.length === 0) {
      this.report(inputBinary, { message: `${what} is empty (zero bytes)`, actual: trail.steps.join(' → ') });
      return;
    }
    const type = sniffFileType(data);
    if (type) {
      this.report(inputFileType, {
        message: `${what} is ${type}, not a SAML message`,
        actual: type,
        expected: 'a SAML message, HAR or SAML-tracer capture, or certificate',
        hint: fileTypeHint(type),
      });
      return;
    }
    if (data[0] === 0x30) {
      const der = sniffDer(data);
      if (der?.kind === 'certificate') {
        this.kind = 'certificate';
        (this.certificates ??= []).push(data);
        return;
      }
      if (der) {
        this.report(inputFileType, {
          message: `${what} is ${der.what}, not a SAML message`,
          actual: der.what,
          expected: 'a SAML message, HAR or SAML-tracer capture, or certificate',
          hint: fileTypeHint(der.what),
        });
        return;
      }
    }
    const text = bytesToText(data);
    if (text) {
      const steps = text.encoding === 'utf-8' ? trail.steps : [...trail.steps, text.encoding];
      this.text(text.text, { ...trail, steps });
    } else {
      this.binary(data, trail);
    }
  }

  private binary(data: Uint8Array, trail: Trail): void {
    const what = this.subject(trail);
    const out = inflate(data, this.limits.maxMessageBytes);
    if (out.ok) {
      const next = this.deeper(trail, out.step);
      if (next) this.bytes(out.data, next);
      return;
    }
    if (out.reason === 'too-large') {
      this.report(inputTooLarge, {
        message: `${what} inflates to more than ${formatBytes(this.limits.maxMessageBytes)}; a SAML message is a few KiB, so this was stopped`,
        expected: `at most ${formatBytes(this.limits.maxMessageBytes)} after inflating`,
        actual: `over ${formatBytes(this.limits.maxMessageBytes)}`,
        hint: 'This is a compression bomb or not a SAML message at all; do not process it further.',
      });
      return;
    }
    if (out.reason === 'ended-early' && (trail.expectDeflate || trail.base64) && startsLikeXml(out.partial)) {
      this.report(inputBase64Truncated, {
        message: `${what} is a DEFLATE stream that stops early: it inflates to ${formatCount(out.partial.length)} bytes of XML and then ends; the value was cut short`,
        actual: `${preview(bytesToText(out.partial)?.text.slice(-40) ?? '', 40)} at the end`,
        hint: 'Copy the whole SAMLRequest/SAMLResponse value again; a HAR export keeps it complete.',
      });
      return;
    }
    if (trail.expectDeflate || hasZlibHeader(data)) {
      this.report(inputInflateFailed, {
        message: `${what} should be DEFLATE-compressed XML (redirect binding) but does not inflate (${out.error}); its ${formatCount(data.length)} bytes are ${binaryLook(data)}`,
        expected: 'raw DEFLATE (or zlib) data that inflates to XML',
        actual: `${out.error}; first bytes ${hexHead(data)}`,
        hint: 'Copy the value again in full. If it was copied correctly, the sender compresses it wrongly: the SP admin (for a SAMLRequest) or IdP admin (for a SAMLResponse) should check the HTTP-Redirect binding settings.',
      });
      return;
    }
    const b64 = trail.base64;
    if (b64 && isWordy(b64, b64.original)) {
      this.notSamlText(b64.original, { ...trail, steps: trail.steps.slice(0, -1) });
      return;
    }
    this.report(inputBinary, {
      message: `${what} is ${formatCount(data.length)} bytes of binary data, neither XML nor DEFLATE-compressed XML${b64 ? '' : ' nor a known file type'}: ${binaryLook(data)}`,
      expected: 'XML, or DEFLATE-compressed XML (redirect binding)',
      actual: `first bytes ${hexHead(data)}`,
      hint: 'Copy the SAMLResponse (POST to the app) or SAMLRequest (redirect to the IdP) parameter itself, not a cookie or another field.',
    });
  }

  private text(raw: string, trail: Trail): void {
    const t = stripTrailingSeparators(trimSpace(raw));
    if (t === '') {
      this.report(inputEmpty, {
        message: `${this.subject(trail)} holds only whitespace`,
        hint: 'Copy the value again; the field you copied was empty.',
      });
      return;
    }
    const quoted = unquote(t);
    if (quoted) {
      const next = this.deeper(trail, quoted.step);
      if (next) this.text(quoted.inner, next);
      return;
    }
    if (looksLikeXml(t)) {
      if (looksLikeHtml(t)) this.html(t, trail);
      else this.xml(t, trail);
      return;
    }
    const c = t.charCodeAt(0);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      this.json(t, trail);
      return;
    }
    const pem = t.indexOf('-----BEGIN ');
    if (pem !== -1 && pem < 8192) {
      this.pem(t, trail);
      return;
    }
    const carrier = queryCarrier(t);
    if (carrier) {
      this.query(carrier, trail);
      return;
    }
    if (t.length > this.limits.maxMessageBytes) {
      this.report(inputTooLarge, {
        message: `${this.subject(trail)} is ${formatBytes(t.length)} of text that is not XML, JSON or a page; encoded SAML messages are a few KiB, so it was not decoded`,
        expected: `an encoded message of at most ${formatBytes(this.limits.maxMessageBytes)}`,
        actual: `${formatBytes(t.length)} starting ${preview(t, 24)}`,
        hint: 'Check that this is the file you meant: a SAML message, a HAR capture or metadata XML.',
      });
      return;
    }
    if (!t.includes(' ') && hasPercentEscape(t)) {
      this.mark('url-encoded');
      const next = this.deeper(trail, 'url-decode');
      if (next) this.text(decodeValue(t), next);
      return;
    }
    const b64 = readBase64(t);
    if (b64) {
      this.base64(b64, t, trail);
      return;
    }
    this.notSamlText(t, trail);
  }

  private xml(t: string, trail: Trail): void {
    this.mark('xml');
    const decoded = trail.steps.some((s) => s.startsWith('base64') || s.endsWith('inflate'));
    if (decoded && !xmlLooksComplete(t)) {
      this.report(inputBase64Truncated, {
        message: `${this.subject(trail)} is XML that stops in the middle (${formatCount(t.length)} characters, ending ${preview(t.slice(-40), 40)}); the value was cut short`,
        expected: 'a complete XML document',
        actual: `ends ${preview(t.slice(-40), 40)}`,
        hint: 'Copy the whole value again; browser devtools and terminals cut long values. A HAR export keeps it complete.',
      });
      return;
    }
    const provenance: Provenance = { source: this.source, steps: [...trail.steps], ...trail.via };
    const inflated = trail.steps.some((s) => s.endsWith('inflate'));
    const binding = trail.via.binding ?? (inflated ? 'HTTP-Redirect' : trail.formBody ? 'HTTP-POST' : undefined);
    if (binding) provenance.binding = binding;
    this.messages.push({ xml: t, provenance });
  }

  private base64(b64: Base64Text, original: string, trail: Trail): void {
    if (b64.remainder === 1 && isWordy(b64, original)) {
      this.notSamlText(original, trail);
      return;
    }
    this.mark('base64');
    if (b64.remainder === 1) {
      this.report(inputBase64Truncated, {
        message: `${this.subject(trail)} looks like base64 but its length cannot be complete: ${formatCount(b64.compact.length)} characters, one more than a multiple of four`,
        expected: 'base64 in whole groups of four characters (padded with "=")',
        actual: `${formatCount(b64.compact.length)} characters, ending ${preview(b64.compact.slice(-12), 12)}`,
        hint: 'Copy the whole value again; it was cut when it was copied.',
      });
      return;
    }
    // Once spaces stood for '+', a final '+' was a trailing space and fell to trimming; padding
    // survives form decoding, so an unpadded group of three is that lost '+'.
    const repaired = b64.spacesAsPlus && !b64.padded && b64.remainder === 3 ? { ...b64, compact: `${b64.compact}+`, remainder: 0 } : b64;
    const next = this.deeper(trail, b64.url ? 'base64url' : 'base64', { base64: { ...repaired, original } });
    if (next) this.bytes(base64Bytes(repaired), next);
  }

  private query(carrier: QueryCarrier, trail: Trail): void {
    this.mark(carrier.url === undefined ? 'form' : 'url');
    const params = parseQuery(carrier.query);
    const carried = params.filter((p) => /^saml(request|response)$/i.test(p.name));
    if (carried.length === 0) {
      const names = params.map((p) => p.name);
      const artifact = names.some((n) => n.toLowerCase() === 'samlart');
      this.report(inputUrlNoSamlParameter, {
        message: artifact
          ? 'this carries a SAMLart (artifact binding): only a reference, which the SP resolves with the IdP over a back channel; the message itself is not here'
          : `${carrier.url === undefined ? 'the query string' : 'the URL'} has no SAMLRequest or SAMLResponse parameter${names.length ? ` (parameters: ${names.slice(0, 12).join(', ')})` : ''}`,
        expected: 'a SAMLRequest or SAMLResponse parameter',
        actual: names.length ? names.slice(0, 12).join(', ') : 'no parameters',
        hint: artifact
          ? 'Capture the artifact resolution on the SP side, or switch the SP to the HTTP-POST binding while debugging.'
          : 'Copy the redirect to the IdP (…?SAMLRequest=…) or the POST to the ACS URL (SAMLResponse=…), or save the login as a HAR file.',
      });
      return;
    }
    const relay = findParam(params, 'RelayState');
    const sigAlg = findParam(params, 'SigAlg');
    const signature = findParam(params, 'Signature');
    for (const param of carried) {
      const via: Via = { ...trail.via, parameter: /request/i.test(param.name) ? 'SAMLRequest' : 'SAMLResponse' };
      if (relay) via.relayState = percentDecode(relay.raw, true);
      if (sigAlg) via.sigAlg = percentDecode(sigAlg.raw, true);
      // Signature is base64: a literal '+' in it is a base64 '+', as in the message value.
      if (signature) via.signature = percentDecode(signature.raw, false);
      if (sigAlg && !carrier.rebuilt) via.signedQuery = signedQueryOf(param, relay, sigAlg);
      if (carrier.url !== undefined) {
        via.url = carrier.url;
        via.method = 'GET';
      }
      const redirect = carrier.url !== undefined || sigAlg !== undefined || signature !== undefined;
      if (redirect) via.binding = 'HTTP-Redirect';
      const step = carrier.url === undefined ? 'form' : 'url';
      const next = this.deeper(trail, step, { via, formBody: !redirect, expectDeflate: redirect });
      if (!next) return;
      const encoded = !carrier.rebuilt && hasPercentEscape(param.raw);
      const value = encoded ? { ...next, steps: [...next.steps, 'url-decode'] } : next;
      this.text(decodeValue(param.raw), value);
    }
  }

  private html(t: string, trail: Trail): void {
    this.mark('html');
    const scan = scanHtml(t);
    if (scan.fields.length === 0) {
      this.report(inputHtmlNoSamlForm, {
        message: `${this.subject(trail)} is an HTML page with no SAMLResponse or SAMLRequest form field${scan.title ? ` (page title: ${preview(scan.title, 80)})` : ''}`,
        expected: 'an auto-post form with <input name="SAMLResponse"> or <input name="SAMLRequest">',
        actual: scan.title ? `a page titled ${preview(scan.title, 80)}` : 'an HTML page without such a field',
        hint: 'If this is an error page, its text names the problem. To capture the message, save the whole login as a HAR file.',
      });
      return;
    }
    for (const field of scan.fields) {
      const method = field.method ?? 'POST';
      const via: Via = { ...trail.via, parameter: field.name, method, binding: method === 'GET' ? 'HTTP-Redirect' : 'HTTP-POST' };
      if (field.action !== undefined) via.url = field.action;
      if (field.relayState !== undefined) via.relayState = field.relayState;
      const next = this.deeper(trail, 'html-form', { via, expectDeflate: method === 'GET' });
      if (!next) return;
      this.text(field.value, next);
    }
  }

  private json(t: string, trail: Trail): void {
    let json: unknown;
    try {
      json = JSON.parse(t);
    } catch (e) {
      this.report(inputJsonMalformed, {
        message: `${this.subject(trail)} starts like JSON but does not parse: ${e instanceof Error ? e.message : String(e)}`,
        actual: `${formatCount(t.length)} characters starting ${preview(t, 40)}`,
        hint: 'A HAR or SAML-tracer export that was cut short looks like this; export it again.',
      });
      return;
    }
    const shape = captureShape(json);
    if (shape === 'har' || shape === 'saml-tracer') {
      const result = decodeCapture(json, this.source);
      this.kind ??= result.kind;
      this.messages.push(...result.messages);
      this.findings.push(...result.findings);
      return;
    }
    this.report(inputJsonNotCapture, {
      message: `${this.subject(trail)} is JSON but neither a HAR file nor a SAML-tracer export: ${shape}`,
      expected: 'a HAR file ({"log": {"entries": [...]}}) or a SAML-tracer export ({"requests": [...]})',
      actual: shape,
      hint: 'For an SSO config file use `saml-doctor config lint FILE`. To capture a login: browser devtools › Network › Save all as HAR (with content), or SAML-tracer › Export.',
    });
  }

  private pem(t: string, trail: Trail): void {
    const blocks = pemBlocks(t);
    const certs = blocks.filter((b) => isCertificateLabel(b.label));
    // A broken certificate PEM is still the cert command's to diagnose ("Error when parsing certificate").
    if (certs.length > 0 || /-----BEGIN (X509 |TRUSTED )?CERTIFICATE-----/.test(t.slice(0, 16384))) {
      this.kind = 'certificate';
      this.certificates = [...(this.certificates ?? []), ...certs.map((b) => b.der)];
      return;
    }
    const label = blocks[0]?.label ?? t.slice(t.indexOf('-----BEGIN ') + 11, t.indexOf('-----BEGIN ') + 40).split('-----')[0]!;
    const what = describePemLabel(label);
    this.report(inputFileType, {
      message: `${this.subject(trail)} is ${what}, not a SAML message or certificate`,
      expected: 'a SAML message, HAR or SAML-tracer capture, or certificate',
      actual: what,
      hint: fileTypeHint(what),
    });
  }

  private notSamlText(t: string, trail: Trail): void {
    this.report(inputNotSamlText, {
      message: `${this.subject(trail)} is text that is not XML, base64, URL-encoded, a form body, a URL with SAMLRequest/SAMLResponse, an HTML form, JSON or PEM; it starts ${preview(t, 60)}`,
      expected: 'a SAML message in one of the forms it travels in',
      actual: `${formatCount(t.length)} characters starting ${preview(t, 60)}`,
      hint: 'Copy the SAMLResponse value from the POST to the app\'s ACS URL (devtools › Network › Payload), or save the whole login as a HAR file.',
    });
  }

  /** "the input" or "the input after form → url-decode → base64", for messages. */
  private subject(trail: Trail): string {
    return trail.steps.length === 0 ? 'the input' : `the input after ${trail.steps.join(' → ')}`;
  }
}

/** Words ("AdministratorPassword", or prose once spaces are read as '+') pass as base64 but are no payload. */
function isWordy(b64: Base64Text, original: string): boolean {
  return b64.spacesAsPlus || original.length < 24;
}

function isBlank(data: Uint8Array): boolean {
  for (const b of data) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  return true;
}

/** A pasted value often keeps the ',' or ';' that followed it in code or JSON. */
function stripTrailingSeparators(t: string): string {
  let end = t.length;
  while (end > 0 && (t.charCodeAt(end - 1) === 0x2c || t.charCodeAt(end - 1) === 0x3b)) end--;
  return end === t.length ? t : trimSpace(t.slice(0, end));
}

const QUOTES = new Set(['"', "'", '`']);

/** Strips quotes around a value (or one left on either side); a JSON string literal has its escapes undone. */
function unquote(t: string): { inner: string; step: string } | undefined {
  const first = t[0]!;
  const last = t[t.length - 1]!;
  if (QUOTES.has(first) && last === first && t.length >= 2) {
    if (first === '"' && t.includes('\\')) {
      try {
        const v: unknown = JSON.parse(t);
        if (typeof v === 'string') return { inner: v, step: 'json-string' };
      } catch {
        // not a JSON literal after all: plain quotes
      }
    }
    return { inner: t.slice(1, -1), step: 'unquote' };
  }
  if (QUOTES.has(first) && !QUOTES.has(last)) return { inner: t.slice(1), step: 'unquote' };
  if (QUOTES.has(last) && !QUOTES.has(first)) return { inner: t.slice(0, -1), step: 'unquote' };
  return undefined;
}

interface QueryCarrier {
  /** The part before '?', when the input is a URL. */
  url?: string;
  query: string;
  /** Built from already-decoded `name: value` lines, so not the bytes that were sent. */
  rebuilt?: boolean;
}

/** Browser devtools copy a parsed payload as `SAMLResponse: PHN…` lines, values already decoded. */
const PARSED_PAYLOAD = /^(SAMLResponse|SAMLRequest|RelayState|SigAlg|Signature)[ \t]*:/i;

function parsedPayload(t: string): QueryCarrier {
  const pairs: string[] = [];
  for (const line of t.split('\n')) {
    const colon = line.indexOf(':');
    if (colon === -1) continue;
    const name = line.slice(0, colon).trim();
    pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(trimSpace(line.slice(colon + 1)))}`);
  }
  return { query: pairs.join('&'), rebuilt: true };
}

const FORM_START = /^[A-Za-z_][\w.[\]-]*=(?!=|$)/;

/** A URL (absolute or a path) with a query, or a bare `name=value&...` string. */
function queryCarrier(t: string): QueryCarrier | undefined {
  const head = t.slice(0, 256);
  const q = t.indexOf('?');
  if (/^https?:\/\//i.test(head)) {
    return q === -1 ? { url: t, query: '' } : { url: t.slice(0, q), query: t.slice(q + 1) };
  }
  // A path with a query; base64 may start with '/' too, but never holds a '?'.
  if (head.startsWith('/') && q !== -1) return { url: t.slice(0, q), query: t.slice(q + 1) };
  if (head.startsWith('?')) return { query: t.slice(1) };
  if (PARSED_PAYLOAD.test(head)) return parsedPayload(t);
  if (FORM_START.test(head) && !/\s/.test(head)) return { query: t };
  return undefined;
}

/**
 * URL-decodes a value that is base64 or XML. In base64 a literal '+' is still '+', but in
 * URL-encoded XML a '+' was a space, so decode both ways and look at the result.
 */
function decodeValue(raw: string): string {
  const asBase64 = percentDecode(raw, false);
  return looksLikeXml(asBase64) ? percentDecode(raw, true) : asBase64;
}

function startsLikeXml(data: Uint8Array): boolean {
  const text = bytesToText(data.subarray(0, 256));
  return text !== undefined && looksLikeXml(text.text);
}

/**
 * A decoded document that does not end with the close of its root element was cut short.
 * Trailing comments and processing instructions are allowed after the root.
 */
function xmlLooksComplete(t: string): boolean {
  const root = firstElement(t);
  if (root.name === undefined) return false;
  let tail = t;
  for (;;) {
    tail = trimSpace(tail);
    if (tail.endsWith('-->')) tail = tail.slice(0, Math.max(0, tail.lastIndexOf('<!--')));
    else if (tail.endsWith('?>')) tail = tail.slice(0, Math.max(0, tail.lastIndexOf('<?')));
    else break;
  }
  if (!tail.endsWith('>')) return false;
  if (root.selfClosing && tail.endsWith('/>') && !tail.includes('</')) return true;
  const close = tail.lastIndexOf('</');
  return close !== -1 && trimSpace(tail.slice(close + 2, -1)) === root.name;
}

/** 'har', 'saml-tracer', or a description of what the JSON is instead. */
function captureShape(json: unknown): string {
  if (Array.isArray(json)) return `a JSON array of ${formatCount(json.length)} items`;
  if (json === null || typeof json !== 'object') return `a single JSON ${json === null ? 'null' : typeof json}`;
  const obj = json as Record<string, unknown>;
  const log = obj['log'];
  if (log !== null && typeof log === 'object' && Array.isArray((log as Record<string, unknown>)['entries'])) return 'har';
  if (Array.isArray(obj['requests'])) return 'saml-tracer';
  const keys = Object.keys(obj);
  if (keys.length === 0) return 'an empty JSON object';
  const shown = keys.slice(0, 12).map((k) => JSON.stringify(k)).join(', ');
  const more = keys.length > 12 ? ` and ${keys.length - 12} more` : '';
  const note = 'log' in obj ? ' (it has "log" but no "log.entries" list: a damaged HAR?)' : '';
  return `an object with top-level keys ${shown}${more}${note}`;
}

function fileTypeHint(what: string): string {
  if (/private key|PKCS#12/.test(what)) {
    return 'This file holds a private key: do not share it. Pass the certificate instead (PEM "BEGIN CERTIFICATE" or DER .cer).';
  }
  if (/image/.test(what)) {
    return 'A screenshot cannot be decoded. Copy the SAMLResponse value as text, or save the login as a HAR file (devtools › Network › Save all as HAR).';
  }
  if (/CSR|public key|PKCS#7/.test(what)) {
    return 'Pass the X.509 certificate itself; in Entra download "Certificate (Base64)", in Okta the X.509 certificate from the SAML setup instructions.';
  }
  return 'Pass the SAML message, a HAR or SAML-tracer capture, or a certificate; unpack archives first.';
}
