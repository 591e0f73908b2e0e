import { describe, expect, it } from 'vitest';
import { runProfileChecks } from '../../../src/checks/profile/index.js';
import { getIdp } from '../../../src/knowledge/index.js';
import { input } from './support.js';

const codes = (f: { code: string }[]) => f.map((x) => x.code);
const SHA256 = 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89';

describe('zendesk URLs', () => {
  it('passes the documented shapes', () => {
    expect(
      runProfileChecks(
        input('zendesk', { config: { spEntityId: 'https://acme.zendesk.com', acsUrl: 'https://acme.zendesk.com/access/saml', fingerprints: [SHA256] } }),
      ),
    ).toEqual([]);
  });

  it('rejects the Sign on URL used as ACS URL, with the Entra Reply URL fix', () => {
    const f = runProfileChecks(
      input('zendesk', { idp: getIdp('entra'), config: { spEntityId: 'https://acme.zendesk.com', acsUrl: 'https://acme.zendesk.com' } }),
    );
    expect(codes(f)).toEqual(['zendesk-acs-url-shape']);
    expect(f[0]!.expected).toBe('https://acme.zendesk.com/access/saml');
    expect(f[0]!.hint).toContain('Reply URL (Assertion Consumer Service URL): set it to exactly https://acme.zendesk.com/access/saml');
  });

  it('rejects an entity ID with a path, and one naming another subdomain', () => {
    const withPath = runProfileChecks(
      input('zendesk', { idp: getIdp('entra'), config: { spEntityId: 'https://acme.zendesk.com/access/saml', acsUrl: 'https://acme.zendesk.com/access/saml' } }),
    );
    expect(codes(withPath)).toEqual(['zendesk-entity-id-shape']);
    expect(withPath[0]!.hint).toContain('Identifier (Entity ID): set it to exactly https://acme.zendesk.com');
    const otherSub = runProfileChecks(
      input('zendesk', { config: { spEntityId: 'https://acme-sandbox.zendesk.com', acsUrl: 'https://acme.zendesk.com/access/saml' } }),
    );
    expect(codes(otherSub)).toEqual(['zendesk-entity-id-shape']);
    expect(otherSub[0]!.message).toContain('subdomain acme-sandbox');
  });
});

describe('zendesk fingerprint', () => {
  it('rejects a SHA-1 thumbprint', () => {
    const f = runProfileChecks(
      input('zendesk', {
        noResponse: true,
        config: { spEntityId: 'https://acme.zendesk.com', acsUrl: 'https://acme.zendesk.com/access/saml', fingerprints: ['A1B2C3D4E5F60718293A4B5C6D7E8F9012345678'] },
      }),
    );
    expect(codes(f)).toEqual(['zendesk-fingerprint-not-sha256']);
    expect(f[0]!.message).toContain('SHA-1 thumbprint');
    expect(f[0]!.hint).toContain('Certificate fingerprint (SHA-256)');
  });
});

describe('profile isolation', () => {
  it('runs no other profile’s checks, and none for generic', () => {
    const cfg = { acsUrl: 'https://nowhere.example/acs', fingerprints: ['12'], loginIdentifierPrefix: 'BAD PREFIX' };
    expect(runProfileChecks(input('generic', { config: cfg }))).toEqual([]);
    expect(codes(runProfileChecks(input('zendesk', { config: cfg })))).not.toContain('elastic-cloud-login-prefix-invalid');
  });
});
