import type { Placeholders } from './placeholders.js';
import { redactText } from './placeholders.js';
import type { RedactStats } from './encoded.js';
import { redactHtml, redactQuery, redactSamlValue, redactUrl, redactXmlText } from './encoded.js';

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

const SECRET_HEADERS = /^(authorization|proxy-authorization|x-api-key|x-csrf-token|x-xsrf-token|x-goog-api-key|x-firebase-appcheck)$/i;

/** `a=1; b=2` → `a=redacted-1; b=redacted-2`: cookie names stay, values go. */
function redactCookieHeader(value: string, ph: Placeholders): string {
  return value
    .split(/;\s*/)
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq === -1 ? pair : `${pair.slice(0, eq)}=${ph.secret(pair.slice(eq + 1))}`;
    })
    .join('; ');
}

/** Set-Cookie: only the first pair is the cookie; Path, Domain, Expires... stay. */
function redactSetCookie(value: string, ph: Placeholders): string {
  return value
    .split('\n')
    .map((line) => {
      const semi = line.indexOf(';');
      const first = semi === -1 ? line : line.slice(0, semi);
      const eq = first.indexOf('=');
      if (eq === -1) return line;
      return `${first.slice(0, eq)}=${ph.secret(first.slice(eq + 1))}${semi === -1 ? '' : line.slice(semi)}`;
    })
    .join('\n');
}

function redactHeaderValue(name: string, value: string, ph: Placeholders, stats: RedactStats): string {
  const n = name.toLowerCase();
  if (n === 'cookie') return redactCookieHeader(value, ph);
  if (n === 'set-cookie') return redactSetCookie(value, ph);
  if (SECRET_HEADERS.test(n)) {
    const space = value.indexOf(' ');
    // Keep the scheme ("Bearer", "Basic"): it says what kind of credential was sent.
    return space > 0 && space < 20 ? `${value.slice(0, space)} ${ph.secret(value.slice(space + 1))}` : ph.secret(value);
  }
  if (n === 'location' || n === 'referer') return redactUrl(value, ph, stats);
  return redactText(value, ph);
}

function redactHeaders(headers: unknown, ph: Placeholders, stats: RedactStats): void {
  for (const h of list(headers)) {
    const o = obj(h);
    if (o && typeof o.name === 'string' && typeof o.value === 'string') o.value = redactHeaderValue(o.name, o.value, ph, stats);
    // Old SAML-tracer exports: [name, value] pairs.
    if (Array.isArray(h) && typeof h[0] === 'string' && typeof h[1] === 'string') h[1] = redactHeaderValue(h[0], h[1], ph, stats);
  }
}

function redactCookies(cookies: unknown, ph: Placeholders): void {
  for (const c of list(cookies)) {
    const o = obj(c);
    if (o && typeof o.value === 'string') o.value = ph.secret(o.value);
  }
}

/** name/value lists (HAR params and queryString, SAML-tracer get/post pairs); values are decoded. */
function redactParams(params: unknown, ph: Placeholders, stats: RedactStats, encoded: boolean): void {
  const fix = (name: string, value: string): string => {
    if (!/^saml(request|response)$/i.test(name)) return /^(Signature|SigAlg)$/.test(name) ? value : redactText(value, ph);
    if (!encoded) return redactSamlValue(value, ph, stats);
    return encodeURIComponent(redactSamlValue(decodeURIComponent(value.replace(/\+/g, ' ')), ph, stats));
  };
  for (const p of list(params)) {
    const o = obj(p);
    if (o && typeof o.name === 'string' && typeof o.value === 'string') {
      o.value = fix(o.name, o.value);
    }
    if (Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string') p[1] = fix(p[0], p[1]);
  }
}

/** A body as text: a form, JSON (whose strings may hold a form, e.g. signInWithIdp's postBody), HTML or anything else. */
function redactBody(text: string, mimeType: string, ph: Placeholders, stats: RedactStats): string {
  const t = text.trimStart();
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      return JSON.stringify(redactJsonValue(JSON.parse(text), ph, stats));
    } catch {
      // not JSON after all: fall through
    }
  }
  if (/html/i.test(mimeType) || /^<(!doctype|html)/i.test(t)) return redactHtml(text, ph, stats);
  if (/xml/i.test(mimeType) || t.startsWith('<')) return redactXmlText(text, ph, stats);
  if (/x-www-form-urlencoded/i.test(mimeType) || /(^|&)SAML(Request|Response)=/.test(t)) return redactQuery(text, ph, stats);
  return redactText(text, ph);
}

