import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../src/input/capture/index.js';
import { validateCapture } from '../../src/flow/report.js';
import { loadConfig } from '../../src/config/load.js';
import { createValidator } from '../../src/validate/pipeline.js';
import { NOW } from '../support/constants.js';
import { CAPTURES } from '../fixtures/captures.js';

const DIR = join(process.cwd(), 'fixtures', 'captures');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

const config = loadConfig(read('sso.json'), { baseDir: DIR, readFile: (p) => readFileSync(p, 'utf8'), now: NOW }).config!;
const validator = createValidator(config, { now: NOW });

function judge(name: string) {
  const decoded = decodeCapture(JSON.parse(read(name)), name);
  const results = validateCapture(decoded, name, config, { fallbackNow: NOW, validate: (m, now) => validator(m, now) });
  return { results, codes: results.flatMap((r) => r.findings.map((f) => f.code)) };
}

describe('checked-in captures', () => {
  it.each(Object.keys(CAPTURES))('%s is what test/fixtures/captures.ts writes', (name) => {
    expect(read(name)).toBe(JSON.stringify(CAPTURES[name]!(), null, 2) + '\n');
  });

  it.each(['sp-initiated.chrome.har', 'sp-initiated.firefox.har', 'sp-initiated.saml-tracer.json'])('%s validates clean', (name) => {
    const { results, codes } = judge(name);
    expect(codes).toEqual([]);
    expect(results.map((r) => r.type)).toEqual(['capture', 'response']);
    expect(results[0]!.passed!.map((p) => p.check)).toContain('in-response-to');
  });

  it('idp-initiated.har: the SP refuses an unsolicited Response', () => {
    expect(judge('idp-initiated.har').codes).toEqual(['unsolicited-response']);
  });

  it('aadsts50011.har: the IdP error, explained, and no Response', () => {
    const { results, codes } = judge('aadsts50011.har');
    expect(codes.sort()).toEqual(['capture-idp-error', 'capture-no-response']);
    const f = results[0]!.findings.find((x) => x.code === 'capture-idp-error')!;
    expect(f.hint).toMatch(/^Reply URL mismatch\./);
    expect(f.mirrors).toContain("AADSTS50011: The redirect URI 'https://elevenlabs.io/__/auth/handler' specified in the request");
  });

  it('missing-response.har: the flow stops after the AuthnRequest', () => {
    expect(judge('missing-response.har').codes).toEqual(['capture-no-response']);
  });
});
