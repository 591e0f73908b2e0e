import { describe, expect, it } from 'vitest';
import { createValidator, validateResponse } from '../../src/validate/pipeline.js';
import { NAMEID_FORMAT, NOW, SP, USER } from '../support/constants.js';
import { ATTACKER_KEY, IDP_KEY, IDP_ROTATED_KEY, SP_KEY } from '../support/keys.js';
import { buildResponse, encryptAssertion, signResponse } from '../support/saml-builder.js';
import { codes, errors, makeConfig, run, signedXml } from './helpers.js';

describe('validateResponse', () => {
  it('reports every problem at once, not only the first', () => {
    const r = run({
      response: {
        destination: `${SP.acsUrl}/`,
        assertion: { audiences: ['https://other.example'], nameId: USER.persistentId, nameIdFormat: NAMEID_FORMAT.persistent },
      },
      config: { nameId: { mustBeEmail: true } },
      opts: { now: new Date('2026-11-20T11:00:00Z') },
    });
    expect(errors(r)).toEqual(
      expect.arrayContaining(['destination-mismatch', 'audience-mismatch', 'nameid-not-email', 'subject-confirmation-expired', 'assertion-expired']),
    );
  });

  it('says what was read and as of when', () => {
    const r = validateResponse(
      { xml: signedXml(), provenance: { source: 'login.har', steps: ['har', 'form', 'base64'], entryIndex: 14, method: 'POST', url: SP.acsUrl } },
      makeConfig(),
      { now: NOW },
    );
    expect(r.input).toBe('login.har#14');
    expect(r.context?.[0]).toContain('(Microsoft Entra ID)');
    expect(r.context?.[1]).toBe(`read from login.har · entry 14 · POST ${SP.acsUrl} · decoded: har › form › base64`);
    expect(r.context?.[2]).toContain('judged at 2026-11-20 09:15:02 UTC');
  });

  it('notes an old capture judged long after it was issued', () => {
    const r = run({ opts: { now: new Date('2026-11-20T09:45:00Z') } });
    expect(r.context?.join('\n')).toMatch(/about 5 minutes/);
  });

  it('bad XML gives findings, never a throw', () => {
    const r = validateResponse({ xml: '<samlp:Response' }, makeConfig(), { now: NOW });
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain('xml-malformed');
    const dtd = validateResponse({ xml: '<!DOCTYPE x [<!ENTITY a "b">]><x/>' }, makeConfig(), { now: NOW });
    expect(codes(dtd)).toContain('xml-doctype-refused');
  });

  it('a signature by another key: claims are unverified, none passed', () => {
    const r = run({ sign: { sign: 'assertion', key: ATTACKER_KEY.key, cert: ATTACKER_KEY.cert } });
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain('claims-unverified');
    expect(r.passed ?? []).toEqual([]);
    expect((r.details as { claimsVerified: boolean }).claimsVerified).toBe(false);
  });

  it('tries every configured certificate (rotation)', () => {
    const r = run({
      sign: { sign: 'assertion', key: IDP_ROTATED_KEY.key, cert: IDP_ROTATED_KEY.cert },
      config: { idp: { certificates: [{ label: 'old', pem: IDP_KEY.cert }, { label: 'next', pem: IDP_ROTATED_KEY.cert }] } },
    });
    expect(errors(r)).toEqual([]);
    expect(r.passed?.find((p) => p.check === 'signature')?.detail).toContain('next');
  });

  it('the required signed part comes from the config', () => {
    expect(codes(run({ sign: 'assertion', config: { security: { signed: 'response' } } }))).toContain('response-unsigned');
  });

  it('the --profile option wins over the config profile', () => {
    const persistent = { assertion: { nameId: USER.persistentId, nameIdFormat: NAMEID_FORMAT.persistent } };
    expect(codes(run({ response: persistent }))).not.toContain('nameid-not-email');
    expect(codes(run({ response: persistent, opts: { profile: 'elevenlabs' } }))).toContain('nameid-not-email');
  });

  it('createValidator prepares certificates once and gives the same result', () => {
    const config = makeConfig();
    const validate = createValidator(config, { now: NOW });
    const xml = signedXml();
    expect(validate({ xml })).toEqual(validateResponse({ xml }, config, { now: NOW }));
    expect(codes(validate({ xml }, new Date('2026-11-20T12:00:00Z')))).toContain('assertion-expired');
  });
});

