import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IDP, NAMEID_FORMAT, SP, USER } from '../support/constants.js';
import { IDP_KEY, SP_KEY } from '../support/keys.js';
import { buildResponse, encryptAssertion, signResponse } from '../support/saml-builder.js';
import { runCli } from '../support/cli.js';

const NOW = '2026-11-20T09:15:02Z';

const cli = (args: string[]) => runCli([...args, '--no-color']);

let dir: string;
let config: string;
let good: string;
let bad: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saml-doctor-validate-'));
  writeFileSync(join(dir, 'idp.pem'), IDP_KEY.cert);
  config = join(dir, 'sso.json');
  writeFileSync(
    config,
    JSON.stringify({
      profile: 'elevenlabs',
      sp: { entityId: SP.entityId, acsUrl: SP.acsUrl },
      idp: { entityId: IDP.entityId, ssoUrl: IDP.ssoUrl, certificates: ['idp.pem'] },
      emailDomains: [USER.domain],
    }),
  );
  mkdirSync(join(dir, 'responses'));
  good = join(dir, 'responses', 'good.b64');
  writeFileSync(good, Buffer.from(signResponse(buildResponse(), { sign: 'assertion' })).toString('base64'));
  bad = join(dir, 'responses', 'persistent.xml');
  writeFileSync(
    bad,
    signResponse(buildResponse({ assertion: { nameId: USER.persistentId, nameIdFormat: NAMEID_FORMAT.persistent } }), { sign: 'assertion' }),
  );
});

