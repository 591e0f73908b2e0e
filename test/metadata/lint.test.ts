import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { SsoConfig } from '../../src/config/types.js';
import { lintMetadata } from '../../src/metadata/lint.js';
import type { LintMetadataOptions } from '../../src/metadata/lint.js';
import type { Result } from '../../src/report/types.js';
import { IDP, NOW, SP } from '../support/constants.js';
import { ATTACKER_KEY, IDP_KEY, IDP_OLD_KEY, IDP_ROTATED_KEY, certBase64 } from '../support/keys.js';
import { OKTA, aggregate, aggregateIdp, entraMetadata, oktaMetadata, spMetadata } from './builders.js';

const fixture = (name: string) => readFileSync(join('fixtures', 'metadata', name), 'utf8');

function lint(text: string, o: Partial<LintMetadataOptions> = {}): Result {
  const out = lintMetadata(text, { label: 'test.xml', now: NOW, ...o });
  if (!out.ok) throw new Error(`missing entity ${out.missingEntity}`);
  return out.result;
}
const codes = (r: Result) => r.findings.map((f) => f.code);

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

/** A small IdP entity with overridable parts. */
function idp(o: { attrs?: string; roleAttrs?: string; keys?: string; sso?: string; entityAttrs?: string } = {}): string {
  const keys = o.keys ?? `<md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${certBase64(IDP_KEY.cert)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`;
  const sso = o.sso ?? `<md:SingleSignOnService Binding="${REDIRECT}" Location="https://idp.example.com/sso"/>`;
  return (
    `<md:EntityDescriptor xmlns:md="${MD}" ${o.entityAttrs ?? 'entityID="https://idp.example.com/"'}>` +
    `<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" ${o.roleAttrs ?? ''}>${keys}${sso}</md:IDPSSODescriptor>` +
    `</md:EntityDescriptor>`
  );
}

function configFor(overrides: { entityId?: string; ssoUrl?: string; certificates?: string[]; fingerprints?: string[] } = {}): SsoConfig {
  const file = {
    sp: { entityId: SP.entityId, acsUrl: SP.acsUrl },
    idp: {
      entityId: overrides.entityId ?? IDP.entityId,
      ssoUrl: overrides.ssoUrl ?? IDP.ssoUrl,
      ...(overrides.fingerprints ? { fingerprints: overrides.fingerprints } : { certificates: overrides.certificates ?? [IDP_KEY.cert] }),
    },
  };
  const loaded = loadConfig(JSON.stringify(file), { readFile: () => '' });
  return loaded.config!;
}

describe('metadata lint: clean inputs pass', () => {
  it.each(['okta.xml', 'google.xml', 'shibboleth.xml', 'sp.xml', 'entra-unsigned.xml'])('%s has no findings', (name) => {
    const r = lint(fixture(name));
    expect(r.findings).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.passed!.map((p) => p.check)).toEqual(expect.arrayContaining(['entityID', 'role', 'signing certificate', 'sso bindings']));
  });
});

