import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const NOW = '2026-11-20T09:15:02Z';
// Runs the built CLI (dist/): `npm run build` first, as `npm ci` does.
const dir = mkdtempSync(join(tmpdir(), 'saml-doctor-inspect-'));

const run = (args: string[], input?: string) => runCli(args, { input });

describe('saml-doctor inspect', () => {
  it('prints a readable summary of a base64 response (exit 0)', () => {
    const r = run(['inspect', 'fixtures/responses/entra-signed-assertion.b64', '--now', NOW, '--no-color']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Response _9d1c4e0a-… from https://sts.windows.net/3f1c…/ (Microsoft Entra ID)');
    expect(lines[1]).toBe('judged at 2026-11-20 09:15:02 UTC (--now) · fixtures/responses/entra-signed-assertion.b64 · base64');
    expect(r.stdout).toContain('  NameID          ada.lovelace@contoso.com  (emailAddress)');
    expect(r.stdout).toContain('  Signature       none on the Response');
    expect(r.stdout).toContain('  Signature       RSA-SHA256, digest SHA-256, exc-c14n; covers the Assertion itself');
    expect(r.stdout).toContain('Certificate the message carries (KeyInfo of the Assertion signature)');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('0 errors · 0 warnings');
  });

  it('reads stdin and answers the JSON contract', () => {
    const xml = execFileSync('cat', ['fixtures/responses/entra-nameid-persistent.xml'], { encoding: 'utf8' });
    const r = run(['inspect', '-', '--now', NOW, '--format', 'json'], xml);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    const [result] = report.results;
    expect(result).toMatchObject({ input: 'stdin', type: 'response', ok: true, findings: [] });
    expect(result.details.kind).toBe('response');
    expect(result.details.now).toBe('2026-11-20T09:15:02.000Z');
    expect(result.details.message.assertions[0].nameId).toMatchObject({ value: '8kQ2xVh7PqL0sT3nW9yZ1aB4cD6eF8gH', formatName: 'persistent' });
  });

  it('prints the decoded XML with --xml', () => {
    const r = run(['inspect', 'fixtures/requests/redirect-url.txt', '--xml', '--now', NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\n<samlp:AuthnRequest [^\n]*>\n {2}<saml:Issuer>https:\/\/elevenlabs\.io<\/saml:Issuer>\n/);
  });

  it('reports XML that is not SAML as not-saml (exit 1)', () => {
    const file = join(dir, 'feed.xml');
    writeFileSync(file, '<?xml version="1.0"?><rss version="2.0"><channel/></rss>');
    const r = run(['inspect', file, '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ not-saml');
    expect(r.stdout).toContain('its root element is <rss> (no namespace)');
    const json = JSON.parse(run(['inspect', file, '--format', 'json']).stdout);
    expect(json.results[0].findings.map((f: { code: string }) => f.code)).toEqual(['not-saml']);
  });

  it('answers bad input with a finding, never a stack trace', () => {
    const r = run(['inspect', '-'], 'this is not a SAML message at all');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('input-not-saml-text');
    expect(r.stderr).toBe('');
  });

  it('exits 2 on a missing file or a bad --now', () => {
    expect(run(['inspect', join(dir, 'missing.b64')]).code).toBe(2);
    const bad = run(['inspect', 'fixtures/responses/entra-unsigned.xml', '--now', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--now');
  });
});

describe('saml-doctor inspect: a capture piped on standard input', () => {
  it('shows the capture and its timeline, as for the file', () => {
    const r = run(['inspect', '--no-color'], readFileSync(join('fixtures', 'captures', 'sp-initiated.saml-tracer.json'), 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('stdin: SAML-tracer export, 2 requests, 2 SAML messages');
    expect(r.stdout).toContain('Timeline');
  });
  it('anything else on stdin still goes through the decoder', () => {
    const r = run(['inspect', '--no-color', '--now', '2026-11-20T09:15:02Z'], readFileSync(join('fixtures', 'demo', 'response.b64'), 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('judged at 2026-11-20 09:15:02 UTC (--now) · stdin · base64');
  });
});
