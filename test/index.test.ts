import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('programmatic API', () => {
  it('validates a response from its bytes, with no file or clock access', () => {
    const config = api.loadConfig(readFileSync('fixtures/demo/sso.json', 'utf8'), {
      baseDir: 'fixtures/demo',
      readFile: (p) => readFileSync(p, 'utf8'),
    });
    expect(config.config).toBeDefined();
    const decoded = api.decodeInput(readFileSync('fixtures/demo/response.b64'), 'response.b64');
    expect(decoded.messages).toHaveLength(1);
    const result = api.validateResponse(decoded.messages[0]!, config.config!, { now: new Date('2026-11-20T09:15:02Z') });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.code)).toContain('nameid-not-email');
    const report = api.buildReport([result]);
    expect(api.getExitCode(report.results, { strict: false })).toBe(1);
    expect(JSON.parse(api.renderJson(report)).version).toBe(1);
  });

  it('exposes the rule catalogue', () => {
    expect(api.getRule('audience-mismatch')?.severity).toBe('error');
    expect(api.allRules().length).toBeGreaterThan(100);
  });
});
