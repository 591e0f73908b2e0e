import { describe, expect, it } from 'vitest';
import { buildReport, makeResult } from '../../src/report/build.js';
import { renderHuman } from '../../src/report/human.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { getRule } from '../../src/checks/registry.js';

const results = [
  makeResult({
    input: 'login.xml',
    type: 'response',
    context: ['Response _abc from https://idp.example/', 'judged at 2026-11-20T09:15:02Z'],
    findings: [
      { code: 'xml-parser-warning', severity: 'warning', message: 'attribute given twice', location: 'line 3, column 7' },
      {
        code: 'audience-mismatch',
        severity: 'error',
        message: 'no Audience equals the SP entity ID',
        expected: 'https://sp.example',
        actual: ['https://sp.example/'],
        hint: 'IdP admin: set Identifier (Entity ID) to https://sp.example',
        mirrors: 'unable to sign in',
      },
    ],
    passed: [{ check: 'issuer', detail: 'https://idp.example/ as configured' }],
  }),
];

describe('JSON report', () => {
  it('follows the contract: version, results with input/type/ok/findings, summary', () => {
    const json = JSON.parse(renderJson(buildReport(results)));
    expect(json.version).toBe(1);
    expect(json.summary).toEqual({ errors: 1, warnings: 1, infos: 0 });
    const [r] = json.results;
    expect(r).toMatchObject({ input: 'login.xml', type: 'response', ok: false });
    // errors are listed first
    expect(r.findings.map((f: { code: string }) => f.code)).toEqual(['audience-mismatch', 'xml-parser-warning']);
    expect(r.findings[0]).toMatchObject({ expected: 'https://sp.example', actual: ['https://sp.example/'] });
  });
});

describe('human report', () => {
  const text = renderHuman(buildReport(results), { color: false });
  it('puts what was read first, then each problem with expected, actual and fix', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('Response _abc from https://idp.example/');
    expect(text).toMatch(/✖ audience-mismatch\s+no Audience equals the SP entity ID/);
    expect(text).toMatch(/expected\s+https:\/\/sp\.example\n/);
    expect(text).toMatch(/actual\s+https:\/\/sp\.example\/\n/);
    expect(text).toMatch(/fix\s+IdP admin: set Identifier/);
    expect(text).toContain('the app reports this as: "unable to sign in"');
    expect(text).toMatch(/✔ issuer\s+https:\/\/idp\.example\/ as configured/);
    expect(text.trimEnd().split('\n').pop()).toBe('1 error · 1 warning');
  });
  it('has no escape codes without colour, and some with it', () => {
    expect(text).not.toMatch(/\x1b\[/);
    expect(renderHuman(buildReport(results), { color: true })).toMatch(/\x1b\[/);
  });
  it('hides passed checks with quiet', () => {
    expect(renderHuman(buildReport(results), { color: false, quiet: true })).not.toContain('✔ issuer');
  });
});

describe('SARIF report', () => {
  it('is SARIF 2.1.0 with ruleId = code and level from severity', () => {
    const sarif = JSON.parse(renderSarif(buildReport(results), { toolVersion: '0.0.0', lookupRule: getRule }));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('saml-doctor');
    const levels = Object.fromEntries(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]));
    expect(levels).toEqual({ 'audience-mismatch': 'error', 'xml-parser-warning': 'warning' });
    const warning = run.results.find((r: { ruleId: string }) => r.ruleId === 'xml-parser-warning');
    expect(warning.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 7 });
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'xml-parser-warning');
    expect(rule.help.text).toContain('saml-doctor explain xml-parser-warning');
  });
});

describe('human report: readability of values', () => {
  const cert = { label: 'idp.certificates[0]', sha256: 'DB:2B', subject: 'CN=Microsoft Azure Federated SSO Certificate', notAfter: '2028-01-01T00:00:00.000Z' };
  const report = buildReport([
    makeResult({
      input: 'r.xml',
      type: 'response',
      findings: [
        { code: 'certificate-mismatch', severity: 'error', message: 'signed with another certificate', expected: cert, actual: [cert, cert] },
        { code: 'cert-expired', severity: 'error', message: 'expired', expected: 'valid at 2026-11-20T09:15:02.000Z', actual: 'valid 2022-06-30T00:00:00.000Z – 2025-06-30T00:00:00.000Z' },
        { code: 'capture-app-error', severity: 'error', message: 'the app answered: user mismatch', actual: 'INVALID_IDP_RESPONSE : user mismatch', mirrors: 'INVALID_IDP_RESPONSE : user mismatch' },
      ],
      passed: [
        { check: 'signature', detail: 'verified' },
        { check: 'issuer · audience · destination · recipient', detail: 'match' },
        { check: 'status', detail: 'Success' },
      ],
    }),
  ]);
  const text = renderHuman(report, { color: false, width: 100 });
  it('shows an object value as one "key: value" line per field, never as JSON', () => {
    expect(text).not.toContain('{"');
    expect(text).toMatch(/expected\s+label: idp\.certificates\[0\]\n\s+sha256: DB:2B\n\s+subject: CN=Microsoft Azure Federated SSO Certificate\n\s+notAfter: 2028-01-01 00:00:00 UTC\n/);
  });
  it('words ISO instants inside a value as the rest of the output does', () => {
    expect(text).toMatch(/actual\s+valid 2022-06-30 00:00:00 UTC – 2025-06-30 00:00:00 UTC\n/);
    expect(text).not.toMatch(/\d{2}:\d{2}:\d{2}\.000Z/);
  });
  it('does not repeat a mirrored app message that is already the actual value', () => {
    expect(text).not.toContain('the app reports this as');
  });
  it('aligns passed checks on the usual names; a long combined name overflows alone', () => {
    expect(text).toContain('✔ signature  verified');
    expect(text).toContain('✔ status     Success');
    expect(text).toContain('✔ issuer · audience · destination · recipient  match');
  });
});
