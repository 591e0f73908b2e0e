import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDP } from '../support/constants.js';
import { runCli } from '../support/cli.js';

const NOW = '2026-11-20T09:15:02Z';
const M = (name: string) => join('fixtures', 'metadata', name);

const run = (args: string[], input?: string) => runCli([...args, '--no-color'], { input });

describe('saml-doctor metadata', () => {
  it('Entra metadata: recognised, endpoints and certificate listed, signature verified with --trust', () => {
    const r = run(['metadata', M('entra.xml'), '--now', NOW, '--trust', 'fixtures/keys/idp.crt.pem']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('metadata fixtures/metadata/entra.xml: IdP (Microsoft Entra ID)');
    expect(r.stdout).toContain('signature: verified');
    expect(r.stdout).toContain(`  SSO  HTTP-Redirect  ${IDP.ssoUrl}`);
    expect(r.stdout).toContain('key IdP signing   SHA-256 DB:2B:3F:98');
    expect(r.stdout).toContain('✔ signature');
  });

  it('wrong --trust certificate: exit 1 with metadata-signature-invalid', () => {
    const r = run(['metadata', M('entra.xml'), '--now', NOW, '--trust', 'fixtures/keys/attacker.crt.pem']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ metadata-signature-invalid/);
  });

  it('reads standard input and compares with a config (JSON report)', () => {
    const r = run(['metadata', '-', '--now', NOW, '--config', 'fixtures/configs/entra-elevenlabs.json', '-f', 'json'], readFileSync(M('okta.xml'), 'utf8'));
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.results[0].type).toBe('metadata');
    expect(report.results[0].findings.map((f: { code: string }) => f.code)).toEqual(['metadata-entity-id-mismatch', 'metadata-sso-url-mismatch']);
    expect(report.results[0].details.entity.entityId).toBe('http://www.okta.com/exk1a2b3c4d5E6f7G8h9');
  });

  it('rotation with the generated config: a warning, and --strict turns it into exit 1', () => {
    const args = ['metadata', M('entra-rotated.xml'), '--now', NOW, '--config', 'fixtures/configs/entra-elevenlabs.json'];
    const r = run(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/⚠ metadata-certificate-not-configured/);
    // The rotation note is not repeated next to the warning that turns it into an action.
    expect(r.stdout).not.toMatch(/metadata-certificate-rotation/);
    expect(run([...args, '--strict']).code).toBe(1);
  });

  it('aggregate: summary, duplicate and expired findings; --entity picks one; an unknown --entity is exit 2', () => {
    const r = run(['metadata', M('aggregate.xml'), '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('entities          5 (4 IdP, 1 SP)');
    expect(r.stdout).toMatch(/✖ metadata-duplicate-entity-id/);
    const one = run(['metadata', M('aggregate.xml'), '--now', NOW, '--entity', 'https://idp.fabrikam.edu/idp/shibboleth']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('entityID          https://idp.fabrikam.edu/idp/shibboleth');
    const bad = run(['metadata', M('aggregate.xml'), '--entity', 'https://idp.fabrikam.edu/idp/shibolleth']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean https://idp.fabrikam.edu/idp/shibboleth');
  });

  it('not metadata: exit 1 with metadata-not-metadata; a broken config: exit 2', () => {
    const r = run(['metadata', '-', '--now', NOW], '<html><body>Sign in</body></html>');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('metadata-not-metadata');
    const c = run(['metadata', M('okta.xml'), '--config', 'fixtures/configs/typos.json']);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('is not usable');
  });
});

describe('saml-doctor metadata: output a reader can act on', () => {
  it('says when it judged like the other commands, and what each passed check established', () => {
    const r = run(['metadata', M('entra-rotated.xml'), '--now', NOW]);
    expect(r.stdout.split('\n')[1]).toBe('judged at 2026-11-20 09:15:02 UTC');
    expect(r.stdout).not.toMatch(/✔ .*\s ok$/m);
    expect(r.stdout).toMatch(/✔ certificates parse\s+every certificate parses/);
    expect(r.stdout).toContain('role              not used by SAML sign-in (RoleDescriptor)');
    // The rotation finding shortens fingerprints: the key list above it has them in full.
    expect(r.stdout).toMatch(/actual {4}newer: SHA-256 DF:7C:30:3C:02:47:DA:BB… \(valid 2026-10-01 – 2029-10-01\)/);
  });
  it('a --trust file without a certificate is a usage error (exit 2), not a failed signature', () => {
    const r = run(['metadata', M('entra.xml'), '--now', NOW, '--trust', 'fixtures/certs/malformed/empty.pem']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--trust fixtures/certs/malformed/empty.pem: no certificate could be read from it');
    expect(r.stdout).toBe('');
  });
  it('--help shows no empty default for --trust', () => {
    expect(run(['metadata', '--help']).stdout).not.toContain('(default: [])');
  });
});
