import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/redact/index.js';
import { readCapture } from '../../src/input/capture/index.js';
import { buildAuthnRequest, buildResponse, encodeRedirect, signResponse } from '../support/saml-builder.js';
import { IDP_KEY, SP_KEY } from '../support/keys.js';
import { USER } from '../support/constants.js';
import { buildHar, buildTracerExport, loginSteps, RELAY_STATE } from '../support/har-builder.js';
import { certBase64 } from '../support/keys.js';

const signed = signResponse(
  buildResponse({ assertion: { extra: { inSubject: '' }, attributes: undefined } }).replace(
    '<SubjectConfirmationData ',
    '<SubjectConfirmationData Address="198.51.100.23" ',
  ),
  { sign: 'assertion' },
);
const b64 = Buffer.from(signed).toString('base64');
const redirectUrl = encodeRedirect(buildAuthnRequest(), { relayState: RELAY_STATE, key: SP_KEY.key });

/** Everything personal in the canonical login. */
const PERSONAL = [USER.nameId, USER.givenName, USER.surname, USER.displayName, USER.objectId, '198.51.100.23', '6c3f0a2b9e1d', '9a8b7c6d5e4f'];

function expectClean(text: string): void {
  for (const p of PERSONAL) expect(text).not.toContain(p);
  expect(text).not.toMatch(/ada\.lovelace/i);
}