function redactJsonValue(v: unknown, ph: Placeholders, stats: RedactStats): unknown {
  if (typeof v === 'string') {
    if (/(^|&)SAML(Request|Response)=/.test(v)) return redactQuery(v, ph, stats);
    if (/^https?:\/\/\S+$/.test(v)) return redactUrl(v, ph, stats);
    return redactText(v, ph);
  }
  if (Array.isArray(v)) return v.map((x) => redactJsonValue(x, ph, stats));
  const o = obj(v);
  if (!o) return v;
  for (const k of Object.keys(o)) {
    if (/^(idToken|refreshToken|accessToken|oauthAccessToken|oauthIdToken|access_token|id_token|refresh_token|password)$/.test(k) && typeof o[k] === 'string') {
      o[k] = ph.secret(o[k] as string);
    } else {
      o[k] = redactJsonValue(o[k], ph, stats);
    }
  }
  return o;
}

function redactContent(content: Json | undefined, ph: Placeholders, stats: RedactStats): void {
  if (!content || typeof content.text !== 'string') return;
  const base64 = typeof content.encoding === 'string' && content.encoding.toLowerCase() === 'base64';
  const mime = typeof content.mimeType === 'string' ? content.mimeType : '';
  // Binary bodies (images, fonts) hold no text to redact.
  if (base64 && !/(text|html|json|xml|javascript|form)/i.test(mime)) return;
  const text = base64 ? Buffer.from(content.text, 'base64').toString('utf8') : content.text;
  const out = redactBody(text, mime, ph, stats);
  content.text = base64 ? Buffer.from(out, 'utf8').toString('base64') : out;
  if (typeof content.size === 'number') content.size = Buffer.byteLength(out, 'utf8');
}

function redactHarEntry(entry: Json, ph: Placeholders, stats: RedactStats): void {
  const req = obj(entry.request);
  const res = obj(entry.response);
  if (req) {
    if (typeof req.url === 'string') req.url = redactUrl(req.url, ph, stats);
    redactHeaders(req.headers, ph, stats);
    redactCookies(req.cookies, ph);
    redactParams(req.queryString, ph, stats, false);
    const post = obj(req.postData);
    if (post) {
      const mime = typeof post.mimeType === 'string' ? post.mimeType : '';
      if (typeof post.text === 'string') post.text = redactBody(post.text, mime, ph, stats);
      // Chrome lists params still percent-encoded, Firefox decoded.
      redactParams(post.params, ph, stats, typeof post.text === 'string');
    }
  }
  if (res) {
    redactHeaders(res.headers, ph, stats);
    redactCookies(res.cookies, ph);
    if (typeof res.redirectURL === 'string' && res.redirectURL) res.redirectURL = redactUrl(res.redirectURL, ph, stats);
    redactContent(obj(res.content), ph, stats);
  }
  if (typeof entry.serverIPAddress === 'string' && entry.serverIPAddress) entry.serverIPAddress = ph.ip(entry.serverIPAddress);
  // Chrome's _initiator and other extensions can carry URLs with personal query values.
  for (const key of Object.keys(entry)) if (key.startsWith('_')) entry[key] = redactJsonValue(entry[key], ph, stats);
}

export function redactHar(root: Json, ph: Placeholders, stats: RedactStats): void {
  const log = obj(root.log);
  for (const e of list(log?.entries)) {
    const entry = obj(e);
    if (entry) redactHarEntry(entry, ph, stats);
  }
  for (const p of list(log?.pages)) {
    const page = obj(p);
    if (page && typeof page.title === 'string') page.title = redactUrl(page.title, ph, stats);
  }
}

/** SAML-tracer: the fields its own export filters touch (post, postData, cookies) and the decoded message. */
export function redactTracer(root: Json, ph: Placeholders, stats: RedactStats): void {
  for (const r of list(root.requests)) {
    const req = obj(r);
    if (!req) continue;
    if (typeof req.url === 'string') req.url = redactUrl(req.url, ph, stats);
    redactHeaders(req.requestHeaders, ph, stats);
    redactHeaders(req.responseHeaders, ph, stats);
    redactParams(req.get, ph, stats, false);
    redactParams(req.post, ph, stats, false);
    if (typeof req.postData === 'string') req.postData = redactBody(req.postData, '', ph, stats);
    else if (req.postData !== undefined) req.postData = redactJsonValue(req.postData, ph, stats);
    if (typeof req.saml === 'string' && req.saml) req.saml = redactXmlText(req.saml, ph, stats);
  }
}