describe('metadata lint: entity checks', () => {
  it('metadata-no-entity-id', () => {
    expect(codes(lint(idp({ entityAttrs: '' })))).toEqual(['metadata-no-entity-id']);
  });

  it('metadata-no-role: only a WS-Fed RoleDescriptor', () => {
    const text = `<EntityDescriptor xmlns="${MD}" entityID="https://x.example/"><RoleDescriptor protocolSupportEnumeration="http://docs.oasis-open.org/wsfed/federation/200706"/></EntityDescriptor>`;
    const r = lint(text);
    expect(codes(r)).toEqual(['metadata-no-role']);
    expect(r.findings[0]!.actual).toEqual(['RoleDescriptor']);
  });

  it('metadata-no-signing-certificate: only an encryption key', () => {
    const keys = `<md:KeyDescriptor use="encryption"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${certBase64(IDP_KEY.cert)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`;
    const r = lint(idp({ keys }));
    expect(codes(r)).toEqual(['metadata-no-signing-certificate']);
    expect(r.findings[0]!.actual).toBe('only use="encryption"');
  });

  it('a KeyDescriptor without use counts as signing', () => {
    const keys = `<md:KeyDescriptor><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${certBase64(IDP_KEY.cert)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`;
    expect(codes(lint(idp({ keys })))).toEqual([]);
  });

  it('metadata-certificate-invalid: truncated base64', () => {
    const keys = `<md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${certBase64(IDP_KEY.cert).slice(0, 300)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`;
    const r = lint(idp({ keys }));
    expect(codes(r)).toContain('metadata-certificate-invalid');
    const f = r.findings.find((x) => x.code === 'metadata-certificate-invalid')!;
    expect(f.location).toContain('KeyDescriptor[1]');
    expect((f.actual as string[]).join(' ')).toMatch(/truncated|missing|base64/);
  });

  it('metadata-certificates-expired: the only signing certificate expired', () => {
    const text = aggregate([aggregateIdp('https://old.example/idp', { cert: IDP_OLD_KEY.cert })]);
    const r = lint(text);
    expect(codes(r)).toEqual(['metadata-certificates-expired']);
    expect(r.findings[0]!.message).toContain('https://old.example/idp');
  });

  it('an expired certificate next to a valid one is not an error', () => {
    expect(codes(lint(entraMetadata({ certs: [IDP_OLD_KEY.cert, IDP_KEY.cert], sign: false })))).toEqual(['metadata-certificate-rotation']);
  });

  it('metadata-certificates-expiring: within 30 days and no successor; a published successor clears it', () => {
    const soon = new Date('2027-12-15T00:00:00Z');
    expect(codes(lint(oktaMetadata(), { now: soon }))).toEqual(['metadata-certificates-expiring']);
    expect(codes(lint(entraMetadata({ certs: [IDP_KEY.cert, IDP_ROTATED_KEY.cert], sign: false }), { now: soon }))).toEqual([
      'metadata-certificate-rotation',
    ]);
  });

  it('metadata-certificate-rotation: names the newer certificate and says to trust both', () => {
    const r = lint(fixture('entra-rotated.xml'));
    const f = r.findings.find((x) => x.code === 'metadata-certificate-rotation')!;
    expect(f.severity).toBe('info');
    expect(f.message).toContain('The newer one is DF:7C:30:3C');
    expect((f.actual as string[])[0]).toMatch(/^newer: SHA-256 DF:7C/);
    expect(f.expected).toContain('trust every published signing certificate');
    expect(codes(lint(fixture('okta.xml')))).not.toContain('metadata-certificate-rotation');
  });

  it('metadata-expired: entity validUntil passed; the aggregate validUntil too', () => {
    expect(codes(lint(idp({ entityAttrs: 'entityID="https://idp.example.com/" validUntil="2026-11-01T00:00:00Z"' })))).toEqual(['metadata-expired']);
    expect(codes(lint(idp({ entityAttrs: 'entityID="https://idp.example.com/" validUntil="2026-12-01T00:00:00Z"' })))).toEqual([]);
    const agg = lint(fixture('aggregate.xml'), { now: new Date('2026-12-05T00:00:00Z') });
    expect(agg.findings.filter((f) => f.code === 'metadata-expired').map((f) => f.location)).toEqual(['EntitiesDescriptor']);
  });

  it('metadata-endpoint-not-https: an http sign-in URL and an http ACS', () => {
    const r = lint(idp({ sso: `<md:SingleSignOnService Binding="${REDIRECT}" Location="http://idp.example.com/sso"/>` }));
    expect(codes(r)).toEqual(['metadata-endpoint-not-https']);
    const sp = spMetadata().replace('https://eu.residency', 'http://eu.residency');
    expect(codes(lint(sp))).toEqual(['metadata-endpoint-not-https']);
  });

  it('metadata-no-sso-binding: only SOAP, or no SingleSignOnService', () => {
    expect(codes(lint(idp({ sso: `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://idp.example.com/soap"/>` })))).toEqual([
      'metadata-no-sso-binding',
    ]);
    expect(codes(lint(idp({ sso: '' })))).toEqual(['metadata-no-sso-binding']);
    expect(codes(lint(idp({ sso: `<md:SingleSignOnService Binding="${POST}" Location="https://idp.example.com/sso"/>` })))).toEqual([]);
  });

  it('metadata-signed-requests-without-key: SP AuthnRequestsSigned without a signing key', () => {
    expect(codes(lint(spMetadata({ withKey: false })))).toEqual(['metadata-signed-requests-without-key']);
    expect(codes(lint(spMetadata()))).toEqual([]);
  });

  it('metadata-wants-signed-requests: the IdP only accepts signed requests', () => {
    const r = lint(idp({ roleAttrs: 'WantAuthnRequestsSigned="true"' }));
    expect(codes(r)).toEqual(['metadata-wants-signed-requests']);
    expect(r.ok).toBe(true);
  });
});

