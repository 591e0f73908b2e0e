import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initConfigFromMetadata } from '../../src/config/init.js';
import { loadConfig } from '../../src/config/load.js';
import { validateResponse } from '../../src/validate/pipeline.js';
import { IDP, NOW, SP } from '../support/constants.js';
import { IDP_KEY, IDP_OLD_KEY, IDP_ROTATED_KEY } from '../support/keys.js';
import { buildResponse, signResponse } from '../support/saml-builder.js';
import { ADFS, OKTA, SHIBBOLETH, aggregate, aggregateIdp, entraMetadata } from '../metadata/builders.js';

const fixture = (name: string) => readFileSync(join('fixtures', 'metadata', name), 'utf8');
const sha256 = (pem: string) => new X509Certificate(pem).fingerprint256;

function init(text: string, o: Partial<Parameters<typeof initConfigFromMetadata>[1]> = {}) {
  const out = initConfigFromMetadata(text, { spEntityId: SP.entityId, acsUrl: SP.acsUrl, now: NOW, ...o });
  if (!out.ok) throw new Error(out.reason);
  return out;
}

describe('config init --from-metadata', () => {
  it('Entra: entity ID, Redirect sign-in URL, the signing certificate; schema-valid and lint-clean', () => {
    const out = init(fixture('entra.xml'));
    expect(out.config.idp.entityId).toBe(IDP.entityId);
    expect(out.config.idp.ssoUrl).toBe(IDP.ssoUrl);
    expect(out.config.idp.certificates!.map(sha256)).toEqual([sha256(IDP_KEY.cert)]);
    const loaded = loadConfig(out.text, { readFile: () => '', now: NOW });
    expect(loaded.findings).toEqual([]);
    expect(loaded.config!.idp.certificates.map((c) => sha256(c.pem))).toEqual([sha256(IDP_KEY.cert)]);
  });

  it('round trip: the config written from Entra metadata validates a correct Entra response', () => {
    const loaded = loadConfig(init(fixture('entra.xml'), { profile: 'elevenlabs' }).text, { readFile: () => '', now: NOW });
    const xml = signResponse(buildResponse(), { sign: 'assertion' });
    const result = validateResponse({ xml }, loaded.config!, { now: NOW });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('a rotation: all current signing certificates; expired ones are left out when a valid one exists', () => {
    const out = init(entraMetadata({ certs: [IDP_OLD_KEY.cert, IDP_KEY.cert, IDP_ROTATED_KEY.cert], sign: false }));
    expect(out.config.idp.certificates!.map(sha256)).toEqual([sha256(IDP_KEY.cert), sha256(IDP_ROTATED_KEY.cert)]);
  });

  it('HTTP-Redirect is preferred over HTTP-POST whatever the order (Okta lists POST first)', () => {
    expect(init(fixture('okta.xml')).config.idp).toMatchObject({ entityId: OKTA.entityId, ssoUrl: OKTA.ssoUrl });
    expect(init(fixture('shibboleth.xml')).config.idp.ssoUrl).toBe(SHIBBOLETH.ssoRedirect);
    expect(init(fixture('adfs.xml')).config.idp.entityId).toBe(ADFS.entityId);
  });

  it('a profile fills the SP values it knows and the binding it needs', () => {
    const out = initConfigFromMetadata(fixture('shibboleth.xml'), { profile: 'elevenlabs', now: NOW });
    expect(out.ok && out.config.sp).toEqual({ entityId: SP.entityId, acsUrl: SP.acsUrl });
    expect(out.ok && out.config.profile).toBe('elevenlabs');
    const elastic = init(fixture('shibboleth.xml'), { profile: 'elastic-cloud' });
    expect(elastic.config.idp.ssoUrl).toBe(SHIBBOLETH.ssoPost);
  });

  it('refuses without SP values, with an unknown profile, or without a usable IdP', () => {
    const noSp = initConfigFromMetadata(fixture('okta.xml'), { now: NOW });
    expect(noSp).toMatchObject({ ok: false, reason: '--sp-entity-id is required' });
    expect(initConfigFromMetadata(fixture('okta.xml'), { profile: 'nope', now: NOW })).toMatchObject({ ok: false, reason: "unknown profile 'nope'" });
    expect(initConfigFromMetadata(fixture('sp.xml'), { spEntityId: 'a', acsUrl: 'https://a', now: NOW })).toMatchObject({ ok: false });
    const agg = aggregate([aggregateIdp('https://a.example/'), aggregateIdp('https://b.example/')]);
    expect(initConfigFromMetadata(agg, { spEntityId: 'a', acsUrl: 'https://a', now: NOW })).toMatchObject({
      ok: false,
      reason: 'the metadata holds 2 identity providers; pick one with --entity ID',
    });
    expect(init(agg, { entityId: 'https://b.example/' }).config.idp.entityId).toBe('https://b.example/');
    const broken = initConfigFromMetadata('<md:EntityDescriptor', { spEntityId: 'a', acsUrl: 'https://a', now: NOW });
    expect(!broken.ok && broken.findings.map((f) => f.code)).toEqual(['xml-malformed']);
  });
});
