import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const CERTS = join(process.cwd(), 'fixtures', 'certs');
const NOW = '2026-11-20T09:15:02Z';
const f = (rel: string) => join(CERTS, rel);

const run = (args: string[], input?: string | Buffer) => runCli(['cert', ...args, '--now', NOW, '--no-color'], { input });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saml-doctor-cert-'));
});

const IDP_PEM = () => readFileSync(f('base/idp.crt.pem'), 'utf8');

describe('saml-doctor cert', () => {
  it('a good certificate: exit 0, the facts with both fingerprint notations, passed checks', () => {
    const r = run([f('base/idp.crt.pem')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('subject     CN=Microsoft Azure Federated SSO Certificate');
    expect(r.stdout).toContain('issuer      CN=Microsoft Azure Federated SSO Certificate (self-signed)');
    expect(r.stdout).toContain('valid to    2028-01-01 00:00:00 UTC (expires in 13 months)');
    expect(r.stdout).toContain('key         RSA 2048 bits');
    expect(r.stdout).toContain('signature   sha256WithRSAEncryption');
    expect(r.stdout).toMatch(/SHA-1 {7}([0-9A-F]{2}:){19}[0-9A-F]{2}\n {14}[0-9a-f]{40}\n/);
    expect(r.stdout).toMatch(/SHA-256 {5}([0-9A-F]{2}:){31}[0-9A-F]{2}\n {14}[0-9a-f]{64}\n/);
    expect(r.stdout).toContain('✔ format');
    expect(r.stdout).toContain('0 errors · 0 warnings');
  });

  it('an expired certificate: exit 1 with cert-expired', () => {
    const r = run([f('base/idp-old.crt.pem')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ cert-expired');
  });

  it('a private key: exit 1, warns not to share it', () => {
    const r = run([f('malformed/private-key.pem')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('cert-private-key');
    expect(r.stdout).toContain('do not paste or send it anywhere');
  });

  it('reads DER from standard input (Entra "Certificate (Raw)")', () => {
    const r = run(['-'], readFileSync(f('malformed/entra-raw.cer')));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('stdin: DER (binary), 1 certificate');
    expect(r.stdout).toContain('cert-der');
  });

  it('an SSO config as input: each configured certificate is linted, paths relative to the config', () => {
    const r = run([f('documents/sso-old-cert.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('idp.certificates[0] (../base/idp-old.crt.pem): PEM text, 1 certificate');
    expect(r.stdout).toContain('cert-expired');
  });

  it('JSON output carries the facts for scripts', () => {
    const r = run([f('base/idp-ec.crt.pem'), '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const cert = report.results[0].details.certificates[0];
    expect(report.results[0].type).toBe('certificate');
    expect(cert.key).toEqual({ type: 'EC', bits: 256, curve: 'P-256' });
    expect(cert.fingerprints.sha256.hex).toMatch(/^[0-9a-f]{64}$/);
    expect(report.results[0].details.repairable).toBe(true);
  });
});

describe('saml-doctor cert --fix / --out', () => {
  it('--fix prints only the canonical PEM on stdout; findings go to stderr; exit 0', () => {
    const r = run([f('malformed/em-dash-armor.pem'), '--fix']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(IDP_PEM());
    expect(r.stderr).toContain('cert-armor-misspelt');
    expect(r.stderr).toContain('cert-non-ascii');
  });

  it('--fix turns a word-processor paste back into the exact certificate', () => {
    const r = run(['--fix', '-'], readFileSync(f('malformed/word-processor.txt')));
    expect(r.stdout).toBe(IDP_PEM());
  });

  it('--fix on something that cannot be repaired: nothing on stdout, the reason on stderr, exit 1', () => {
    const r = run([f('malformed/truncated.pem'), '--fix']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cannot repair');
    expect(r.stderr).toContain('cut short');
  });

  it('--fix keeps exit 1 when the repaired certificate itself is expired', () => {
    const r = run([f('base/idp-old.crt.pem'), '--fix']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(readFileSync(f('base/idp-old.crt.pem'), 'utf8'));
  });

  it('--fix on a chain prints only the signing (leaf) certificate', () => {
    const r = run([f('malformed/chain.pem'), '--fix']);
    expect(r.stdout).toBe(readFileSync(f('base/leaf.crt.pem'), 'utf8'));
    expect(r.stderr).toContain('cert-chain');
  });

  it('--out writes atomically and refuses to overwrite without --force', () => {
    const out = join(dir, 'fixed.pem');
    const first = run([f('malformed/one-line.pem'), '--out', out]);
    expect(first.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(IDP_PEM());
    expect(first.stderr).toContain(`wrote ${out}`);

    writeFileSync(out, 'keep me');
    const again = run([f('malformed/one-line.pem'), '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists; use --force');
    expect(readFileSync(out, 'utf8')).toBe('keep me');

    const broken = join(dir, 'broken.pem');
    const refused = run([f('malformed/truncated.pem'), '--out', broken]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('cannot repair');
    expect(() => readFileSync(broken)).toThrow();

    const forced = run([f('malformed/one-line.pem'), '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(IDP_PEM());
  });
});

describe('saml-doctor cert --compare', () => {
  it('same certificate in metadata: exit 0, compare passes', () => {
    const r = run([f('base/idp.crt.pem'), '--compare', f('documents/response-keyinfo.xml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ compare');
  });

  it('the app config still holds last year’s certificate: exit 1, says which is newer', () => {
    const r = run([f('base/idp.crt.pem'), '--compare', f('documents/sso-old-cert.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('cert-compare-different');
    expect(r.stdout).toContain('holds the newer one');
    expect(r.stdout).toContain('valid 2022-06-30 – 2025-06-30');
  });

  it('a config with only a fingerprint: matched by fingerprint', () => {
    const r = run([f('base/idp.crt.pem'), '--compare', f('documents/sso-fingerprint.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ compare');
  });

  it('metadata during a rotation against the app’s single certificate: a warning', () => {
    const r = run([f('documents/metadata-rotation.xml'), '--compare', f('base/idp.crt.pem')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cert-compare-partial');
  });

  it('--compare with nothing readable is a usage error (exit 2)', () => {
    const r = run([f('base/idp.crt.pem'), '--compare', f('documents/metadata-no-cert.xml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no certificate could be read');
  });
});

describe('saml-doctor cert --help', () => {
  it('lists the options without loading the core', () => {
    const r = runCli(['cert', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--fix', '--out <file>', '--force', '--compare <other>', '--now <iso>', '--format']) expect(r.stdout).toContain(opt);
  });
});

describe('saml-doctor cert: headers a person can read', () => {
  it('says when it judged in the same words as the other commands, not as a raw ISO string', () => {
    const r = run([f('base/idp.crt.pem')]);
    expect(r.stdout.split('\n')[1]).toBe('judged at 2026-11-20 09:15:02 UTC (--now)');
  });
  it('numbers several certificates without nested brackets', () => {
    const r = run([f('malformed/two-certificates.pem')]);
    expect(r.stdout).toContain('Certificate 1 of 2 · block 1 (line 1)');
    expect(r.stdout).not.toContain('((');
  });
  it('a config that pins only fingerprints: says there is nothing to lint and how to compare, never an empty report', () => {
    const r = run([f('documents/sso-fingerprint.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SSO config with 1 fingerprint and no certificate');
    expect(r.stdout).toContain('fingerprint  db2b3f980723466809bd1ad218315d89e760ad034b05443a9b9831c13ead2323');
    expect(r.stdout).toContain('--compare');
  });
});
