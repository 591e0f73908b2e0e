/**
 * A few attacks through the real command line (`node bin/saml-doctor.js validate`, built dist/):
 * exit code, JSON contract, and no stack trace or leaked file content for hostile input.
 * Needs `npm run build` first (bin/ loads dist/).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { IDP, SP, USER } from '../support/constants.js';
import { ATTACKER_KEY, IDP_KEY, IDP_OLD_KEY } from '../support/keys.js';
import { runCli } from '../support/cli.js';
import { EVIL, VICTIM, replaceOnce, signed } from './support.js';

const NOW = '2026-11-20T09:15:02Z';
const built = existsSync(join(process.cwd(), 'dist', 'cli', 'main.js'));

let dir: string;

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function config(name: string, certificates: string[]): string {
  return write(
    name,
    JSON.stringify({
      sp: { entityId: SP.entityId, acsUrl: SP.acsUrl },
      idp: { entityId: IDP.entityId, ssoUrl: IDP.ssoUrl, certificates },
      emailDomains: [USER.domain],
    }),
  );
}

function validateCli(input: string, cfg: string, extra: string[] = []) {
  const start = performance.now();
  const r = runCli(['validate', input, '--config', cfg, '--now', NOW, '--format', 'json', ...extra]);
  const ms = performance.now() - start;
  let report: Report | undefined;
  try {
    report = JSON.parse(r.stdout) as Report;
  } catch {
    report = undefined;
  }
  return { status: r.code, stdout: r.stdout, stderr: r.stderr, report, ms };
}

/** The Response result (a config result may come first). */
function responseResult(report: Report | undefined) {
  return report?.results.find((x) => x.type !== 'config');
}

function expectNoCrash(r: { stderr: string; status: number | null }): void {
  expect(r.status, r.stderr).not.toBeNull();
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
}

let trustIdp: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saml-doctor-security-'));
  write('idp.pem', IDP_KEY.cert);
  write('idp-old.pem', IDP_OLD_KEY.cert);
  trustIdp = config('sso.json', ['idp.pem']);
});

describe.skipIf(!built)('saml-doctor validate (CLI) against forgeries', () => {
  it('baseline: the genuine Response exits 0', () => {
    const r = validateCli(write('good.b64', Buffer.from(signed()).toString('base64')), trustIdp);
    expect(r.status, r.stdout).toBe(0);
    expect(responseResult(r.report)?.ok).toBe(true);
  });

  it('attacker signature with the attacker certificate: exit 1, certificate-mismatch', () => {
    const xml = signed({ assertion: { nameId: EVIL } }, { sign: 'assertion', key: ATTACKER_KEY.key, cert: ATTACKER_KEY.cert });
    const r = validateCli(write('attacker.b64', Buffer.from(xml).toString('base64')), trustIdp);
    expect(r.status).toBe(1);
    const result = responseResult(r.report)!;
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.code)).toContain('certificate-mismatch');
    expect(JSON.stringify(result.passed ?? [])).not.toContain(EVIL);
  });

  // Was a hole: PI smuggling end to end (see text-smuggling.test.ts).
  it('a processing instruction hiding a signed NameID prefix: exit 1', () => {
    const prefixed = `x${VICTIM}`;
    const xml = replaceOnce(signed({ assertion: { nameId: prefixed } }), `>${prefixed}<`, `><?x x?>${VICTIM}<`);
    const r = validateCli(write('pi.b64', Buffer.from(xml).toString('base64')), trustIdp);
    expect(r.status).toBe(1);
    expect(responseResult(r.report)?.ok).toBe(false);
  });

  it('XXE DOCTYPE: refused, nothing from the file system in the output', () => {
    const xml = `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>${signed({ assertion: { nameIdRawContent: '&x;' } }, 'none')}`;
    const r = validateCli(write('xxe.xml', xml), trustIdp);
    expectNoCrash(r);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('root:');
    expect(responseResult(r.report)?.findings.map((f) => f.code)).toContain('xml-doctype-refused');
  });

  it('a 50 MB base64 blob is refused with a finding, quickly, without a crash', () => {
    const r = validateCli(write('huge.b64', 'PD94'.repeat(13 * 1024 * 1024)), trustIdp);
    expectNoCrash(r);
    expect(r.status).not.toBe(0);
    expect(responseResult(r.report)?.findings.length ?? 0).toBeGreaterThan(0);
    // Process start-up included.
    expect(r.ms).toBeLessThan(4000);
  }, 30_000);

  it('UTF-16LE with BOM carrying an unsigned forged Response: refused, no crash', () => {
    const xml = signed({ assertion: { nameId: EVIL } }, 'none');
    const r = validateCli(write('utf16.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')])), trustIdp);
    expectNoCrash(r);
    expect(r.status).toBe(1);
    expect(JSON.stringify(responseResult(r.report)?.passed ?? [])).not.toContain(EVIL);
  });

  it('a config that trusts nothing: an attacker-signed Response does not exit 0', () => {
    const xml = signed({ assertion: { nameId: EVIL } }, { sign: 'assertion', key: ATTACKER_KEY.key, cert: ATTACKER_KEY.cert });
    const r = validateCli(write('attacker2.b64', Buffer.from(xml).toString('base64')), config('none.json', []));
    expectNoCrash(r);
    expect(r.status).toBe(1);
  });

  it('a signature by the configured but expired certificate: the run says so', () => {
    const xml = signed({}, { sign: 'assertion', key: IDP_OLD_KEY.key, cert: IDP_OLD_KEY.cert });
    const r = validateCli(write('old.b64', Buffer.from(xml).toString('base64')), config('old.json', ['idp-old.pem']));
    expectNoCrash(r);
    expect(r.stdout).toMatch(/expired/i);
  });
});