describe('metadata lint: aggregates', () => {
  it('metadata-duplicate-entity-id lists both places', () => {
    const r = lint(fixture('aggregate.xml'));
    const dup = r.findings.find((f) => f.code === 'metadata-duplicate-entity-id')!;
    expect(dup.actual).toEqual(['/md:EntitiesDescriptor/md:EntityDescriptor[1]', '/md:EntitiesDescriptor/md:EntityDescriptor[3]']);
    expect(codes(lint(aggregate([aggregateIdp('https://a.example/'), aggregateIdp('https://b.example/')])))).toEqual([]);
  });

  it('--entity picks one entity and describes it; an unknown one suggests the nearest', () => {
    const r = lint(fixture('aggregate.xml'), { entityId: 'https://idp.fabrikam.edu/idp/shibboleth' });
    expect(r.body!.join('\n')).toContain('entityID          https://idp.fabrikam.edu/idp/shibboleth');
    expect(codes(r)).toEqual([]);
    const missing = lintMetadata(fixture('aggregate.xml'), { label: 'a', now: NOW, entityId: 'https://idp.fabrikam.edu/idp/shibolleth' });
    expect(missing).toMatchObject({ ok: false, missingEntity: 'https://idp.fabrikam.edu/idp/shibolleth' });
    expect(!missing.ok && missing.suggestions[0]).toBe('https://idp.fabrikam.edu/idp/shibboleth');
  });
});

describe('metadata lint: signature', () => {
  it('metadata-signature-unverified without --trust; verified with the right certificate', () => {
    expect(codes(lint(fixture('entra.xml')))).toEqual(['metadata-signature-unverified']);
    const r = lint(fixture('entra.xml'), { trust: [{ label: 'idp.pem', pem: IDP_KEY.cert }] });
    expect(codes(r)).toEqual([]);
    expect(r.passed).toContainEqual({ check: 'signature', detail: 'verified with idp.pem' });
    expect(r.context).toContain('signature: verified');
  });

  it('metadata-signature-invalid: the wrong certificate, or content changed after signing', () => {
    const wrong = lint(fixture('entra.xml'), { trust: [{ label: 'attacker.pem', pem: ATTACKER_KEY.cert }] });
    expect(codes(wrong)).toEqual(['metadata-signature-invalid']);
    const tampered = fixture('entra.xml').replaceAll(IDP.ssoUrl, 'https://evil.example.com/saml2');
    const t = lint(tampered, { trust: [{ label: 'idp.pem', pem: IDP_KEY.cert }] });
    expect(codes(t)).toEqual(['metadata-signature-invalid']);
    expect(String((t.findings[0]!.actual as string[])[0])).toMatch(/^digest-mismatch/);
  });

  it('metadata-signature-missing: --trust on unsigned metadata', () => {
    expect(codes(lint(fixture('okta.xml'), { trust: [{ label: 'idp.pem', pem: IDP_KEY.cert }] }))).toEqual(['metadata-signature-missing']);
  });

  it('an aggregate signature is reported as present without building its DOM', () => {
    const signedAgg = aggregate([aggregateIdp('https://a.example/')]).replace(
      '>\n<md:EntityDescriptor',
      '><ds:Signature><ds:SignatureValue>AA==</ds:SignatureValue></ds:Signature>\n<md:EntityDescriptor',
    );
    expect(codes(lint(signedAgg))).toEqual(['metadata-signature-unverified']);
  });
});

