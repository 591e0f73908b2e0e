import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/input/decode.js';
import type { InspectDetails } from '../../src/inspect/inspect.js';
import { inspectDecoded, inspectMessage } from '../../src/inspect/inspect.js';
import type { MetadataSummary } from '../../src/inspect/metadata-summary.js';
import type {
  AuthnRequestSummary,
  LogoutRequestSummary,
  LogoutResponseSummary,
  ResponseSummary,
  StandaloneAssertionSummary,
} from '../../src/inspect/summary.js';
import type { Result } from '../../src/report/types.js';
import { buildAssertion, buildAuthnRequest, buildResponse, encodeRedirect, signResponse } from '../support/saml-builder.js';
import { IDP, IDS, NS, NOW, SP, STATUS, USER } from '../support/constants.js';
import { IDP_KEY } from '../support/keys.js';

const OPTS = { now: NOW, nowExplicit: true };

function inspect(text: string, opts: Partial<typeof OPTS> & { xml?: boolean } = {}): Result[] {
  return inspectDecoded(decodeInput(Buffer.from(text), 'test-input'), 'test-input', { ...OPTS, ...opts });
}
function one(text: string, opts: Partial<typeof OPTS> & { xml?: boolean } = {}): Result {
  const results = inspect(text, opts);
  expect(results).toHaveLength(1);
  return results[0]!;
}
const details = (r: Result) => r.details as InspectDetails;
const body = (r: Result) => (r.body ?? []).join('\n');
const codes = (r: Result) => r.findings.map((f) => f.code);

