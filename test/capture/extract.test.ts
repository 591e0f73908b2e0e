import { describe, expect, it } from 'vitest';
import { decodeCapture, decodeCaptureStream, readCapture } from '../../src/input/capture/index.js';
import { buildAuthnRequest, buildResponse, encodeRedirect, signResponse } from '../support/saml-builder.js';
import { SP_KEY } from '../support/keys.js';
import { IDS, IDP, SP } from '../support/constants.js';
import { buildHar, buildTracerExport, entraErrorPage, loginSteps, RELAY_STATE } from '../support/har-builder.js';
import type { HarShape } from '../support/har-builder.js';

const signed = signResponse(buildResponse(), { sign: 'assertion' });
const samlResponse = Buffer.from(signed).toString('base64');
const redirectUrl = encodeRedirect(buildAuthnRequest(), { relayState: RELAY_STATE, key: SP_KEY.key });

function* chunked(text: string, size: number): Generator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function* asAsync(it: Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* it;
}

describe('HAR extraction', () => {
  for (const shape of ['chrome', 'firefox', 'safari'] as HarShape[]) {
    it(`finds the AuthnRequest and the Response in a ${shape}-shaped HAR`, () => {
      const har = buildHar(loginSteps({ redirectUrl, samlResponse }), shape);
      const c = readCapture(har, 'login.har')!;
      expect(c.kind).toBe('har');
      expect(c.messages.map((m) => [m.provenance.parameter, m.provenance.binding, m.carrier])).toEqual([
        ['SAMLRequest', 'HTTP-Redirect', 'query'],
        ['SAMLResponse', 'HTTP-POST', 'post'],
      ]);
      const [req, res] = c.messages;
      expect(req!.xml).toContain(IDS.request);
      expect(req!.provenance.relayState).toBe(RELAY_STATE);
      expect(req!.provenance.sigAlg).toBe('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
      expect(req!.provenance.signedQuery).toMatch(/^SAMLRequest=[^&]+&RelayState=[^&]+&SigAlg=[^&]+$/);
      expect(req!.provenance.url).toBe(IDP.ssoUrl);
      expect(res!.xml).toBe(signed);
      expect(res!.provenance).toMatchObject({
        source: 'login.har',
        url: SP.acsUrl,
        method: 'POST',
        httpStatus: 200,
        relayState: RELAY_STATE,
        capturedAt: '2026-11-20T09:15:02.000Z',
      });
      expect(res!.provenance.entryIndex).toBe(4);
      expect(c.notes).toEqual([]);
    });
  }

  it('keeps the auto-post form when the POST itself is missing from the capture', () => {
    const steps = loginSteps({ redirectUrl, samlResponse }).filter((s) => !(s.url === SP.acsUrl && s.form));
    const c = readCapture(buildHar(steps), 'x.har')!;
    const res = c.messages.find((m) => m.provenance.parameter === 'SAMLResponse')!;
    expect(res.carrier).toBe('html-form');
    expect(res.provenance.url).toBe(SP.acsUrl);
    expect(res.provenance.relayState).toBe(RELAY_STATE);
    expect(res.xml).toBe(signed);
  });

  it('reads a multipart POST body', () => {
    const text = `--XyZ\r\nContent-Disposition: form-data; name="SAMLResponse"\r\n\r\n${samlResponse}\r\n--XyZ\r\nContent-Disposition: form-data; name="RelayState"\r\n\r\nabc\r\n--XyZ--\r\n`;
    const har = buildHar([{ time: '2026-11-20T09:15:02Z', url: SP.acsUrl, body: { mimeType: 'multipart/form-data; boundary=XyZ', text } }]);
    const c = readCapture(har, 'm.har')!;
    expect(c.messages).toHaveLength(1);
    expect(c.messages[0]!.xml).toBe(signed);
    expect(c.messages[0]!.provenance.relayState).toBe('abc');
  });

  it('reports a truncated SAML parameter with an input code and the entry', () => {
    const har = buildHar([{ time: '2026-11-20T09:15:02Z', url: SP.acsUrl, form: [['SAMLResponse', samlResponse.slice(0, 101)]] }]);
    const r = decodeCapture(har, 't.har');
    expect(r.findings.map((f) => f.code)).toContain('input-base64-truncated');
    expect(r.findings.find((f) => f.code === 'input-base64-truncated')!.location).toContain('entry 0');
  });

  it('reads a SAML-tracer export, falling back to its decoded message when parameters were filtered', () => {
    const exp = buildTracerExport(
      [
        { method: 'GET', url: redirectUrl },
        { method: 'POST', url: SP.acsUrl, post: [['SAMLResponse', 'hashed:9f2c'], ['RelayState', RELAY_STATE]], saml: signed },
      ],
      '2026-11-20T09:16:10.000Z',
    );
    const r = decodeCapture(exp, 'trace.json');
    expect(r.kind).toBe('saml-tracer');
    expect(r.messages.map((m) => m.provenance.parameter ?? 'decoded')).toEqual(['SAMLRequest', 'decoded']);
    expect(r.messages[1]!.xml).toBe(signed);
    expect(r.messages[1]!.provenance.capturedAt).toBe('2026-11-20T09:16:10.000Z');
  });

  it('streams the same result from chunks of any size', async () => {
    const har = buildHar(loginSteps({ redirectUrl, samlResponse }));
    const text = JSON.stringify(har, null, 2);
    const whole = decodeCapture(har, 's.har');
    for (const size of [1, 7, 4096]) {
      const streamed = await decodeCaptureStream(asAsync(chunked(text, size)), 's.har');
      expect(streamed.messages).toEqual(whole.messages);
      expect(streamed.capture!.creator).toBe('WebInspector 537.36');
    }
  });

  it('says where a cut-off HAR stops and still uses the entries before it', async () => {
    const text = JSON.stringify(buildHar(loginSteps({ redirectUrl, samlResponse })));
    const cut = text.slice(0, text.indexOf('accounts:signInWithIdp') - 200);
    const r = await decodeCaptureStream(asAsync(chunked(cut, 1000)), 'cut.har');
    expect(r.messages.length).toBe(2);
    const f = r.findings.find((x) => x.code === 'input-json-malformed')!;
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/entries before that point were read/);
  });

  it('streams a SAML-tracer export', async () => {
    const exp = buildTracerExport([{ method: 'GET', url: redirectUrl }], '2026-11-20T09:16:10Z');
    const r = await decodeCaptureStream(asAsync(chunked(JSON.stringify(exp), 50)), 'trace.json');
    expect(r.kind).toBe('saml-tracer');
    expect(r.messages[0]!.provenance.capturedAt).toBe('2026-11-20T09:16:10Z');
  });

  it('answers JSON that is not a capture with input-json-not-capture', async () => {
    expect(decodeCapture({ sp: {} }, 'c.json').findings.map((f) => f.code)).toEqual(['input-json-not-capture']);
    const r = await decodeCaptureStream(asAsync(chunked('{"sp":{"acsUrl":"x"}}', 4)), 'c.json');
    expect(r.findings.map((f) => f.code)).toEqual(['input-json-not-capture']);
  });
});

