import { describe, expect, it } from 'vitest';
import { runProfileChecks } from '../../../src/checks/profile/index.js';
import { getIdp } from '../../../src/knowledge/index.js';
import { IDP, SP } from '../../support/constants.js';
import { input } from './support.js';

const codes = (f: { code: string }[]) => f.map((x) => x.code);

describe('elevenlabs Redirect URL', () => {
  it('accepts the default and the data-residency forms', () => {
    expect(runProfileChecks(input('elevenlabs', { config: { acsUrl: SP.acsUrl } }))).toEqual([]);
    expect(runProfileChecks(input('elevenlabs', { config: { acsUrl: 'https://eu.residency.elevenlabs.io/__/auth/handler' } }))).toEqual([]);
  });

  it('rejects a Destination without /__/ and gives the Entra Reply URL fix', () => {
    const f = runProfileChecks(
      input('elevenlabs', { idp: getIdp('entra'), response: { destination: 'https://elevenlabs.io/auth/handler' } }),
    );
    expect(codes(f)).toEqual(['elevenlabs-redirect-url-form']);
    expect(f[0]!.actual).toBe('https://elevenlabs.io/auth/handler');
    expect(f[0]!.hint).toContain('Reply URL (Assertion Consumer Service URL): set it to exactly https://elevenlabs.io/__/auth/handler');
    expect(f[0]!.mirrors).toBe('Microsoft Entra shows a successful sign-in, but ElevenLabs says unable to sign in');
  });

  it('keeps the region of a mistyped residency URL', () => {
    const f = runProfileChecks(
      input('elevenlabs', { idp: getIdp('okta'), config: { acsUrl: 'https://eu.residency.elevenlabs.io/auth/handler' } }),
    );
    expect(codes(f)).toEqual(['elevenlabs-redirect-url-form']);
    expect(f[0]!.hint).toContain('Single sign-on URL: set it to exactly https://eu.residency.elevenlabs.io/__/auth/handler');
  });
});

describe('elevenlabs Identity Provider Sign-In URL', () => {
  it('accepts the Entra Login URL', () => {
    expect(runProfileChecks(input('elevenlabs', { noResponse: true, config: { idpSsoUrl: IDP.ssoUrl, idpEntityId: IDP.entityId } }))).toEqual([]);
  });

  it('rejects the Entra federation metadata URL in its place', () => {
    const f = runProfileChecks(
      input('elevenlabs', {
        noResponse: true,
        config: {
          idpEntityId: IDP.entityId,
          idpSsoUrl: `https://login.microsoftonline.com/3f1c9a52-7d4e-4b8a-9c1e-2a6f0d5b8e71/federationmetadata/2007-06/federationmetadata.xml?appid=1`,
        },
      }),
    );
    expect(codes(f)).toEqual(['elevenlabs-idp-sign-in-url']);
    expect(f[0]!.message).toContain('metadata URL');
    expect(f[0]!.hint).toContain('Set up <app> › Login URL');
    expect(f[0]!.expected).toBe('https://login.microsoftonline.com/<tenant>/saml2');
  });

  it('rejects an Okta URL that does not end in /sso/saml', () => {
    const f = runProfileChecks(
      input('elevenlabs', { noResponse: true, config: { idpSsoUrl: 'https://contoso.okta.com/home/contoso_elevenlabs_1/0oa1b2c3/aln1b2c3' } }),
    );
    expect(codes(f)).toEqual(['elevenlabs-idp-sign-in-url']);
    expect(f[0]!.hint).toContain('ends in /sso/saml');
  });
});

describe('elevenlabs Entra through SAML', () => {
  it('rejects the Entra v2.0 (OIDC) issuer as Identity Provider Entity Id', () => {
    const f = runProfileChecks(
      input('elevenlabs', { noResponse: true, config: { idpEntityId: 'https://login.microsoftonline.com/3f1c9a52-7d4e-4b8a-9c1e-2a6f0d5b8e71/v2.0' } }),
    );
    expect(codes(f)).toEqual(['elevenlabs-entra-oidc-issuer']);
    expect(f[0]!.expected).toBe(IDP.entityId);
    expect(f[0]!.hint).toContain('Identity Provider Entity Id');
    expect(f[0]!.hint).toContain('Microsoft Entra Identifier');
  });

  it('accepts the SAML issuer', () => {
    expect(runProfileChecks(input('elevenlabs', { noResponse: true, config: { idpEntityId: IDP.entityId } }))).toEqual([]);
  });
});