describe('inspect: Response', () => {
  const signed = signResponse(buildResponse({ assertion: { groups: [...USER.groups] } }), { sign: 'both' });

  it('summarises a signed Entra response as data', () => {
    const r = one(Buffer.from(signed).toString('base64'));
    expect(r).toMatchObject({ input: 'test-input', type: 'response', ok: true, findings: [] });
    const d = details(r);
    expect(d.kind).toBe('response');
    expect(d.now).toBe(NOW.toISOString());
    expect(d.provenance?.steps).toEqual(['base64']);
    const m = d.message as ResponseSummary;
    expect(m).toMatchObject({ id: IDS.response, issuer: IDP.entityId, destination: SP.acsUrl, status: { name: 'Success' } });
    expect(m.signature?.names).toEqual({ signature: 'RSA-SHA256', digest: 'SHA-256', canonicalization: 'exc-c14n' });
    expect(m.signature?.coversOwnElement).toBe(true);
    const a = m.assertions[0]!;
    expect(a.nameId).toMatchObject({ value: USER.nameId, formatName: 'emailAddress' });
    expect(a.subjectConfirmations[0]?.methodName).toBe('bearer');
    expect(a.authnStatements[0]?.authnContextName).toBe('PasswordProtectedTransport');
    const cert = a.signature!.certificates[0]!;
    expect(cert.ok && cert.certificate.sha256).toBe(new X509Certificate(IDP_KEY.cert).fingerprint256);
    expect(JSON.stringify(d)).not.toContain('ownerDocument');
  });

  it('shows the key lines a support engineer reads', () => {
    const r = one(signed);
    expect(r.context?.[0]).toMatch(/^Response _9d1c4e0a-… from https:\/\/sts\.windows\.net\/3f1c…\/ \(Microsoft Entra ID\)$/);
    expect(r.context?.[1]).toBe('judged at 2026-11-20 09:15:02 UTC (--now) · test-input · raw XML');
    const text = body(r);
    expect(text).toContain('  Issued          2026-11-20T09:15:00Z (2 s ago)');
    expect(text).toContain('  Status          Success: the IdP signed the user in and issued an assertion');
    expect(text).toContain('  Signature       RSA-SHA256, digest SHA-256, exc-c14n; covers the Response itself');
    expect(text).toContain('  NameID          ada.lovelace@contoso.com  (emailAddress)');
    expect(text).toContain('    NotOnOrAfter  2026-11-20T09:20:00Z (expires in 4 min 58 s)');
    expect(text).toContain('  Conditions      2026-11-20T09:10:00Z – 2026-11-20T10:25:00Z (1 h 15 min)');
    expect(text).toContain('valid now, expires in 1 h 9 min');
    expect(text).toContain('  Audience        https://elevenlabs.io');
    expect(text).toMatch(/emailaddress +ada\.lovelace@contoso\.com/);
    expect(text).toContain('Certificate the message carries (KeyInfo of the Response and Assertion signatures)');
    expect(text).toContain('not verified');
    expect(text).toContain('  Subject         CN=Microsoft Azure Federated SSO Certificate');
    expect(text).toContain(`  SHA-256         ${new X509Certificate(IDP_KEY.cert).fingerprint256}`);
  });

  it('explains an error status with its second-level code and message', () => {
    const xml = buildResponse({ status: { code: STATUS.requester, subCode: STATUS.requestDenied, message: 'AADSTS50105: not assigned' } });
    const r = one(xml);
    expect(r.context?.[0]).toContain('· Requester / RequestDenied');
    expect(body(r)).toContain('Requester / RequestDenied: the IdP chose not to answer, typically because the user is not assigned');
    expect(body(r)).toContain('message: AADSTS50105: not assigned');
    expect(body(r)).toContain('AADSTS50105: User not assigned to the application.');
    expect((details(r).message as ResponseSummary).status.aadsts.map((e) => e.code)).toEqual(['50105']);
    expect(body(r)).toContain('  Assertions      0 directly in the Response');
  });

  it('says when a response has expired, relative to now', () => {
    const r = one(readFileSync('fixtures/responses/entra-expired.xml', 'utf8'));
    expect(body(r)).toContain('NotOnOrAfter  2026-11-19T09:20:00Z (expired 23 h 55 min ago)');
    expect(body(r)).toContain('                  expired 22 h 50 min ago');
  });

  it('abbreviates long value lists for people and keeps all of them in the data', () => {
    const groups = Array.from({ length: 12 }, (_, i) => `group-${i + 1}`);
    const r = one(buildResponse({ assertion: { groups } }));
    expect(body(r)).toContain('… 7 more (all of them in --format json)');
    expect(body(r)).not.toContain('group-6');
    const m = details(r).message as ResponseSummary;
    expect(m.assertions[0]!.attributes.find((a) => a.values.includes('group-12'))?.values).toEqual(groups);
  });

  it('points out assertions that sit outside the Response and a split NameID', () => {
    const wrapped = buildAssertion({ id: '_evil' });
    const xml = buildResponse({
      assertion: { nameIdRawContent: 'ada.lovelace@contoso.com<!---->.evil.example' },
      extra: { afterStatus: `<samlp:Extensions>${wrapped}</samlp:Extensions>` },
    });
    const text = body(one(xml));
    expect(text).toContain('⚠ 2 saml:Assertion elements in the whole document');
    expect(text).toContain('⚠ the NameID text is split (2 text parts, a comment inside)');
  });

  it('prints the decoded XML indented with --xml, and gives it in the data', () => {
    const r = one(Buffer.from(buildResponse()).toString('base64'), { xml: true });
    expect(r.body?.[0]).toMatch(/^<samlp:Response /);
    expect(r.body).toContain('  <samlp:Status>');
    expect(details(r).xml).toBe(r.body!.join('\n'));
    expect((details(r).message as ResponseSummary).id).toBe(IDS.response);
  });
});

