import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { LoadConfigOptions } from '../../src/config/load.js';
import { IDP, NOW, SP } from '../support/constants.js';
import { IDP_KEY, IDP_OLD_KEY, IDP_ROTATED_KEY, certBase64 } from '../support/keys.js';
import { schemaFileText, SCHEMA_FILE } from './schema-file.js';

const noFiles: LoadConfigOptions = {
  readFile: (p) => {
    throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
  },
  now: NOW,
};

function valid(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sp: { entityId: SP.entityId, acsUrl: SP.acsUrl },
    idp: { entityId: IDP.entityId, ssoUrl: IDP.ssoUrl, certificates: [IDP_KEY.cert] },
    emailDomains: ['contoso.com'],
    ...overrides,
  };
}

function codes(obj: unknown, opts: LoadConfigOptions = noFiles): string[] {
  return loadConfig(JSON.stringify(obj), opts).findings.map((f) => f.code);
}

describe('loadConfig', () => {
  it('loads a correct config with defaults and no findings', () => {
    const { config, findings, passed } = loadConfig(JSON.stringify(valid()), noFiles);
    expect(findings).toEqual([]);
    expect(config).toBeDefined();
    expect(config!.security).toEqual({ signed: 'either', allowSha1: false, clockSkewSeconds: 180, allowIdpInitiated: false });
    expect(config!.nameId.mustBeEmail).toBe(false);
    expect(config!.profile).toBe('generic');
    expect(config!.idp.certificates).toHaveLength(1);
    expect(config!.idp.certificates[0]!.label).toBe('idp.certificates[0]');
    expect(config!.idp.certificates[0]!.pem).toContain('-----BEGIN CERTIFICATE-----');
    expect(passed.map((p) => p.check)).toContain('schema');
  });

  it('takes mustBeEmail from the profile unless the file says otherwise', () => {
    const a = loadConfig(JSON.stringify(valid({ profile: 'elevenlabs' })), noFiles);
    expect(a.config!.nameId.mustBeEmail).toBe(true);
    const b = loadConfig(JSON.stringify(valid({ profile: 'elevenlabs', nameId: { mustBeEmail: false } })), noFiles);
    expect(b.config!.nameId.mustBeEmail).toBe(false);
    const getProfile = () => ({ expects: { nameIdMustBeEmail: true } });
    const c = loadConfig(JSON.stringify(valid()), { ...noFiles, getProfile });
    expect(c.config!.nameId.mustBeEmail).toBe(true);
  });

  it('accepts the bare base64 body of a certificate, as metadata carries it', () => {
    const { config, findings } = loadConfig(
      JSON.stringify(valid({ idp: { entityId: IDP.entityId, certificates: [certBase64(IDP_KEY.cert)] } })),
      noFiles,
    );
    expect(findings).toEqual([]);
    expect(config!.idp.certificates[0]!.pem.replace(/\s/g, '')).toBe(IDP_KEY.cert.replace(/\s/g, ''));
  });

  it('reads certificate files relative to the config directory', () => {
    const seen: string[] = [];
    const { config, findings } = loadConfig(
      JSON.stringify(valid({ idp: { entityId: IDP.entityId, certificates: ['certs/idp.pem'] } })),
      {
        baseDir: '/etc/sso',
        readFile: (p) => {
          seen.push(p);
          return IDP_KEY.cert;
        },
      },
    );
    expect(findings).toEqual([]);
    expect(seen).toEqual(['/etc/sso/certs/idp.pem']);
    expect(config!.idp.certificates[0]!.label).toBe('certs/idp.pem');
  });

  it('config-not-json: gives the line and column of the JSON error', () => {
    const { config, findings } = loadConfig('{\n  "sp": {},\n}\n', noFiles);
    expect(config).toBeUndefined();
    expect(findings.map((f) => f.code)).toEqual(['config-not-json']);
    expect(findings[0]!.location).toBe('line 3, column 1');
  });

  it('config-not-json: names a PEM or metadata file passed by mistake and says what to do', () => {
    const pem = loadConfig(IDP_KEY.cert, noFiles).findings[0]!;
    expect(pem.code).toBe('config-not-json');
    expect(pem.message).toBe('the config is a PEM file (a certificate or key), not JSON');
    expect(pem.hint).toContain('idp.certificates');
    const xml = loadConfig('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"/>', noFiles).findings[0]!;
    expect(xml.message).toContain('an XML file');
    expect(xml.hint).toContain('config init --from-metadata');
  });

  it('config-schema: a missing required key, with the JSON path', () => {
    const { config, findings } = loadConfig(JSON.stringify({ sp: { entityId: SP.entityId }, idp: { entityId: IDP.entityId, certificates: [IDP_KEY.cert] } }), noFiles);
    expect(config).toBeUndefined();
    expect(findings.map((f) => [f.code, f.location])).toContainEqual(['config-schema', '$.sp.acsUrl']);
  });

  it('config-schema: a missing key names the typo that replaced it', () => {
    const { findings } = loadConfig(JSON.stringify(valid({ sp: { entityID: SP.entityId, acsUrl: SP.acsUrl } })), noFiles);
    const missing = findings.find((f) => f.code === 'config-schema')!;
    expect(missing.message).toBe('$.sp is missing the required key "entityId" (there is "entityID")');
    expect(missing.hint).toMatch(/^Rename "entityID" to "entityId"/);
    // The same typo is not reported a second time as an unknown key.
    expect(findings.filter((f) => f.location?.startsWith('$.sp.entity'))).toHaveLength(1);
  });

  it('config-schema: wrong type and bad enum value', () => {
    const { findings } = loadConfig(
      JSON.stringify(valid({ security: { signed: 'assertions', clockSkewSeconds: '180' } })),
      noFiles,
    );
    const schema = findings.filter((f) => f.code === 'config-schema');
    expect(schema.map((f) => f.location)).toEqual(['$.security.signed', '$.security.clockSkewSeconds']);
    expect(schema[0]!.hint).toContain('"assertion"');
    expect(schema[1]!.expected).toBe('integer');
  });

  it('config-schema: the root must be an object', () => {
    expect(codes([1, 2])).toEqual(['config-schema']);
  });

  it('config-unknown-key: suggests the nearest key and keeps the config', () => {
    const { config, findings } = loadConfig(
      JSON.stringify({ sp: { entityId: SP.entityId, acsUrl: SP.acsUrl }, idp: { entityId: IDP.entityId, certificates: [IDP_KEY.cert] }, security: { alowSha1: true } }),
      noFiles,
    );
    expect(findings.map((f) => f.code)).toEqual(['config-unknown-key']);
    expect(findings[0]!.location).toBe('$.security.alowSha1');
    expect(findings[0]!.expected).toBe('allowSha1');
    expect(config).toBeDefined();
  });

  it('config-url-not-https: http, relative and other schemes; localhost over http is fine', () => {
    const found = loadConfig(
      JSON.stringify(
        valid({
          sp: { entityId: SP.entityId, acsUrl: 'http://elevenlabs.io/__/auth/handler', additionalAcsUrls: ['/__/auth/handler', 'http://localhost:3000/acs'] },
          idp: { entityId: IDP.entityId, ssoUrl: 'ftp://login.example.com/', certificates: [IDP_KEY.cert] },
        }),
      ),
      noFiles,
    ).findings.filter((f) => f.code === 'config-url-not-https');
    expect(found.map((f) => f.location)).toEqual(['$.sp.acsUrl', '$.sp.additionalAcsUrls[0]', '$.idp.ssoUrl']);
    expect(found[0]!.message).toContain('uses http');
    expect(found[1]!.message).toContain('not an absolute URL');
  });

  it('config-certificate-invalid: a truncated PEM, a private key, garbage base64', () => {
    const truncated = IDP_KEY.cert.slice(0, 400);
    const findings = loadConfig(
      JSON.stringify(valid({ idp: { entityId: IDP.entityId, certificates: [truncated, IDP_KEY.key, IDP_KEY.cert.replace('MII', 'MII!')] } })),
      noFiles,
    ).findings.filter((f) => f.code === 'config-certificate-invalid');
    expect(findings.map((f) => f.location)).toEqual(['$.idp.certificates[0]', '$.idp.certificates[1]', '$.idp.certificates[2]']);
    expect(findings[0]!.mirrors).toBe('INVALID_IDP_RESPONSE: Error when parsing certificate');
    // The certificate linter's diagnosis says what exactly is wrong.
    expect(findings[0]!.actual).toContain('the END line is missing');
    expect(findings[1]!.message).toContain('PRIVATE KEY');
    expect(String(findings[2]!.message)).toContain('not base64');
  });

  it('config-certificate-invalid: drops the broken certificate from the loaded config', () => {
    const { config } = loadConfig(
      JSON.stringify(valid({ idp: { entityId: IDP.entityId, certificates: [IDP_KEY.cert.slice(0, 300), IDP_KEY.cert] } })),
      noFiles,
    );
    expect(config!.idp.certificates.map((c) => c.label)).toEqual(['idp.certificates[1]']);
  });

  it('config-certificate-unreadable: a path that does not exist', () => {
    const { findings } = loadConfig(JSON.stringify(valid({ idp: { entityId: IDP.entityId, certificates: ['missing.pem'] } })), noFiles);
    expect(findings.map((f) => f.code)).toEqual(['config-certificate-unreadable']);
    expect(findings[0]!.message).toContain('no such file');
  });

  it('config-certificate-expired: judged at now; not judged without now', () => {
    const obj = valid({ idp: { entityId: IDP.entityId, certificates: [IDP_OLD_KEY.cert] } });
    const found = loadConfig(JSON.stringify(obj), noFiles).findings;
    expect(found.map((f) => f.code)).toEqual(['config-certificate-expired']);
    expect(found[0]!.actual).toContain('2025-06-30');
    expect(codes(obj, { readFile: noFiles.readFile })).toEqual([]);
  });

  it('config-certificate-not-yet-valid: the rotated certificate before its start', () => {
    const obj = valid({ idp: { entityId: IDP.entityId, certificates: [IDP_KEY.cert, IDP_ROTATED_KEY.cert] } });
    expect(codes(obj, { ...noFiles, now: new Date('2026-09-01T00:00:00Z') })).toEqual(['config-certificate-not-yet-valid']);
    expect(codes(obj)).toEqual([]);
  });

  it('config-certificate-expiring: within 30 days of the end', () => {
    const obj = valid();
    expect(codes(obj, { ...noFiles, now: new Date('2027-12-20T00:00:00Z') })).toEqual(['config-certificate-expiring']);
    expect(codes(obj, { ...noFiles, now: new Date('2027-11-20T00:00:00Z') })).toEqual([]);
  });

  it('config-no-certificate: neither certificates nor fingerprints', () => {
    expect(codes(valid({ idp: { entityId: IDP.entityId } }))).toEqual(['config-no-certificate']);
    expect(codes(valid({ idp: { entityId: IDP.entityId, fingerprints: [new X509Certificate(IDP_KEY.cert).fingerprint256] } }))).toEqual([]);
  });

  it('config-fingerprint-invalid: wrong length and non-hex', () => {
    const found = loadConfig(
      JSON.stringify(valid({ idp: { entityId: IDP.entityId, fingerprints: ['DB:2B:3F:98', 'zz'.repeat(20), 'DB:2B:3F:98:07:23:46:68:09:BD:1A:D2:18:31:5D:89:E7:60:AD:03'] } })),
      noFiles,
    ).findings;
    expect(found.map((f) => [f.code, f.location])).toEqual([
      ['config-fingerprint-invalid', '$.idp.fingerprints[0]'],
      ['config-fingerprint-invalid', '$.idp.fingerprints[1]'],
    ]);
  });

  it('config-domains-empty: an explicit empty list warns; an absent one does not', () => {
    expect(codes(valid({ emailDomains: [] }))).toEqual(['config-domains-empty']);
    const { emailDomains: _omit, ...rest } = valid();
    expect(codes(rest)).toEqual([]);
  });
});

describe('schema file', () => {
  it('schema/sso-config.schema.json is written from src/config/schema.ts (run test/config/write-schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaFileText());
  });
});
