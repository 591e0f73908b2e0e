import { describe, expect, it } from 'vitest';
import { readCapture } from '../../src/input/capture/index.js';
import { buildTimeline, checkFlow, formatTimeline } from '../../src/flow/index.js';
import { buildAuthnRequest, buildResponse, encodeRedirect, signResponse } from '../support/saml-builder.js';
import { ATTACKER_KEY, SP_KEY } from '../support/keys.js';
import { IDP, IDS, SP } from '../support/constants.js';
import { buildHar, entraErrorPage, loginSteps, RELAY_STATE } from '../support/har-builder.js';
import type { LoginSteps } from '../support/har-builder.js';
import { makeConfig } from '../validate/helpers.js';

const signedResponse = (o: Parameters<typeof buildResponse>[0] = {}) =>
  Buffer.from(signResponse(buildResponse(o), { sign: 'assertion' })).toString('base64');
const redirect = (o: Parameters<typeof buildAuthnRequest>[0] = {}, r: Parameters<typeof encodeRedirect>[1] = {}) =>
  encodeRedirect(buildAuthnRequest(o), { relayState: RELAY_STATE, key: SP_KEY.key, ...r });

function flow(steps: LoginSteps, config = makeConfig(), spKeys: string[] = [SP_KEY.cert]) {
  const capture = readCapture(buildHar(loginSteps(steps)), 'login.har')!;
  const result = checkFlow(capture, config, { spKeys });
  return { capture, result, codes: result.findings.map((f) => f.finding.code) };
}

const clean: LoginSteps = { redirectUrl: redirect(), samlResponse: signedResponse() };

describe('checkFlow', () => {
  it('passes a clean SP-initiated login and says what it checked', () => {
    const { result } = flow(clean);
    expect(result.findings).toEqual([]);
    expect(result.passed.map((p) => p.check)).toEqual([
      'response',
      'in-response-to',
      'acs-url',
      'relay-state',
      'sp-initiated',
      'sso-url',
      'redirect-signature',
      'clock',
    ]);
    expect(result.passed.find((p) => p.check === 'redirect-signature')!.detail).toContain('AuthnRequest');
  });

  it("names both IDs when the Response answers another request ('in-response-to-mismatch')", () => {
    const { result, codes } = flow({ ...clean, samlResponse: signedResponse({ inResponseTo: '_stale-request-from-another-tab' }) });
    expect(codes).toEqual(['in-response-to-mismatch']);
    const f = result.findings[0]!;
    expect(f.finding.expected).toBe(IDS.request);
    expect(f.finding.actual).toBe('_stale-request-from-another-tab');
    expect(f.messageIndex).toBe(1);
  });

  it("flags a Response posted elsewhere than the requested ACS URL ('acs-url-mismatch')", () => {
    const { result, codes } = flow({ ...clean, acsUrl: 'https://eu.residency.elevenlabs.io/__/auth/handler' });
    expect(codes).toContain('acs-url-mismatch');
    const f = result.findings.find((x) => x.finding.code === 'acs-url-mismatch')!.finding;
    expect(f.expected).toBe(SP.acsUrl);
    expect(f.actual).toBe('https://eu.residency.elevenlabs.io/__/auth/handler');
  });

  it("flags a RelayState that came back different ('relay-state-changed')", () => {
    const { result, codes } = flow({ ...clean, relayState: 'https://elevenlabs.io/app/home' });
    expect(codes).toEqual(['relay-state-changed']);
    expect(result.findings[0]!.finding.expected).toBe(RELAY_STATE);
    expect(result.findings[0]!.finding.actual).toBe('https://elevenlabs.io/app/home');
  });

  it("reports an IdP-initiated Response where the config forbids it ('unsolicited-response'), not where allowed", () => {
    const idpInitiated: LoginSteps = { samlResponse: signedResponse({ inResponseTo: null }) };
    expect(flow(idpInitiated).codes).toEqual(['unsolicited-response']);
    const allowed = flow(idpInitiated, makeConfig({ security: { allowIdpInitiated: true } }));
    expect(allowed.codes).toEqual([]);
    expect(buildTimeline(allowed.capture)[0]!.idpInitiated).toBe(true);
  });

  it("flags an AuthnRequest sent to another sign-in URL ('sso-url-mismatch')", () => {
    const other = 'https://login.microsoftonline.com/00000000-1111-2222-3333-444444444444/saml2';
    const { result, codes } = flow({ ...clean, redirectUrl: redirect({ destination: other }, { url: other }) });
    expect(codes).toEqual(['sso-url-mismatch']);
    expect(result.findings[0]!.finding.expected).toBe(IDP.ssoUrl);
    expect(result.findings[0]!.finding.actual).toBe(other);
  });

  it("verifies the redirect signature over the exact query bytes ('redirect-signature-invalid')", () => {
    const forged = { ...clean, redirectUrl: redirect({}, { key: ATTACKER_KEY.key }) };
    expect(flow(forged).codes).toEqual(['redirect-signature-invalid']);
    // A private key given for the SP works as well as its certificate.
    expect(flow(clean, makeConfig(), [SP_KEY.key]).codes).toEqual([]);
    // Without SP keys there is nothing to verify with: neither a finding nor a pass.
    const none = flow(forged, makeConfig(), []);
    expect(none.codes).toEqual([]);
    expect(none.result.passed.map((p) => p.check)).not.toContain('redirect-signature');
  });

  it("reports a Response issued far from the moment it was captured ('clock-skew'), both ways", () => {
    const late = flow({
      ...clean,
      times: { request: '2026-11-20T09:14:51Z', idpPage: '2026-11-20T09:14:52Z', response: '2026-11-20T09:25:01Z', app: '2026-11-20T09:25:02Z' },
    });
    expect(late.codes).toContain('clock-skew');
    const f = late.result.findings.find((x) => x.finding.code === 'clock-skew')!.finding;
    expect(f.message).toContain('10 min 2 s before');
    expect(f.message).toContain("the IdP's clock is behind");
    const ahead = flow({ ...clean, samlResponse: signedResponse({ issueInstant: '2026-11-20T09:20:00Z' }) });
    expect(ahead.result.findings.find((x) => x.finding.code === 'clock-skew')!.finding.message).toContain('ahead');
  });

  it("warns when the AuthnRequest is never answered ('capture-no-response') and points at the IdP error", () => {
    const page = entraErrorPage('AADSTS50105', 'The signed in user is not assigned to a role for the application.');
    const { result, codes } = flow({ redirectUrl: redirect(), idpErrorPage: page });
    expect(codes).toEqual(['capture-no-response']);
    expect(result.findings[0]!.finding.hint).toContain('IdP error');
    expect(flow({ redirectUrl: redirect() }).result.findings[0]!.finding.hint).toContain('Preserve log');
  });

  it('words the unanswered request and the clock check plainly (no "0 requests", no "within 0 s")', () => {
    const lone = flow({ redirectUrl: redirect() }).result.findings[0]!.finding;
    expect(lone.actual).toBe('the capture ends with the AuthnRequest');
    const clock = flow(clean).result.passed.find((p) => p.check === 'clock')!.detail;
    expect(clock).not.toMatch(/within 0 s/);
    expect(clock).toMatch(/^IssueInstant (at the capture time|\d+ s from the capture time \(\d+ s allowed\))$/);
  });
});

