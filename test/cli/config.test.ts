import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IDP, SP } from '../support/constants.js';
import { IDP_KEY, IDP_OLD_KEY, KEYS_DIR } from '../support/keys.js';
import { runCli } from '../support/cli.js';

const NOW = '2026-11-20T09:15:02Z';

function run(args: string[], cwd?: string) {
  // `config init` writes JSON and has no colour option.
  const color = args[1] === 'init' ? [] : ['--no-color'];
  return runCli([...args, ...color], { cwd });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saml-doctor-config-'));
  writeFileSync(join(dir, 'idp.pem'), IDP_KEY.cert);
});

function writeConfig(name: string, value: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return p;
}

describe('saml-doctor config lint', () => {
  it('a correct config: exit 0, summary and passed checks', () => {
    const p = writeConfig('good.json', {
      sp: { entityId: SP.entityId, acsUrl: SP.acsUrl },
      idp: { entityId: IDP.entityId, ssoUrl: IDP.ssoUrl, certificates: ['idp.pem'] },
      emailDomains: ['contoso.com'],
    });
    const r = run(['config', 'lint', p, '--now', NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`IdP entity ID     ${IDP.entityId}`);
    expect(r.stdout).toContain('certificate       idp.pem: SHA-256 DB:2B:3F:98');
    expect(r.stdout).toContain('✔ schema');
    expect(r.stdout).toContain('0 errors · 0 warnings');
  });

  it('problems: exit 1, each with its code and JSON path', () => {
    const p = writeConfig('bad.json', {
      sp: { entityId: SP.entityId, acsUrl: 'http://elevenlabs.io/__/auth/handler' },
      idp: { entityID: IDP.entityId, entityId: IDP.entityId, certificates: [IDP_OLD_KEY.cert] },
    });
    const r = run(['config', 'lint', p, '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ config-unknown-key\s+unknown key "entityID" in \$\.idp; did you mean "entityId"\?/);
    expect(r.stdout).toMatch(/✖ config-url-not-https\s+\$\.sp\.acsUrl uses http/);
    expect(r.stdout).toMatch(/✖ config-certificate-expired/);
  });

  it('JSON format follows the report contract', () => {
    const p = writeConfig('bad2.json', { sp: { entityId: SP.entityId }, idp: { entityId: IDP.entityId, fingerprints: ['abc'] } });
    const r = run(['config', 'lint', p, '--now', NOW, '-f', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.results[0].type).toBe('config');
    expect(report.results[0].findings.map((f: { code: string; location: string }) => [f.code, f.location])).toEqual([
      ['config-schema', '$.sp.acsUrl'],
      ['config-fingerprint-invalid', '$.idp.fingerprints[0]'],
    ]);
  });

  it('a file that is not JSON: exit 2 with the line and column', () => {
    const p = writeConfig('notjson.json', '{\n  "sp": {\n    "entityId": "x",\n  }\n}\n');
    const r = run(['config', 'lint', p]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('config-not-json');
    expect(r.stdout).toContain('line 4, column 3');
  });

  it('a file that does not exist: exit 2, no stack trace', () => {
    const r = run(['config', 'lint', join(dir, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file');
    expect(r.stderr).not.toContain('    at ');
  });

  it('certificate paths resolve against the config directory, not the working directory', () => {
    const p = writeConfig('rel.json', {
      sp: { entityId: SP.entityId, acsUrl: SP.acsUrl },
      idp: { entityId: IDP.entityId, certificates: ['idp.pem', 'missing.pem'] },
    });
    const r = run(['config', 'lint', p, '--now', NOW], KEYS_DIR);
    expect(r.stdout).toContain('config-certificate-unreadable');
    expect(r.stdout).toContain('missing.pem: no such file');
    expect(r.stdout).not.toMatch(/idp\.pem: no such file/);
    expect(readFileSync(join(dir, 'idp.pem'), 'utf8')).toBe(IDP_KEY.cert);
  });
});

describe('saml-doctor config init', () => {
  const meta = join(process.cwd(), 'fixtures', 'metadata', 'entra.xml');

  it('prints a config to stdout that config lint accepts', () => {
    const r = run(['config', 'init', '--from-metadata', meta, '--profile', 'elevenlabs', '--now', NOW]);
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.idp.entityId).toBe(IDP.entityId);
    expect(config.sp).toEqual({ entityId: SP.entityId, acsUrl: SP.acsUrl });
    const p = writeConfig('init-stdout.json', r.stdout);
    expect(run(['config', 'lint', p, '--now', NOW]).code).toBe(0);
  });

  it('--out writes the file and never overwrites it without --force', () => {
    const out = join(dir, 'sso.json');
    const args = ['config', 'init', '--from-metadata', meta, '--sp-entity-id', SP.entityId, '--acs-url', SP.acsUrl, '--out', out];
    const first = run(args);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`wrote ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8')).idp.ssoUrl).toBe(IDP.ssoUrl);
    writeFileSync(out, '{"keep": true}');
    const second = run(args);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('exists; use --force');
    expect(readFileSync(out, 'utf8')).toBe('{"keep": true}');
    expect(run([...args, '--force']).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).idp.entityId).toBe(IDP.entityId);
  });

  it('without SP values and no profile to supply them: exit 2 with the reason', () => {
    const r = run(['config', 'init', '--from-metadata', meta]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--sp-entity-id is required');
  });
});

describe('round trip: config init, then validate', () => {
  const META = join(process.cwd(), 'fixtures', 'metadata');
  const RESP = join(process.cwd(), 'fixtures', 'responses');

  it('a config built from Entra metadata validates a correct Entra response', () => {
    const out = join(dir, 'roundtrip.json');
    expect(run(['config', 'init', '--from-metadata', join(META, 'entra.xml'), '--profile', 'elevenlabs', '--out', out, '--now', NOW]).code).toBe(0);
    const r = run(['validate', join(RESP, 'entra-signed-assertion.xml'), '--config', out, '--now', NOW]);
    expect(r.stdout).toContain('0 errors');
    expect(r.code).toBe(0);
  });

  it('during a rotation, a config built from the rotated metadata also accepts responses signed with the new certificate', () => {
    const before = join(dir, 'before-rotation.json');
    const after = join(dir, 'after-rotation.json');
    expect(run(['config', 'init', '--from-metadata', join(META, 'entra.xml'), '--profile', 'elevenlabs', '--out', before, '--now', NOW]).code).toBe(0);
    expect(run(['config', 'init', '--from-metadata', join(META, 'entra-rotated.xml'), '--profile', 'elevenlabs', '--out', after, '--now', NOW]).code).toBe(0);
    const rotated = join(RESP, 'entra-rotated-cert.xml');
    expect(run(['validate', rotated, '--config', before, '--now', NOW]).code).toBe(1);
    expect(run(['validate', rotated, '--config', after, '--now', NOW]).code).toBe(0);
  });
});
