import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const HAR = join(process.cwd(), 'fixtures', 'captures', 'sp-initiated.chrome.har');

const cli = (args: string[], input?: string) => runCli(args, { input });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saml-doctor-redact-'));
});

describe('saml-doctor redact', () => {
  it('writes a redacted HAR to stdout and says the signatures no longer verify', () => {
    const r = cli(['redact', HAR]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/ada\.lovelace|Lovelace/);
    expect(JSON.parse(r.stdout).log.entries).toHaveLength(6);
    expect(r.stderr).toContain('saml-doctor redact: har; replaced');
    expect(r.stderr).toContain('no longer verify');
  });

  it('writes --out, refuses to replace it without --force, and keeps domains when asked', () => {
    const out = join(dir, 'copy.har');
    expect(cli(['redact', HAR, '--out', out, '--keep-domains']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('user1@contoso.com');
    const again = cli(['redact', HAR, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists; use --force');
    expect(cli(['redact', HAR, '--out', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('user1@example.invalid');
  });

  it('never writes over its input, even with --force', () => {
    const input = join(dir, 'mine.xml');
    const xml = '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><NameID xmlns="urn:oasis:names:tc:SAML:2.0:assertion">ada@contoso.com</NameID></samlp:Response>';
    writeFileSync(input, xml);
    const r = cli(['redact', input, '--out', join(dir, '.', 'mine.xml'), '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('redact never writes over its input');
    expect(readFileSync(input, 'utf8')).toBe(xml);
    expect(existsSync(join(dir, '.mine.xml.tmp'))).toBe(false);
  });

  it('reads standard input', () => {
    const r = cli(['redact'], 'user ada@contoso.com logged in from 203.0.113.7\n');
    expect(r.stdout).toBe('user user1@example.invalid logged in from 192.0.2.1\n');
  });
});

describe('saml-doctor redact: input it cannot redact, and the counts it reports', () => {
  it('binary input (an image) is exit 2 and nothing is echoed to stdout', () => {
    const jpeg = join(dir, 'shot.jpg');
    writeFileSync(jpeg, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
    const r = cli(['redact', jpeg]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('is binary data, not text');
  });
  it('empty input is exit 2 with a reason', () => {
    const r = cli(['redact', '-'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stdin is empty: there is nothing to redact');
  });
  it('counts what it replaced in words, with plurals', () => {
    const r = cli(['redact', HAR]);
    expect(r.stderr).toMatch(/replaced .*1 email address/);
    expect(r.stderr).toMatch(/\d+ GUIDs/);
    expect(r.stderr).not.toMatch(/\b\d+ (guid|value|name|secret)\b/);
  });
});