describe('encrypted assertions', () => {
  const encrypted = (sign: 'assertion' | 'response') =>
    sign === 'assertion'
      ? encryptAssertion(signResponse(buildResponse(), { sign: 'assertion' }), SP_KEY.cert)
      : signResponse(encryptAssertion(buildResponse(), SP_KEY.cert), { sign: 'response' });

  it('without the SP key: assertion-encrypted, nothing claimed', () => {
    const r = validateResponse({ xml: encrypted('assertion') }, makeConfig(), { now: NOW });
    expect(codes(r)).toContain('assertion-encrypted');
    expect(codes(r)).not.toContain('no-assertion');
  });

  it('with the SP key: a signed assertion inside is verified and judged', () => {
    const r = validateResponse({ xml: encrypted('assertion') }, makeConfig(), { now: NOW, spKeyPem: SP_KEY.key });
    expect(errors(r)).toEqual([]);
    expect(r.details).toMatchObject({ claimsVerified: true, nameId: USER.nameId });
  });

  it('with the SP key: a signed Response vouches for the ciphertext', () => {
    const r = validateResponse({ xml: encrypted('response') }, makeConfig(), { now: NOW, spKeyPem: SP_KEY.key });
    expect(errors(r)).toEqual([]);
    expect(r.details).toMatchObject({ claimsVerified: true });
  });

  it('with the SP key: an unsigned encrypted assertion is unverified', () => {
    const xml = encryptAssertion(buildResponse(), SP_KEY.cert);
    const r = validateResponse({ xml }, makeConfig(), { now: NOW, spKeyPem: SP_KEY.key });
    expect(codes(r)).toEqual(expect.arrayContaining(['signature-missing', 'claims-unverified']));
  });

  it('counts an assertion nested inside the encrypted one', () => {
    const nested = '<Assertion ID="_nested" Version="2.0" IssueInstant="2026-11-20T09:15:00Z"/>';
    const xml = encryptAssertion(signResponse(buildResponse({ assertion: { extra: { end: `<Advice>${nested}</Advice>` } } }), { sign: 'assertion' }), SP_KEY.cert);
    const r = validateResponse({ xml }, makeConfig(), { now: NOW, spKeyPem: SP_KEY.key });
    expect(codes(r)).toContain('multiple-assertions');
  });

  it('the wrong key: decrypt-failed', () => {
    const r = validateResponse({ xml: encrypted('assertion') }, makeConfig(), { now: NOW, spKeyPem: ATTACKER_KEY.key });
    expect(codes(r)).toContain('decrypt-failed');
  });
});

describe('hints phrased for the recognised IdP', () => {
  it("weak-algorithm names Entra's Signing Algorithm setting for an Entra response", () => {
    const r = run({ sign: { sign: 'assertion', algorithm: 'sha1', digest: 'sha1' } });
    const weak = r.findings.find((f) => f.code === 'weak-algorithm');
    expect(weak?.hint).toContain('Microsoft Entra ID');
    expect(weak?.hint).toContain('SHA-256');
  });

  it('signature requirement hints use the IdP knowledge, not fixed Entra words', () => {
    const r = run({ sign: 'response', config: { security: { signed: 'assertion' } } });
    const unsigned = r.findings.find((f) => f.code === 'assertion-unsigned');
    expect(unsigned?.hint).toContain('Microsoft Entra ID');
    expect(unsigned?.hint).toContain('SP admin: accept a signed Response');
  });
});