describe('metadata lint: --config comparison', () => {
  it('a config built from this metadata matches', () => {
    const r = lint(fixture('entra.xml'), { config: configFor() });
    expect(codes(r)).toEqual(['metadata-signature-unverified']);
    expect(r.passed!.map((p) => p.check)).toContain('config');
  });

  it('metadata-entity-id-mismatch: both values, and the trailing-slash note', () => {
    const r = lint(fixture('entra-unsigned.xml'), { config: configFor({ entityId: IDP.entityId.replace(/\/$/, '') }) });
    expect(codes(r)).toEqual(['metadata-entity-id-mismatch']);
    expect(r.findings[0]).toMatchObject({ expected: IDP.entityId, actual: IDP.entityId.replace(/\/$/, '') });
    expect(r.findings[0]!.message).toContain('trailing slash');
  });

  it('metadata-sso-url-mismatch', () => {
    const r = lint(fixture('okta.xml'), { config: configFor({ entityId: OKTA.entityId }) });
    expect(codes(r)).toEqual(['metadata-sso-url-mismatch']);
    expect(r.findings[0]).toMatchObject({ expected: OKTA.ssoUrl, actual: IDP.ssoUrl });
  });

  it('metadata-certificate-not-configured: an error when nothing matches, a warning for the next certificate of a rotation', () => {
    const none = lint(fixture('entra-unsigned.xml'), { config: configFor({ certificates: [IDP_ROTATED_KEY.cert] }) });
    const f = none.findings.find((x) => x.code === 'metadata-certificate-not-configured')!;
    expect(f.severity).toBe('error');
    const rotation = lint(fixture('entra-rotated.xml'), { config: configFor() });
    const w = rotation.findings.find((x) => x.code === 'metadata-certificate-not-configured')!;
    expect(w.severity).toBe('warning');
    expect(w.expected).toContain('DF:7C:30:3C');
    expect(codes(rotation)).not.toContain('metadata-certificate-rotation');
    // Only the metadata itself: the rotation note stays.
    expect(codes(lint(fixture('entra-rotated.xml')))).toContain('metadata-certificate-rotation');
    expect(codes(lint(fixture('entra-rotated.xml'), { config: configFor({ certificates: [IDP_KEY.cert, IDP_ROTATED_KEY.cert] }) }))).not.toContain(
      'metadata-certificate-not-configured',
    );
  });

  it('metadata-configured-certificate-not-in-metadata: a stale configured certificate', () => {
    const r = lint(fixture('entra-unsigned.xml'), { config: configFor({ certificates: [IDP_KEY.cert, IDP_OLD_KEY.cert] }) });
    expect(codes(r)).toEqual(['metadata-configured-certificate-not-in-metadata']);
    expect(r.findings[0]!.actual).toContain('9B:BB:E1:8D');
  });

  it('fingerprint pins count as configured certificates', () => {
    const fp = 'DB:2B:3F:98:07:23:46:68:09:BD:1A:D2:18:31:5D:89:E7:60:AD:03:4B:05:44:3A:9B:98:31:C1:3E:AD:23:23';
    expect(codes(lint(fixture('entra-unsigned.xml'), { config: configFor({ fingerprints: [fp] }) }))).toEqual([]);
  });

  it('SP metadata is not compared with the IdP values of a config', () => {
    const r = lint(fixture('sp.xml'), { config: configFor() });
    expect(codes(r)).toEqual([]);
    expect(r.context).toContain('not compared with the SSO config: this metadata describes no IdP');
  });

  it('in an aggregate, the config picks its IdP entity', () => {
    const text = aggregate([aggregateIdp('https://a.example/'), aggregateIdp(IDP.entityId, { ssoUrl: 'https://elsewhere.example/sso' })]);
    const r = lint(text, { config: configFor() });
    expect(codes(r)).toEqual(['metadata-sso-url-mismatch']);
  });
});