describe('saml-doctor validate', () => {
  it('a good Response: exit 0, header and what passed', () => {
    const r = cli(['validate', good, '--config', config, '--now', NOW]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`Response _9d1c4e0a-7b2f-4c85-a3e6-0f4b8d2c7e19 from ${IDP.entityId} (Microsoft Entra ID)`);
    expect(r.stdout).toContain('judged at 2026-11-20 09:15:02 UTC (180 s allowed clock skew)');
    expect(r.stdout).toMatch(/✔ signature +assertion signed with the configured certificate idp\.pem \(SHA-256 DB:2B:3F:…:23:23\), RSA-SHA256/);
    expect(r.stdout).toContain('✔ issuer · audience · destination · recipient');
    expect(r.stdout).toMatch(/✔ conditions +valid 09:10:00 – 10:25:00 UTC/);
    expect(r.stdout).toContain('0 errors · 0 warnings');
  });

  it('a failing Response: exit 1 with expected, actual, fix and the app symptom', () => {
    const r = cli(['validate', bad, '--config', config, '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ nameid-not-email +NameID is not an email address/);
    expect(r.stdout).toContain('    expected  an email address (profile: elevenlabs)');
    expect(r.stdout).toContain(`    actual    ${USER.persistentId}   (format: persistent)`);
    expect(r.stdout).toMatch(/ {4}fix {7}IdP admin, in Microsoft Entra ID: .*Single sign-on/);
    expect(r.stdout).toContain('Unique User Identifier (Name ID)');
    expect(r.stdout).toContain('the app reports this as: "Unable to login with saml.workspace... or user mismatch"');
    expect(r.stdout).toMatch(/1 error/);
  });

  it('--format json follows the contract', () => {
    const r = cli(['validate', bad, '--config', config, '--now', NOW, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.results).toHaveLength(1);
    const [result] = report.results;
    expect(result).toMatchObject({ input: bad, type: 'response', ok: false });
    const f = result.findings.find((x: { code: string }) => x.code === 'nameid-not-email');
    expect(f).toMatchObject({ severity: 'error', expected: 'an email address (profile: elevenlabs)' });
    expect(f.hint).toContain('Microsoft Entra ID');
    expect(report.summary.errors).toBe(1);
    expect(result.details.claimsVerified).toBe(true);
  });

  it('--request-id and --now are applied', () => {
    const r = cli(['validate', good, '--config', config, '--now', '2026-11-20T12:00:00Z', '--request-id', '_other', '--format', 'json']);
    expect(r.code).toBe(1);
    const codes = JSON.parse(r.stdout).results[0].findings.map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['in-response-to-mismatch', 'subject-confirmation-expired', 'assertion-expired']));
  });

  it('--sp-key decrypts an EncryptedAssertion; without it the finding names the need', () => {
    const enc = join(dir, 'encrypted.xml');
    writeFileSync(enc, encryptAssertion(signResponse(buildResponse(), { sign: 'assertion' }), SP_KEY.cert));
    const key = join(dir, 'sp.key.pem');
    writeFileSync(key, SP_KEY.key);
    const without = cli(['validate', enc, '--config', config, '--now', NOW]);
    expect(without.stdout).toMatch(/assertion-encrypted/);
    const r = cli(['validate', enc, '--config', config, '--now', NOW, '--sp-key', key]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 errors');
  });

  it('--sp-key decrypts an RSA 1.5 key transport too (node-forge, loaded only then, from the bundled CLI)', () => {
    const enc = join(dir, 'encrypted-rsa15.xml');
    writeFileSync(enc, encryptAssertion(signResponse(buildResponse(), { sign: 'assertion' }), SP_KEY.cert, { keyTransport: 'rsa-1_5' }));
    const key = join(dir, 'sp.key.pem');
    writeFileSync(key, SP_KEY.key);
    const r = cli(['validate', enc, '--config', config, '--now', NOW, '--sp-key', key, '--format', 'json']);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout).results[0];
    expect(result.findings.map((f: { code: string }) => f.code)).not.toContain('assertion-encrypted');
    expect(result.details.claimsVerified).toBe(true);
  });

  it('--skew changes the allowance and is printed', () => {
    const r = cli(['validate', good, '--config', config, '--now', '2026-11-20T09:08:00Z', '--skew', '0']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ not-yet-valid/);
    expect(r.stdout).toContain('0 s allowed clock skew');
    expect(cli(['validate', good, '--config', config, '--skew', 'soon']).code).toBe(2);
  });

  it('a HAR: each Response judged at its capture time', () => {
    const r = cli(['validate', 'fixtures/demo/login.har', '--config', 'fixtures/demo/sso.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('captured 2026-11-20 09:15:02 UTC');
    expect(r.stdout).toContain('judged at 2026-11-20 09:15:02 UTC');
    expect(r.stdout).toMatch(/✖ nameid-not-email/);
  });

  it('a directory: one line per failing file and a summary', () => {
    const r = cli(['validate', join(dir, 'responses'), '--config', config, '--now', NOW]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✖ ${bad}  nameid-not-email — NameID is not an email address`);
    expect(r.stdout).not.toContain(good);
    // One problem, one finding: the NameID format is part of nameid-not-email's fix, not a second warning.
    expect(r.stdout).toContain('2 inputs: 1 failed, 1 passed · 1 error · 0 warnings');
  });

  it('a config that is not JSON: exit 2 with a short message', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "sp": { "entityId": "x", }');
    const r = cli(['validate', good, '--config', broken, '--now', NOW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/saml-doctor: config .*broken\.json/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('an unreadable config or input, an unknown profile: exit 2', () => {
    expect(cli(['validate', good, '--config', join(dir, 'missing.json')]).code).toBe(2);
    expect(cli(['validate', join(dir, 'nope.xml'), '--config', config]).code).toBe(2);
    const r = cli(['validate', good, '--config', config, '--profile', 'elevnlabs']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('elevenlabs');
  });

  it('a config that breaks the schema: its findings, exit 1', () => {
    const p = join(dir, 'schema.json');
    writeFileSync(p, JSON.stringify({ sp: { entityId: SP.entityId } }));
    const r = cli(['validate', good, '--config', p, '--now', NOW, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results[0].type).toBe('config');
  });

  it('input that is not SAML: a finding, not a stack trace', () => {
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, 'hello there');
    const r = cli(['validate', junk, '--config', config, '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });
});

describe('saml-doctor validate: a HAR piped on standard input', () => {
  it('is read as a capture, like the file: timeline, capture-time judging, no AuthnRequest judged as a Response', () => {
    const har = readFileSync(join('fixtures', 'demo', 'login.har'), 'utf8');
    const r = runCli(['validate', '--config', join('fixtures', 'demo', 'sso.json'), '--no-color'], { input: har });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('stdin: HAR from WebInspector 537.36, 6 requests, 2 SAML messages');
    expect(r.stdout).toContain('Timeline');
    expect(r.stdout).toContain('✖ nameid-not-email');
    expect(r.stdout).not.toContain('not-a-response');
    expect(r.stdout).not.toContain('assertion-expired');
  });
});
