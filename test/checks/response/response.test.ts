import { describe, expect, it } from 'vitest';
import { validateResponse } from '../../../src/validate/pipeline.js';
import { IDS, NOW, SP, STATUS } from '../../support/constants.js';
import { buildAuthnRequest } from '../../support/saml-builder.js';
import { codes, errors, findingOf, makeConfig, run, signedXml } from '../../validate/helpers.js';

describe('not-a-response', () => {
  it('rejects an AuthnRequest and says what it is', () => {
    const r = validateResponse({ xml: buildAuthnRequest() }, makeConfig(), { now: NOW });
    const f = findingOf(r, 'not-a-response');
    expect(f.message).toContain('AuthnRequest');
    expect(f.actual).toBe('samlp:AuthnRequest');
    expect(r.ok).toBe(false);
    expect(r.type).toBe('authn-request');
  });
  it('words XML that is not SAML plainly (not "not a SAML message, not a samlp:Response")', () => {
    const f = findingOf(validateResponse({ xml: '<foo/>' }, makeConfig(), { now: NOW }), 'not-a-response');
    expect(f.message).toBe('the input is XML with the root element <foo>, not a SAML message');
    expect(f.actual).toBe('<foo>');
  });
  it('accepts a Response', () => {
    expect(codes(run())).not.toContain('not-a-response');
  });
});

describe('response-version', () => {
  it('flags Version other than 2.0', () => {
    const xml = signedXml({}, 'assertion').replace('Version="2.0" IssueInstant', 'Version="1.1" IssueInstant');
    const f = findingOf(validateResponse({ xml }, makeConfig(), { now: NOW }), 'response-version');
    expect(f.expected).toBe('2.0');
    expect(f.actual).toBe('1.1');
  });
  it('passes 2.0', () => {
    expect(codes(run())).not.toContain('response-version');
  });
});

describe('response-id-missing', () => {
  it('flags a Response without ID', () => {
    const xml = signedXml({}, 'assertion').replace(`<samlp:Response ID="${IDS.response}"`, '<samlp:Response');
    expect(codes(validateResponse({ xml }, makeConfig(), { now: NOW }))).toContain('response-id-missing');
  });
  it('passes with an ID', () => {
    expect(codes(run())).not.toContain('response-id-missing');
  });
});

describe('status-not-success', () => {
  it('explains Requester/InvalidNameIDPolicy in words, with the StatusMessage', () => {
    const r = run({
      response: { status: { code: STATUS.requester, subCode: 'urn:oasis:names:tc:SAML:2.0:status:InvalidNameIDPolicy', message: 'Unsupported NameID format' } },
      sign: 'response',
    });
    const f = findingOf(r, 'status-not-success');
    expect(f.message).toContain('Requester/InvalidNameIDPolicy');
    expect(f.message).toContain('NameID');
    expect(f.message).toContain('Unsupported NameID format');
    expect(f.hint).toContain('NameID format');
    // A failed status explains the missing assertion; no second error for it.
    expect(codes(r)).not.toContain('no-assertion');
  });
  it('an unsigned error Response is judged on its status alone', () => {
    const r = run({ response: { status: { code: STATUS.responder, subCode: STATUS.authnFailed } }, sign: 'none' });
    expect(errors(r)).toEqual(['status-not-success']);
  });
  it('explains Responder/AuthnFailed and RequestDenied', () => {
    const a = findingOf(run({ response: { status: { code: STATUS.responder, subCode: STATUS.authnFailed } }, sign: 'response' }), 'status-not-success');
    expect(a.message).toMatch(/could not be authenticated/);
    const b = findingOf(run({ response: { status: { code: STATUS.responder, subCode: STATUS.requestDenied } }, sign: 'response' }), 'status-not-success');
    expect(b.message).toMatch(/refused/);
    expect(b.hint).toMatch(/assign the user/);
  });
  it('uses the AADSTS explanation when Entra names one in StatusMessage', () => {
    const r = run({
      response: { status: { code: STATUS.requester, subCode: STATUS.requestDenied, message: 'AADSTS50105: The signed in user is not assigned' } },
      sign: 'response',
    });
    expect(findingOf(r, 'status-not-success').hint).toMatch(/^AADSTS50105 \(/);
  });
  it('passes Success', () => {
    const r = run();
    expect(codes(r)).not.toContain('status-not-success');
    expect(r.passed?.some((p) => p.check === 'status')).toBe(true);
  });
});

describe('destination-mismatch', () => {
  it('names a trailing-slash difference', () => {
    const f = findingOf(run({ response: { destination: `${SP.acsUrl}/` } }), 'destination-mismatch');
    expect(f.expected).toBe(SP.acsUrl);
    expect(f.actual).toBe(`${SP.acsUrl}/`);
    expect(f.hint).toMatch(/trailing slash/);
    expect(f.hint).toMatch(/Reply URL/);
  });
  it('names http vs https, a port, and host case', () => {
    expect(findingOf(run({ response: { destination: SP.acsUrl.replace('https', 'http') } }), 'destination-mismatch').hint).toMatch(/scheme/);
    expect(findingOf(run({ response: { destination: 'https://elevenlabs.io:8443/__/auth/handler' } }), 'destination-mismatch').hint).toMatch(/port/);
    expect(findingOf(run({ response: { destination: 'https://ElevenLabs.io/__/auth/handler' } }), 'destination-mismatch').hint).toMatch(/letter case of the host/);
  });
  it('names a data-residency host and tells the SP admin where to change it (elevenlabs profile)', () => {
    const eu = 'https://eu.residency.elevenlabs.io/__/auth/handler';
    const r = run({ response: { destination: eu, assertion: { recipient: eu } }, config: { profile: 'elevenlabs' } });
    const f = findingOf(r, 'destination-mismatch');
    expect(f.hint).toMatch(/data-residency/);
    expect(f.hint).toContain('Redirect URL');
    expect(f.mirrors).toMatch(/ElevenLabs says unable to sign in/);
  });
  it('accepts an additional ACS URL and passes the canonical one', () => {
    const eu = 'https://eu.residency.elevenlabs.io/__/auth/handler';
    const r = run({ response: { destination: eu, assertion: { recipient: eu } }, config: { sp: { additionalAcsUrls: [eu] } } });
    expect(errors(r)).toEqual([]);
    expect(codes(run())).not.toContain('destination-mismatch');
  });
});