describe('inspect: other messages', () => {
  it('summarises a standalone Assertion', () => {
    const r = one(buildAssertion());
    expect(r.type).toBe('assertion');
    expect((details(r).message as StandaloneAssertionSummary).kind).toBe('assertion');
    expect(r.context?.[0]).toContain('Assertion _b7e3a9f2-… from https://sts.windows.net/3f1c…/');
    expect(body(r)).toContain('  NameID          ada.lovelace@contoso.com  (emailAddress)');
  });

  it('summarises an AuthnRequest from a redirect URL with its provenance', () => {
    const r = one(encodeRedirect(buildAuthnRequest({ forceAuthn: true }), { relayState: '/app' }));
    expect(r.type).toBe('authn-request');
    expect(r.context?.[1]).toContain('inflate');
    expect(r.context?.[2]).toContain('RelayState /app');
    const m = details(r).message as AuthnRequestSummary;
    expect(m).toMatchObject({ id: IDS.request, assertionConsumerServiceUrl: SP.acsUrl, protocolBindingName: 'HTTP-POST', forceAuthn: true });
    const text = body(r);
    expect(text).toContain(`  ACS URL         ${SP.acsUrl}`);
    expect(text).toContain('  ProtocolBinding HTTP-POST');
    expect(text).toContain('  NameIDPolicy    emailAddress, AllowCreate true');
    expect(text).toContain('  ForceAuthn      yes');
    expect(text).toContain('  IsPassive       no (not set)');
  });

  it('summarises logout messages', () => {
    const req = one(
      `<samlp:LogoutRequest xmlns:samlp="${NS.samlp}" xmlns:saml="${NS.saml}" ID="_lr" IssueInstant="2026-11-20T09:15:00Z">` +
        `<saml:Issuer>${SP.entityId}</saml:Issuer><saml:NameID>${USER.nameId}</saml:NameID><samlp:SessionIndex>s1</samlp:SessionIndex></samlp:LogoutRequest>`,
    );
    expect(req.type).toBe('logout-request');
    expect((details(req).message as LogoutRequestSummary).sessionIndexes).toEqual(['s1']);
    expect(body(req)).toContain('  SessionIndex    s1');

    const res = one(
      `<samlp:LogoutResponse xmlns:samlp="${NS.samlp}" ID="_lo" InResponseTo="_lr"><samlp:Status>` +
        `<samlp:StatusCode Value="${STATUS.success}"/></samlp:Status></samlp:LogoutResponse>`,
    );
    expect(res.type).toBe('logout-response');
    expect((details(res).message as LogoutResponseSummary).status.name).toBe('Success');
    expect(body(res)).toContain('  InResponseTo    _lr');
  });

  it('gives metadata a short summary and points to the metadata command', () => {
    const md = 'urn:oasis:names:tc:SAML:2.0:metadata';
    const entity = (id: string, role: string) => `<md:EntityDescriptor entityID="${id}"><md:${role} protocolSupportEnumeration="${NS.samlp}"/></md:EntityDescriptor>`;
    const single = one(entity(IDP.entityId, 'IDPSSODescriptor').replace('<md:EntityDescriptor', `<md:EntityDescriptor xmlns:md="${md}"`));
    expect(single.type).toBe('metadata');
    expect(single.context?.[0]).toBe(`Metadata of ${IDP.entityId} (IdP)`);
    expect(body(single)).toContain('saml-doctor metadata test-input');

    const all = one(`<md:EntitiesDescriptor xmlns:md="${md}" Name="fed">${entity('https://a', 'IDPSSODescriptor')}${entity('https://b', 'SPSSODescriptor')}</md:EntitiesDescriptor>`);
    const m = details(all).message as MetadataSummary;
    expect(m).toMatchObject({ kind: 'entities-descriptor', name: 'fed', entityCount: 2, entities: [{ entityId: 'https://a', roles: ['IdP'] }, { entityId: 'https://b', roles: ['SP'] }] });
    expect(all.context?.[0]).toBe('Metadata aggregate fed: 2 entities');
  });

  it('suggests the follow-up command with the input as given, FILE when it came from stdin', () => {
    const md = `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${IDP.entityId}"><md:IDPSSODescriptor protocolSupportEnumeration="${NS.samlp}"/></md:EntityDescriptor>`;
    const as = (label: string) => (inspectDecoded(decodeInput(Buffer.from(md), label), label, OPTS)[0]!.body ?? []).join('\n');
    expect(as('stdin')).toContain('saml-doctor metadata FILE');
    expect(as('my metadata.xml')).toContain("saml-doctor metadata 'my metadata.xml'");
  });

  it('names the SAML role first and a WS-Federation RoleDescriptor as a non-SAML role (Entra, ADFS)', () => {
    const md = 'urn:oasis:names:tc:SAML:2.0:metadata';
    const r = one(
      `<md:EntityDescriptor xmlns:md="${md}" entityID="${IDP.entityId}"><md:RoleDescriptor protocolSupportEnumeration="http://docs.oasis-open.org/wsfed/federation/200706"/>` +
        `<md:IDPSSODescriptor protocolSupportEnumeration="${NS.samlp}"/></md:EntityDescriptor>`,
    );
    expect(r.context?.[0]).toBe(`Metadata of ${IDP.entityId} (IdP, non-SAML role)`);
  });

  it('summarises a certificate and points to the cert command', () => {
    const r = one(IDP_KEY.cert);
    expect(r.type).toBe('certificate');
    const c = details(r).certificates![0]!;
    expect(c.ok && c.certificate).toMatchObject({
      subject: 'CN=Microsoft Azure Federated SSO Certificate',
      selfSigned: true,
      notAfter: '2028-01-01T00:00:00.000Z',
      sha256: new X509Certificate(IDP_KEY.cert).fingerprint256,
      publicKey: 'RSA 2048',
    });
    expect(body(r)).toContain('2025-01-01T00:00:00Z – 2028-01-01T00:00:00Z (expires in 13 months)');
    expect(body(r)).toContain('saml-doctor cert test-input');
  });
});

