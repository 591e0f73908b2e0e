import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedReadme, withExamples } from '../support/readme-tables.js';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('lists every finding code and every profile and IdP as the code defines them', () => {
    // Regenerate with: node --import tsx test/support/update-readme.ts
    expect(readme).toBe(expectedReadme(readme));
  });

  it('shows real, current output for each command example (runs the built CLI)', () => {
    // Regenerate with: npm run build && node --import tsx test/support/update-readme.ts
    expect(readme).toBe(withExamples(readme));
  });

  it('gives the two commands a fresh clone needs', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });

  it('shows every command', () => {
    for (const cmd of ['inspect', 'validate', 'cert', 'metadata', 'config lint', 'config init', 'explain', 'redact', 'profiles']) {
      expect(readme).toContain(`saml-doctor ${cmd}`);
    }
  });
});
