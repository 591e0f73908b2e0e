import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/checks/registry.js';

/** markdownlint's discipline: every rule documented, and exercised by at least one test. */
function testSources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'node_modules' && name !== '.work') out.push(...testSources(p));
    } else if (name.endsWith('.test.ts') && !p.includes(join('test', 'meta') + sep)) {
      out.push(readFileSync(p, 'utf8'));
    }
  }
  return out;
}

const rules = allRules();
const corpus = testSources('test').join('\n');

describe('finding codes', () => {
  it('are unique lower-kebab identifiers', () => {
    const codes = rules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(rules.map((r) => [r.code, r] as const))('%s has a title and explain text', (_code, rule) => {
    expect(rule.title.length).toBeGreaterThan(10);
    // Several sentences: what it means, why it matters, how to fix it.
    expect(rule.explain.length).toBeGreaterThan(80);
    expect(['error', 'warning', 'info']).toContain(rule.severity);
  });

  it.each(rules.map((r) => [r.code] as const))('%s is triggered by at least one test', (code) => {
    expect(corpus.includes(`'${code}'`) || corpus.includes(`"${code}"`) || corpus.includes(`\`${code}\``)).toBe(true);
  });
});