describe('what the pages said', () => {
  it('lists the hosts of a capture without SAML (capture-no-saml)', () => {
    const har = buildHar([
      { time: '2026-11-20T09:15:00Z', url: 'https://elevenlabs.io/app/home', html: '<html></html>' },
      { time: '2026-11-20T09:15:01Z', url: 'https://cdn.elevenlabs.io/app.js', html: '' },
    ]);
    const r = decodeCapture(har, 'late.har');
    const f = r.findings.find((x) => x.code === 'capture-no-saml')!;
    expect(f.actual).toBe('hosts seen: elevenlabs.io (1), cdn.elevenlabs.io (1)');
    expect(f.message).toContain('2 requests');
  });

  it('picks up an AADSTS code on the IdP page and ties it to the AuthnRequest (capture-idp-error)', () => {
    const page = entraErrorPage(
      'AADSTS50011',
      "The redirect URI 'https://elevenlabs.io/__/auth/handler' specified in the request does not match the redirect URIs configured for the application.",
    );
    const har = buildHar(loginSteps({ redirectUrl, idpErrorPage: page }));
    const r = decodeCapture(har, 'aadsts.har', { explainAadsts: (c) => (c === 'AADSTS50011' ? 'Reply URL mismatch.' : undefined) });
    const f = r.findings.find((x) => x.code === 'capture-idp-error')!;
    expect(f.message).toContain('AADSTS50011');
    expect(f.mirrors).toMatch(/^AADSTS50011: The redirect URI 'https:\/\/elevenlabs.io\/__\/auth\/handler' specified/);
    expect(f.hint).toBe('Reply URL mismatch.');
    expect(f.location).toContain('after the SAMLRequest in entry 2');
    expect(r.findings.filter((x) => x.code === 'capture-idp-error')).toHaveLength(1);
  });

  it("quotes the app's signInWithIdp error next to the Response (capture-app-error)", () => {
    const har = buildHar(
      loginSteps({ redirectUrl, samlResponse, appError: { status: 400, message: 'INVALID_IDP_RESPONSE : Error when parsing certificate' } }),
    );
    const r = decodeCapture(har, 'app.har');
    const f = r.findings.find((x) => x.code === 'capture-app-error')!;
    expect(f.mirrors).toBe('INVALID_IDP_RESPONSE : Error when parsing certificate');
    expect(f.location).toContain('after the SAMLResponse in entry 4');
    // An error status on a non-ACS URL is not an ACS error.
    expect(r.findings.map((x) => x.code)).not.toContain('capture-acs-http-error');
  });

  it('reports an error status on the ACS URL (capture-acs-http-error)', () => {
    const har = buildHar(loginSteps({ redirectUrl, samlResponse, acsStatus: 404 }));
    const f = decodeCapture(har, 'acs.har').findings.find((x) => x.code === 'capture-acs-http-error')!;
    expect(f.actual).toBe('HTTP 404');
    expect(f.hint).toMatch(/ACS URL/);
  });

  it('reads error parameters on the way back to the app', () => {
    const har = buildHar([
      { time: '2026-11-20T09:15:00Z', url: redirectUrl, html: '<html></html>' },
      { time: '2026-11-20T09:15:03Z', url: 'https://elevenlabs.io/app/sign-in?error=access_denied&error_description=user+mismatch' },
    ]);
    const f = decodeCapture(har, 'p.har').findings.find((x) => x.code === 'capture-app-error')!;
    expect(f.actual).toBe('access_denied: user mismatch');
  });

  it('a clean login has no capture findings', () => {
    const r = decodeCapture(buildHar(loginSteps({ redirectUrl, samlResponse })), 'ok.har');
    expect(r.findings).toEqual([]);
  });
});