describe('redact', () => {
  it('replaces NameID, names, attribute values and the subject IP in raw XML, keeping the signature and certificate', () => {
    const r = redact(signed);
    expect(r.kind).toBe('xml');
    expectClean(r.output);
    expect(r.output).toContain('<NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">user1@example.invalid</NameID>');
    // The email attribute equals the NameID: the same placeholder keeps that visible.
    expect(r.output.match(/user1@example\.invalid/g)!.length).toBe(3);
    expect(r.output).toMatch(/<AttributeValue>name-\d<\/AttributeValue>/);
    expect(r.output).toContain('00000000-0000-4000-8000-000000000001');
    expect(r.output).toContain('Address="192.0.2.1"');
    expect(r.output).toContain(certBase64(IDP_KEY.cert));
    expect(r.output).toMatch(/<SignatureValue>[A-Za-z0-9+/=\s]{100,}<\/SignatureValue>/);
    expect(r.notes.join(' ')).toMatch(/signatures in the copy no longer verify/);
  });

  it('keeps the domain with --keep-domains', () => {
    const r = redact(signed, { keepDomains: true });
    expect(r.output).toContain('>user1@contoso.com</NameID>');
    expectClean(r.output);
  });

  it('re-encodes base64 input as base64, and a redirect URL deflated again', () => {
    const r = redact(`${b64}\n`);
    expect(r.kind).toBe('base64');
    expect(r.output.endsWith('\n')).toBe(true);
    const xml = Buffer.from(r.output, 'base64').toString('utf8');
    expect(xml).toContain('user1@example.invalid');
    expectClean(xml);

    const login = encodeRedirect(buildAuthnRequest({ issuer: 'https://elevenlabs.io' }).replace('AllowCreate="true"', 'AllowCreate="true" SPNameQualifier="ada.lovelace@contoso.com"'), {
      relayState: RELAY_STATE,
    });
    const u = redact(login);
    expect(u.kind).toBe('url');
    const value = new URL(u.output).searchParams.get('SAMLRequest')!;
    const inflated = inflateRawSync(Buffer.from(value, 'base64')).toString('utf8');
    expect(inflated).toContain('SPNameQualifier="user1@example.invalid"');
    expect(new URL(u.output).searchParams.get('RelayState')).toBe(RELAY_STATE);
  });

  it('produces a valid HAR with the same SAML messages, minus the personal data', () => {
    const har = buildHar(loginSteps({ redirectUrl, samlResponse: b64 }), 'chrome');
    const text = JSON.stringify(har, null, 2);
    const r = redact(text);
    expect(r.kind).toBe('har');
    expectClean(r.output);
    const out = JSON.parse(r.output);
    expect(out.log.entries).toHaveLength(har.log ? (har.log as { entries: unknown[] }).entries.length : 0);
    // Cookies and cookie headers: names stay, values go.
    const req = out.log.entries[0].request;
    expect(req.cookies[0]).toEqual({ name: 'session', value: 'redacted-1' });
    expect(req.headers.find((h: { name: string }) => h.name === 'Cookie').value).toBe('session=redacted-1; ajs_user_id=redacted-2');
    expect(out.log.entries[0].serverIPAddress).toBe('192.0.2.1');
    // The copy is still a capture this tool reads, with the same flow.
    const before = readCapture(har, 'a')!;
    const after = readCapture(out, 'b')!;
    expect(after.messages.map((m) => [m.provenance.parameter, m.carrier, m.provenance.relayState])).toEqual(
      before.messages.map((m) => [m.provenance.parameter, m.carrier, m.provenance.relayState]),
    );
    expect(after.messages[1]!.xml).toContain('user1@example.invalid');
    // Redirect signatures and XML signatures are left as they were.
    expect(after.messages[0]!.provenance.signature).toBe(before.messages[0]!.provenance.signature);
    expect(r.stats.signedMessages).toBeGreaterThan(0);
  });

  it('replaces credentials in Authorization headers and tokens in JSON bodies', () => {
    const har = buildHar([
      {
        time: '2026-11-20T09:15:03Z',
        url: 'https://api.elevenlabs.io/v1/user',
        headers: [['Authorization', 'Bearer eyJhbGciOiJSUzI1NiJ9.secret.sig']],
        json: { idToken: 'eyJhbGciOiJSUzI1NiJ9.other.sig', email: 'ada.lovelace@contoso.com', displayName: 'x' },
      },
    ]);
    const r = redact(JSON.stringify(har));
    const entry = JSON.parse(r.output).log.entries[0];
    expect(entry.request.headers.find((h: { name: string }) => h.name === 'Authorization').value).toMatch(/^Bearer redacted-\d+$/);
    expect(JSON.parse(entry.response.content.text)).toMatchObject({ idToken: expect.stringMatching(/^redacted-\d+$/), email: 'user1@example.invalid' });
    expect(r.output).not.toContain('secret.sig');
  });

  it('covers what SAML-tracer export filters cover: post values, cookies, the decoded message', () => {
    const exp = buildTracerExport(
      [{ method: 'POST', url: 'https://elevenlabs.io/__/auth/handler', post: [['SAMLResponse', b64], ['RelayState', RELAY_STATE]], saml: signed }],
      '2026-11-20T09:16:10Z',
    );
    const r = redact(JSON.stringify(exp, null, 2));
    expect(r.kind).toBe('saml-tracer');
    expectClean(r.output);
    const out = JSON.parse(r.output);
    expect(out.requests[0].saml).toContain('user1@example.invalid');
    expect(Buffer.from(out.requests[0].post[0][1], 'base64').toString()).toContain('user1@example.invalid');
    expect(out.requests[0].requestHeaders[1].value).toBe('session=redacted-1');
  });

  it('is stable: redacting the copy again changes nothing', () => {
    const once = redact(signed).output;
    expect(redact(once).output).toBe(once);
  });

  it('replaces emails and IPs in plain text and says it is not SAML', () => {
    const r = redact('login failed for ada.lovelace@contoso.com from 203.0.113.9 with Chrome/130.0.0.0');
    expect(r.output).toBe('login failed for user1@example.invalid from 192.0.2.1 with Chrome/130.0.0.0');
    expect(r.notes.join(' ')).toMatch(/not a SAML message/);
  });
});

describe('redact notes say only what is true of the copy', () => {
  it('a copy identical to the input does not claim its signatures were broken', () => {
    const metadata = readFileSync(join(process.cwd(), 'fixtures', 'metadata', 'entra.xml'), 'utf8');
    const r = redact(metadata);
    expect(r.output).toBe(metadata);
    expect(r.notes.join(' ')).not.toMatch(/no longer verify/);
  });
});