describe('inspect: what is not a SAML message', () => {
  it('reports XML with another root as not-saml, naming the root', () => {
    const r = one('<wst:RequestSecurityTokenResponse xmlns:wst="http://schemas.xmlsoap.org/ws/2005/02/trust"/>');
    expect(codes(r)).toEqual(['not-saml']);
    expect(r.ok).toBe(false);
    expect(r.findings[0]!.message).toContain('<wst:RequestSecurityTokenResponse> (namespace http://schemas.xmlsoap.org/ws/2005/02/trust)');
    expect(details(r).root).toEqual({ name: 'wst:RequestSecurityTokenResponse', namespace: 'http://schemas.xmlsoap.org/ws/2005/02/trust' });
  });

  it('reports a SAML element it does not summarise as unknown-message', () => {
    const r = one(`<samlp:ArtifactResolve xmlns:samlp="${NS.samlp}" ID="_a"/>`);
    expect(codes(r)).toEqual(['unknown-message']);
    expect(r.ok).toBe(true);
    expect(r.type).toBe('unknown');
  });

  it('passes on decoder and XML findings', () => {
    expect(codes(one('just some words'))).toEqual(['input-not-saml-text']);
    expect(codes(one('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><x></samlp:Response>'))).toContain('xml-malformed');
  });
});

describe('inspect: several messages and capture time', () => {
  const msg = (capturedAt?: string, entryIndex?: number) => ({
    xml: buildResponse(),
    provenance: { source: 'login.har', steps: ['base64'], binding: 'HTTP-POST' as const, capturedAt, entryIndex },
  });

  it('gives one result per message, labelled by entry', () => {
    const results = inspectDecoded({ kind: 'har', messages: [msg(undefined, 3), msg(undefined, 14)], findings: [] }, 'login.har', OPTS);
    expect(results.map((r) => r.input)).toEqual(['login.har#3', 'login.har#14']);
  });

  it('judges a captured message at its capture time unless --now is given', () => {
    const captured = inspectMessage(msg('2026-11-20T09:15:01Z', 14), 'login.har#14', { now: new Date('2027-01-01T00:00:00Z'), nowExplicit: false });
    expect(details(captured).now).toBe('2026-11-20T09:15:01.000Z');
    expect(captured.context?.[1]).toBe('captured 2026-11-20 09:15:01 UTC, judged at capture time · login.har entry 14 · base64');
    expect(body(captured)).toContain('(1 s ago)');

    const forced = inspectMessage(msg('2026-11-20T09:15:01Z'), 'x', OPTS);
    expect(details(forced).now).toBe(NOW.toISOString());
  });
});
