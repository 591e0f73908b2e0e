import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMetadataText } from '../../src/metadata/read.js';
import { signingCertificates } from '../../src/saml/metadata.js';
import { BINDING, IDP } from '../support/constants.js';
import { IDP_KEY, certBase64 } from '../support/keys.js';
import { ADFS, GOOGLE, OKTA, SHIBBOLETH } from './builders.js';

const fixture = (name: string) => readFileSync(join('fixtures', 'metadata', name), 'utf8');

function readOne(name: string) {
  const out = readMetadataText(fixture(name));
  expect(out.findings).toEqual([]);
  expect(out.metadata!.kind).toBe('entity');
  return out.metadata!.entities[0]!;
}

describe('readMetadataText on the shapes IdPs publish', () => {
  it('Entra: entityID, signature, SAML role after the WS-Fed RoleDescriptors', () => {
    const e = readOne('entra.xml');
    expect(e.entityId).toBe(IDP.entityId);
    expect(e.signature?.referenceUris).toEqual(['#_5e8c1f2a-9b3d-4c7e-8a6f-1d2e3c4b5a69']);
    expect(e.roles.map((r) => r.kind)).toEqual(['other', 'idp']);
    const idp = e.roles[1]!;
    expect(idp.singleSignOnServices).toEqual([
      { binding: BINDING.redirect, location: IDP.ssoUrl, responseLocation: undefined },
      { binding: BINDING.post, location: IDP.ssoUrl, responseLocation: undefined },
    ]);
    expect(signingCertificates(idp)).toEqual([certBase64(IDP_KEY.cert)]);
  });

  it('Okta: prefixed md and ds, WantAuthnRequestsSigned false', () => {
    const e = readOne('okta.xml');
    expect(e.entityId).toBe(OKTA.entityId);
    expect(e.roles[0]!.wantAuthnRequestsSigned).toBe(false);
    expect(e.roles[0]!.nameIdFormats).toHaveLength(2);
  });

  it('Google: validUntil', () => {
    const e = readOne('google.xml');
    expect(e.entityId).toBe(GOOGLE.entityId);
    expect(e.validUntil).toBe('2031-06-01T12:00:00.000Z');
  });

  it('ADFS: SP and IdP roles, ACS index and isDefault, encryption and signing keys', () => {
    const e = readOne('adfs.xml');
    expect(e.entityId).toBe(ADFS.entityId);
    const sp = e.roles.find((r) => r.kind === 'sp')!;
    expect(sp.assertionConsumerServices.map((a) => [a.index, a.isDefault])).toEqual([
      [0, true],
      [1, undefined],
      [2, undefined],
    ]);
    expect(sp.keyDescriptors.map((k) => k.use)).toEqual(['encryption', 'signing']);
  });

  it('Shibboleth: extensions, certificate with line breaks, SAML1 and SOAP endpoints alongside', () => {
    const e = readOne('shibboleth.xml');
    expect(e.entityId).toBe(SHIBBOLETH.entityId);
    const idp = e.roles[0]!;
    expect(idp.protocolSupportEnumeration).toContain('urn:oasis:names:tc:SAML:2.0:protocol');
    expect(idp.singleSignOnServices.map((s) => s.location)).toContain(SHIBBOLETH.ssoRedirect);
    expect(signingCertificates(idp)).toEqual([certBase64(IDP_KEY.cert)]);
  });

  it('aggregate: every entity, in nested groups too', () => {
    const out = readMetadataText(fixture('aggregate.xml'));
    expect(out.metadata!.kind).toBe('aggregate');
    expect(out.metadata!.aggregate).toMatchObject({ name: 'urn:mace:contoso.org:federation', validUntil: '2026-12-04T00:00:00Z', signed: false });
    expect(out.metadata!.entities).toHaveLength(5);
  });

  it('metadata-not-metadata: a SAML response is not metadata', () => {
    const out = readMetadataText('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_1"/>');
    expect(out.metadata).toBeUndefined();
    expect(out.findings.map((f) => f.code)).toEqual(['metadata-not-metadata']);
  });
});

describe('readMetadataText on input that is not XML at all', () => {
  const only = (text: string) => {
    const r = readMetadataText(text);
    expect(r.metadata).toBeUndefined();
    expect(r.findings.map((f) => f.code)).toEqual(['metadata-not-metadata']);
    return r.findings[0]!;
  };
  it('says what the input is instead of a parser error or binary garbage', () => {
    expect(only('').message).toBe('the input is empty, not SAML metadata XML');
    expect(only('\u00ff\u00d8\u0000\u0010JFIF\u0000').message).toBe('the input is binary data, not SAML metadata XML');
    expect(only('\uFFFD\uFFFD\uFFFDJFIF\uFFFD').actual).toBe('binary data');
    expect(only('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----').hint).toContain('saml-doctor cert');
    expect(only('{"sp": {}}').hint).toContain('config lint');
    expect(only('https://login.microsoftonline.com/x/federationmetadata/2007-06/federationmetadata.xml').hint).toContain('offline');
  });
});