describe('timeline', () => {
  it('shows one line per SAML step with direction, binding, host, IDs and status', () => {
    const { capture } = flow({ ...clean, appError: { status: 400, message: 'INVALID_IDP_RESPONSE : Error when parsing certificate' } });
    const lines = buildTimeline(capture);
    expect(lines.map((l) => [l.direction, l.message, l.binding, l.host])).toEqual([
      ['SP → IdP', 'AuthnRequest', 'HTTP-Redirect', 'login.microsoftonline.com'],
      ['IdP → SP', 'Response', 'HTTP-POST', 'elevenlabs.io'],
    ]);
    expect(lines[1]).toMatchObject({ id: IDS.response, inResponseTo: IDS.request, status: 'Success', httpStatus: 200, idpInitiated: false });
    const text = formatTimeline(lines);
    expect(text[0]).toMatch(/^09:14:51 {2}SP → IdP {2}AuthnRequest {2}HTTP-Redirect {2}login\.microsoftonline\.com {2}ID _4c2f8a10-5b…/);
    expect(text[1]).toMatch(/^09:15:02 {2}IdP → SP {2}Response {6}HTTP-POST {6}elevenlabs\.io .*↩ _4c2f8a10-5b… {2}Success · entry 4 · HTTP 200$/);
    expect(text[2]).toBe('          ! INVALID_IDP_RESPONSE : Error when parsing certificate (identitytoolkit.googleapis.com, entry 5)');
  });
  it('clips a long page message to one screen line; the finding keeps it whole', () => {
    const long = `AADSTS50011: The redirect URI '${SP.acsUrl}' specified in the request does not match the redirect URIs configured for the application.`;
    const { capture } = flow({ ...clean, appError: { status: 400, message: long } });
    const said = buildTimeline(capture).flatMap((l) => l.said);
    expect(said[0]!.length).toBeLessThan(long.length);
    expect(said[0]).toMatch(/^AADSTS50011: The redirect URI .*… \(identitytoolkit\.googleapis\.com, entry 5\)$/);
    expect(capture.notes[0]!.text).toBe(long);
  });
});
