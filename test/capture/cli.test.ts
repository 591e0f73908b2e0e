import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAuthnRequest, buildResponse, encodeRedirect, signResponse } from '../support/saml-builder.js';
import { buildHar, loginSteps, RELAY_STATE } from '../support/har-builder.js';
import { runCli } from '../support/cli.js';
import { SP_KEY } from '../support/keys.js';

const CAPTURES = join(process.cwd(), 'fixtures', 'captures');
const CONFIG = join(CAPTURES, 'sso.json');

const cli = (args: string[]) => runCli([...args, '--no-color']);

/** ISO time `seconds` after `base`. */
const at = (base: number, seconds: number) => new Date(base + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

let yesterday: string;
beforeAll(() => {
  // A login captured yesterday on the real clock: valid then, long expired now.
  const base = Math.floor(Date.now() / 1000) * 1000 - 24 * 3600 * 1000;
  const response = signResponse(
    buildResponse({
      issueInstant: at(base, 0),
      assertion: {
        issueInstant: at(base, 0),
        notBefore: at(base, -300),
        notOnOrAfter: at(base, 4200),
        subjectNotOnOrAfter: at(base, 300),
        authnInstant: at(base, -2),
      },
    }),
    { sign: 'assertion' },
  );
  const redirectUrl = encodeRedirect(buildAuthnRequest({ issueInstant: at(base, -9) }), { relayState: RELAY_STATE, key: SP_KEY.key });
  const har = buildHar(
    loginSteps({
      redirectUrl,
      samlResponse: Buffer.from(response).toString('base64'),
      times: { request: at(base, -9), idpPage: at(base, -8), response: at(base, 1), app: at(base, 2) },
    }),
  );
  yesterday = join(mkdtempSync(join(tmpdir(), 'saml-doctor-capture-')), 'yesterday.har');
  writeFileSync(yesterday, JSON.stringify(har, null, 2));
});

describe('saml-doctor with captures', () => {
  it('inspect shows the timeline before the messages', () => {
    const r = cli(['inspect', join(CAPTURES, 'sp-initiated.chrome.har')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toContain('sp-initiated.chrome.har: HAR from WebInspector 537.36, 6 requests, 2 SAML messages');
    const t = lines.indexOf('Timeline');
    expect(lines[t + 1]).toMatch(/^ {2}09:14:51 {2}SP → IdP {2}AuthnRequest {2}HTTP-Redirect {2}login\.microsoftonline\.com/);
    expect(lines[t + 2]).toMatch(/^ {2}09:15:02 {2}IdP → SP {2}Response/);
    expect(r.stdout.indexOf('Timeline')).toBeLessThan(r.stdout.indexOf('NameID'));
  });

  it('validate judges a capture from yesterday at its capture time, without --now', () => {
    const r = cli(['validate', yesterday, '--config', CONFIG]);
    expect(r.stdout).toContain('0 errors · 0 warnings');
    expect(r.code).toBe(0);
    // With --now set to today the same Response has expired.
    const today = cli(['validate', yesterday, '--config', CONFIG, '--now', new Date().toISOString()]);
    expect(today.code).toBe(1);
    expect(today.stdout).toMatch(/assertion-expired|subject-confirmation-expired/);
  });

  it('validate reports the IdP error page of a capture with exit 1', () => {
    const r = cli(['validate', join(CAPTURES, 'aadsts50011.har'), '--config', CONFIG]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ capture-idp-error');
    expect(r.stdout).toContain('AADSTS50011');
    expect(r.stdout).toContain('⚠ capture-no-response');
  });

  it('validate --format json puts the capture first, then each Response', () => {
    const r = cli(['validate', join(CAPTURES, 'idp-initiated.har'), '--config', CONFIG, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.results.map((x: { type: string }) => x.type)).toEqual(['capture', 'response']);
    expect(report.results[1].findings.map((f: { code: string }) => f.code)).toEqual(['unsolicited-response']);
    expect(report.results[0].details.timeline[0]).toMatchObject({ direction: 'IdP → SP', message: 'Response', idpInitiated: true });
    expect(r.code).toBe(1);
  });
});
