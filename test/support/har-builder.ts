/**
 * Builds browser captures for tests: HAR files shaped like Chrome's and Firefox's exports (and
 * Safari's base64 bodies), SAML-tracer exports, and the steps of an SP-initiated Entra login.
 */
import { IDP, SP } from './constants.js';

export type HarShape = 'chrome' | 'firefox' | 'safari';

export interface EntrySpec {
  time: string;
  method?: string;
  url: string;
  status?: number;
  /** Form fields of a POST, in order, unencoded. */
  form?: [string, string][];
  /** Raw request body and type, instead of `form`. */
  body?: { mimeType: string; text: string };
  /** Response body. */
  html?: string;
  json?: unknown;
  /** Redirect target (3xx). */
  location?: string;
  headers?: [string, string][];
  responseHeaders?: [string, string][];
}

export function formEncode(fields: readonly [string, string][]): string {
  return fields.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

function headerList(pairs: readonly [string, string][]): { name: string; value: string }[] {
  return pairs.map(([name, value]) => ({ name, value }));
}

function queryString(url: string): { name: string; value: string }[] {
  const q = url.indexOf('?');
  if (q === -1) return [];
  return url
    .slice(q + 1)
    .split('&')
    .map((seg) => {
      const eq = seg.indexOf('=');
      return { name: seg.slice(0, eq), value: decodeURIComponent(seg.slice(eq + 1).replace(/\+/g, ' ')) };
    });
}

function postData(spec: EntrySpec, shape: HarShape): Record<string, unknown> | undefined {
  if (spec.body) return { mimeType: spec.body.mimeType, text: spec.body.text };
  if (!spec.form) return undefined;
  const mimeType = 'application/x-www-form-urlencoded';
  if (shape === 'firefox') {
    // Firefox lists decoded params and leaves the raw text out for large bodies.
    return { mimeType, params: spec.form.map(([name, value]) => ({ name, value })) };
  }
  return {
    mimeType,
    text: formEncode(spec.form),
    params: spec.form.map(([name, value]) => ({ name, value: encodeURIComponent(value) })),
  };
}

function content(spec: EntrySpec, shape: HarShape): Record<string, unknown> {
  let text: string | undefined;
  let mimeType = 'text/html; charset=utf-8';
  if (spec.html !== undefined) text = spec.html;
  else if (spec.json !== undefined) {
    text = JSON.stringify(spec.json);
    mimeType = 'application/json; charset=UTF-8';
  }
  if (text === undefined) return { size: 0, mimeType: spec.location ? 'text/html' : 'x-unknown' };
  if (shape === 'safari') return { size: text.length, mimeType, text: Buffer.from(text).toString('base64'), encoding: 'base64' };
  return { size: text.length, mimeType, text };
}

export function harEntry(spec: EntrySpec, shape: HarShape = 'chrome'): Record<string, unknown> {
  const method = spec.method ?? (spec.form || spec.body ? 'POST' : 'GET');
  const status = spec.status ?? (spec.location ? 302 : 200);
  const reqHeaders: [string, string][] = [
    ['Host', new URL(spec.url).host],
    ['User-Agent', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36'],
    ['Cookie', 'session=6c3f0a2b9e1d; ajs_user_id=ada.lovelace%40contoso.com'],
    ...(spec.headers ?? []),
  ];
  if (spec.form) reqHeaders.push(['Content-Type', 'application/x-www-form-urlencoded']);
  const resHeaders: [string, string][] = [['Set-Cookie', 'sid=9a8b7c6d5e4f; Path=/; Secure; HttpOnly'], ...(spec.responseHeaders ?? [])];
  if (spec.location) resHeaders.push(['Location', spec.location]);
  const entry: Record<string, unknown> = {
    startedDateTime: spec.time,
    time: 84.2,
    request: {
      method,
      url: spec.url,
      httpVersion: shape === 'firefox' ? 'HTTP/2' : 'http/2.0',
      headers: headerList(reqHeaders),
      queryString: queryString(spec.url),
      cookies: [{ name: 'session', value: '6c3f0a2b9e1d' }],
      headersSize: -1,
      bodySize: spec.form ? formEncode(spec.form).length : 0,
      ...(postData(spec, shape) ? { postData: postData(spec, shape) } : {}),
    },
    response: {
      status,
      statusText: status === 200 ? 'OK' : status === 302 ? 'Found' : '',
      httpVersion: 'http/2.0',
      headers: headerList(resHeaders),
      cookies: [],
      content: content(spec, shape),
      redirectURL: spec.location ?? '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { blocked: 1, dns: -1, connect: -1, send: 0, wait: 80, receive: 3.2, ssl: -1 },
    serverIPAddress: '203.0.113.10',
  };
  if (shape === 'chrome') {
    entry._resourceType = spec.form ? 'document' : 'fetch';
    entry._priority = 'VeryHigh';
    entry.connection = '443';
  }
  return entry;
}

export function buildHar(entries: readonly EntrySpec[], shape: HarShape = 'chrome'): Record<string, unknown> {
  const creator =
    shape === 'firefox'
      ? { name: 'Firefox', version: '131.0' }
      : shape === 'safari'
        ? { name: 'WebKit Web Inspector', version: '1.0' }
        : { name: 'WebInspector', version: '537.36' };
  const log: Record<string, unknown> = {
    version: '1.2',
    creator,
    pages: [{ startedDateTime: entries[0]?.time ?? '', id: 'page_1', title: 'https://elevenlabs.io/app/sign-in', pageTimings: {} }],
    entries: entries.map((e) => ({ ...harEntry(e, shape), pageref: 'page_1' })),
  };
  if (shape === 'firefox') log.browser = { name: 'Firefox', version: '131.0' };
  return { log };
}

/** The page an IdP returns after sign-in: a form that posts itself to the ACS URL. */
export function autoPostPage(action: string, fields: readonly [string, string][]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const inputs = fields.map(([n, v]) => `<input type="hidden" name="${esc(n)}" value="${esc(v)}" />`).join('');
  return (
    `<html><head><title>Working...</title></head><body><form method="POST" name="hiddenform" action="${esc(action)}">` +
    `${inputs}<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit" /></noscript>` +
    `</form><script language="javascript">window.setTimeout(function(){document.forms[0].submit();}, 0);</script></body></html>`
  );
}

/** A Microsoft sign-in error page carrying an AADSTS code the way login.microsoftonline.com embeds it. */
export function entraErrorPage(code: string, words: string): string {
  return (
    `<!DOCTYPE html><html dir="ltr" lang="en"><head><title>Sign in to your account</title></head><body>` +
    `<script type="text/javascript">//<![CDATA[\n$Config={"iErrorCode":${code.replace('AADSTS', '')},` +
    `"strServiceExceptionMessage":"${code}: ${words}","correlationId":"0d9f1c2e-4b3a-4c5d-8e7f-1a2b3c4d5e6f"};\n//]]></script>` +
    `<div id="error">${code}: ${words}</div></body></html>`
  );
}

export const RELAY_STATE = 'eyJyZXR1cm5UbyI6Ii9hcHAvc3BlZWNoLXN5bnRoZXNpcyJ9';
export const SIGN_IN_WITH_IDP = 'https://identitytoolkit.googleapis.com/v1/accounts:signInWithIdp?key=AIzaSyDemoKeyNotReal0000000000000000';

export interface LoginSteps {
  /** The redirect URL to the IdP carrying the SAMLRequest (from encodeRedirect). */
  redirectUrl?: string;
  /** Base64 SAMLResponse. */
  samlResponse?: string;
  relayState?: string;
  /** Time of the AuthnRequest redirect; each later step follows a few seconds after. */
  times?: { request: string; idpPage: string; response: string; app: string };
  /** Where the Response is posted (default: SP ACS). */
  acsUrl?: string;
  acsStatus?: number;
  /** JSON the app's accounts:signInWithIdp call returns (omitted: success). */
  appError?: { status: number; message: string };
  /** Replace the IdP's response page with an error page. */
  idpErrorPage?: string;
}

export const LOGIN_TIMES = {
  request: '2026-11-20T09:14:51.204Z',
  idpPage: '2026-11-20T09:14:51.388Z',
  response: '2026-11-20T09:15:01.517Z',
  app: '2026-11-20T09:15:02.000Z',
} as const;

/** The requests of an SP-initiated login with Entra, as a browser records them. */
export function loginSteps(o: LoginSteps): EntrySpec[] {
  const t = o.times ?? LOGIN_TIMES;
  const relay = o.relayState ?? RELAY_STATE;
  const acs = o.acsUrl ?? SP.acsUrl;
  const steps: EntrySpec[] = [{ time: t.request, url: 'https://elevenlabs.io/app/sign-in', html: '<html><title>Sign in</title></html>' }];
  if (o.redirectUrl) {
    steps.push({ time: t.request, url: `${SP.acsUrl}?providerId=saml.contoso`, location: o.redirectUrl });
    steps.push({ time: t.idpPage, url: o.redirectUrl, html: '<html><title>Sign in to your account</title></html>' });
  }
  const idpLogin = `https://login.microsoftonline.com/${IDP.ssoUrl.split('/')[3]}/login`;
  if (o.idpErrorPage) {
    steps.push({ time: t.response, url: idpLogin, form: [['login', 'ada.lovelace@contoso.com']], html: o.idpErrorPage });
    return steps;
  }
  if (o.samlResponse) {
    const fields: [string, string][] = [['SAMLResponse', o.samlResponse], ['RelayState', relay]];
    steps.push({ time: t.response, url: idpLogin, form: [['login', 'ada.lovelace@contoso.com']], html: autoPostPage(acs, fields) });
    steps.push({ time: t.app, url: acs, form: fields, status: o.acsStatus ?? 200, html: '<html><title>Signing in…</title></html>' });
    steps.push({
      time: t.app,
      url: SIGN_IN_WITH_IDP,
      body: { mimeType: 'application/json', text: JSON.stringify({ requestUri: acs, postBody: formEncode(fields), returnSecureToken: true }) },
      status: o.appError?.status ?? 200,
      json: o.appError
        ? { error: { code: o.appError.status, message: o.appError.message, errors: [{ message: o.appError.message, domain: 'global', reason: 'invalid' }] } }
        : { kind: 'identitytoolkit#VerifyAssertionResponse', email: 'ada.lovelace@contoso.com', providerId: 'saml.contoso' },
    });
  }
  return steps;
}

/** A SAML-tracer export: requests with decoded `post` pairs, headers, and the `saml` it decoded. */
export function buildTracerExport(
  requests: { method: string; url: string; post?: [string, string][]; saml?: string; status?: number }[],
  timestamp: string,
): Record<string, unknown> {
  return {
    requests: requests.map((r, i) => ({
      method: r.method,
      url: r.url,
      requestId: `request-${1000 + i}-${r.method}-3b1c`,
      requestHeaders: [
        { name: 'Host', value: new URL(r.url).host },
        { name: 'Cookie', value: 'session=6c3f0a2b9e1d' },
        ...(r.post ? [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }] : []),
      ],
      ...(r.post ? { post: r.post } : {}),
      ...(r.saml ? { saml: r.saml, protocol: 'SAML-P' } : {}),
      responseStatus: r.status ?? 200,
      responseStatusText: `HTTP/1.1 ${r.status ?? 200}`,
      responseHeaders: [{ name: 'Set-Cookie', value: 'sid=9a8b7c6d5e4f; Path=/' }],
    })),
    timestamp,
  };
}
