/**
 * One HTTP exchange of a capture, reduced to what SAML diagnosis needs. HAR exports differ between
 * browsers (Chrome and Edge keep `postData.text`, Firefox often only `params`, Safari omits fields
 * and stores bodies base64-encoded); SAML-tracer has its own shape. Both end up here.
 */

export interface NameValue {
  name: string;
  value: string;
}

export interface CaptureEntry {
  /** 0-based position in log.entries / requests. */
  index: number;
  /** ISO time the request started, when the capture recorded one. */
  startedDateTime?: string;
  method: string;
  url: string;
  /** HTTP status of the response; undefined when the request never got one (0 in HAR). */
  status?: number;
  requestMimeType?: string;
  /** Raw request body as recorded. */
  requestText?: string;
  /** Parsed form parameters as recorded (values may still be percent-encoded). */
  requestParams?: NameValue[];
  responseMimeType?: string;
  /** Response body, decoded from base64 when the browser stored it that way. */
  responseText?: string;
  /** Location header of a redirect. */
  location?: string;
  /** SAML-tracer only: the message the extension already decoded. */
  tracerSaml?: string;
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function nameValues(v: unknown): NameValue[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: NameValue[] = [];
  for (const item of v) {
    if (Array.isArray(item) && typeof item[0] === 'string') out.push({ name: item[0], value: String(item[1] ?? '') });
    const o = obj(item);
    if (o && typeof o.name === 'string') out.push({ name: o.name, value: str(o.value) ?? '' });
  }
  return out;
}

function header(headers: unknown, name: string): string | undefined {
  const lower = name.toLowerCase();
  return nameValues(headers)?.find((h) => h.name.toLowerCase() === lower)?.value;
}

function status(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? parseInt(v, 10) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Text of a HAR content object; `encoding: "base64"` bodies are decoded. */
function contentText(content: Json | undefined): string | undefined {
  const text = str(content?.text);
  if (text === undefined) return undefined;
  if (str(content?.encoding)?.toLowerCase() !== 'base64') return text;
  return Buffer.from(text, 'base64').toString('utf8');
}

function mimeType(v: unknown): string | undefined {
  return str(v)?.split(';')[0]?.trim().toLowerCase() || undefined;
}

export function harEntry(value: unknown, index: number): CaptureEntry | undefined {
  const e = obj(value);
  const req = obj(e?.request);
  const url = str(req?.url);
  if (!e || !req || !url) return undefined;
  const res = obj(e.response);
  const post = obj(req.postData);
  const content = obj(res?.content);
  return {
    index,
    startedDateTime: str(e.startedDateTime),
    method: (str(req.method) ?? 'GET').toUpperCase(),
    url,
    status: status(res?.status),
    requestMimeType: mimeType(post?.mimeType) ?? mimeType(header(req.headers, 'content-type')),
    requestText: str(post?.text),
    requestParams: nameValues(post?.params),
    responseMimeType: mimeType(content?.mimeType) ?? mimeType(header(res?.headers, 'content-type')),
    responseText: contentText(content),
    location: str(res?.redirectURL) || header(res?.headers, 'location'),
  };
}

/**
 * A SAML-tracer request. Exports carry `post` as [name, value] pairs (values decoded), headers as
 * {name, value}, `saml` as the decoded message, and no response body. Per-request times appear in
 * some versions only; the export's own timestamp stands in for them.
 */
export function tracerEntry(value: unknown, index: number, exportTime?: string): CaptureEntry | undefined {
  const r = obj(value);
  const url = str(r?.url);
  if (!r || !url) return undefined;
  const time = str(r.timestamp) ?? str(r.time) ?? str(r.startedDateTime) ?? exportTime;
  return {
    index,
    startedDateTime: time,
    method: (str(r.method) ?? 'GET').toUpperCase(),
    url,
    status: status(r.responseStatus),
    requestMimeType: mimeType(header(r.requestHeaders, 'content-type')),
    requestText: str(r.postData),
    requestParams: nameValues(r.post),
    responseMimeType: mimeType(header(r.responseHeaders, 'content-type')),
    location: header(r.responseHeaders, 'location'),
    tracerSaml: str(r.saml) || undefined,
  };
}
