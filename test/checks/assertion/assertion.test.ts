import { describe, expect, it } from 'vitest';
import { IDP, TENANT_ID } from '../../support/constants.js';
import { codes, errors, findingOf, run } from '../../validate/helpers.js';

describe('no-assertion', () => {
  it('flags a Success Response without an assertion', () => {
    const f = findingOf(run({ response: { assertions: [] }, sign: 'response' }), 'no-assertion');
    expect(f.actual).toBe('none');
  });
  it('passes with one assertion', () => {
    expect(codes(run())).not.toContain('no-assertion');
  });
});

describe('multiple-assertions', () => {
  it('counts a second assertion next to the signed one', () => {
    const r = run({ response: { assertions: [{}, { id: '_second' }] } });
    const f = findingOf(r, 'multiple-assertions');
    expect(f.actual).toBe(2);
    expect(f.expected).toBe(1);
  });
  it('counts an assertion hidden in Extensions-like places too', () => {
    const hidden = `<Assertion xmlns="urn:oasis:names:tc:SAML:2.0:assertion" ID="_hidden" Version="2.0" IssueInstant="2026-11-20T09:15:00Z"/>`;
    const r = run({ response: { extra: { afterIssuer: `<samlp:Extensions>${hidden}</samlp:Extensions>` } } });
    expect(findingOf(r, 'multiple-assertions').actual).toBe(2);
  });
  it('passes a single assertion', () => {
    expect(codes(run())).not.toContain('multiple-assertions');
  });
});

describe('issuer-mismatch', () => {
  it('names a trailing-slash difference', () => {
    const r = run({ config: { idp: { entityId: IDP.entityId.replace(/\/$/, '') } } });
    const f = findingOf(r, 'issuer-mismatch');
    expect(f.expected).toBe(IDP.entityId.replace(/\/$/, ''));
    expect(f.actual).toBe(IDP.entityId);
    expect(f.hint).toMatch(/trailing slash/);
    expect(f.hint).toMatch(/SP admin/);
  });
  it('explains the Entra v2.0 issuer confusion', () => {
    const v2 = `https://login.microsoftonline.com/${TENANT_ID}/v2.0`;
    const f = findingOf(run({ config: { idp: { entityId: v2 } } }), 'issuer-mismatch');
    expect(f.hint).toContain('https://sts.windows.net/<tenant>/');
    expect(f.hint).toContain('Microsoft Entra Identifier');
  });
  it('says when the tenant differs', () => {
    const other = 'https://sts.windows.net/00000000-1111-2222-3333-444444444444/';
    const f = findingOf(run({ config: { idp: { entityId: other } } }), 'issuer-mismatch');
    expect(f.hint).toMatch(/different Microsoft Entra tenants/);
  });
  it('checks the Response Issuer and the Assertion Issuer separately', () => {
    const r = run({ response: { issuer: 'https://evil.example/' } });
    expect(findingOf(r, 'issuer-mismatch').location).toContain('samlp:Response');
  });
  it('passes the configured issuer', () => {
    const r = run();
    expect(codes(r)).not.toContain('issuer-mismatch');
    expect(r.passed?.some((p) => p.check.includes('issuer'))).toBe(true);
  });
});

describe('issuer-missing', () => {
  it('flags an Assertion without Issuer', () => {
    expect(errors(run({ response: { assertion: { issuer: null } } }))).toContain('issuer-missing');
  });
  it('does not flag a Response without Issuer (optional in SAML)', () => {
    const r = run({ response: { issuer: null } });
    expect(codes(r)).not.toContain('issuer-missing');
    expect(errors(r)).toEqual([]);
  });
});

describe('claims-unverified', () => {
  it('marks claim findings from an unsigned assertion and passes none of them', () => {
    const r = run({ response: { assertion: { audiences: ['https://other.example'] } }, sign: 'none' });
    expect(codes(r)).toContain('claims-unverified');
    expect(codes(r)).toContain('signature-missing');
    expect(findingOf(r, 'audience-mismatch').message).toMatch(/\(unverified\)$/);
    expect(r.passed ?? []).toEqual([]);
  });
  it('is absent when the assertion is signed', () => {
    expect(codes(run())).not.toContain('claims-unverified');
  });
});
