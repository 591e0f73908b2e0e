import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

/**
 * Static imports reachable from a built module: what `--help` runs. The bundle keeps each
 * `await import()` boundary, so what sits behind one is compiled lazily and never run by `--help`.
 */
function staticImportGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [resolve(entry)];
  const packages = new Set<string>();
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    // Only top-level `import ... from '...'` statements; `await import()` is lazy by design.
    for (const m of src.matchAll(/^import\s[^;]*?from\s+'([^']+)';/gms)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) todo.push(join(dirname(file), spec));
      else packages.add(spec);
    }
  }
  return packages;
}

describe('saml-doctor (program)', () => {
  it('prints its version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('lists every command in --help', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['inspect', 'validate', 'cert', 'metadata', 'config', 'explain', 'redact', 'profiles']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, 'm'));
    }
  });

  it('exits 2 with a short message on an unknown command or option', () => {
    const r = runCli(['bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'bogus'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(runCli(['inspect', '--bogus']).code).toBe(2);
  });

  it('exits 2 on an unreadable input file, without a stack trace', () => {
    const r = runCli(['inspect', 'no/such/file.xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('stays quiet when the reader closes the pipe early (| head)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" bin/saml-doctor.js explain --list --format json | head -c 100`], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
  });

  it('keeps xml-crypto, node-forge and xmldom behind import() on the --help path', () => {
    const packages = staticImportGraph('dist/cli/main.js');
    expect(packages.has('commander')).toBe(true);
    for (const heavy of ['xml-crypto', 'node-forge', '@xmldom/xmldom', 'xpath']) expect(packages.has(heavy)).toBe(false);
  });
});

describe('saml-doctor explain', () => {
  it('prints the explain text of a code', () => {
    const r = runCli(['explain', 'xml-doctype-refused']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^xml-doctype-refused \(error, xml\)/);
    expect(r.stdout).toContain('billion laughs');
  });

  it('exits 2 on an unknown code and suggests the nearest ones', () => {
    const r = runCli(['explain', 'audience-mismach']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Did you mean: audience-mismatch');
  });

  it('lists all codes grouped by area, and as JSON', () => {
    const list = runCli(['explain', '--list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^signature$/m);
    const json = JSON.parse(runCli(['explain', '--list', '--format', 'json']).stdout);
    expect(json.find((r: { code: string }) => r.code === 'audience-mismatch')?.area).toBe('conditions');
  });
});

describe('saml-doctor profiles', () => {
  it('lists every profile with its requirements and profile checks', () => {
    const r = runCli(['profiles']);
    expect(r.code).toBe(0);
    for (const name of ['elevenlabs', 'elastic-cloud', 'label-studio', 'zendesk', 'generic']) {
      expect(r.stdout).toMatch(new RegExp(`^${name}  `, 'm'));
    }
    expect(r.stdout).toContain('profile checks: zendesk-acs-url-shape');
  });

  it('shows one profile, or exits 2 for an unknown one', () => {
    expect(runCli(['profiles', 'elevenlabs']).stdout).toContain('https://<region>.residency.elevenlabs.io/__/auth/handler');
    const r = runCli(['profiles', 'elevenlab']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('known profiles: elevenlabs');
  });
});

describe('saml-doctor --help and explain: what a newcomer needs', () => {
  it('lists the commands in the order of use, then examples and the exit codes', () => {
    const r = runCli(['--help']);
    const order = ['validate', 'inspect', 'cert', 'metadata', 'config', 'explain', 'redact', 'profiles'].map((c) =>
      r.stdout.search(new RegExp(`^  ${c}\\b`, 'm')),
    );
    expect(order.every((pos, i) => pos > 0 && (i === 0 || pos > order[i - 1]!))).toBe(true);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('saml-doctor validate login.har --config sso.json');
    expect(r.stdout).toMatch(/Exit codes: 0 .*, 1 .*, 2 could not run/);
  });
  it('explain accepts a code as people paste it (upper case, underscores) and wraps the text', () => {
    const r = runCli(['explain', 'AUDIENCE_MISMATCH']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^audience-mismatch \(error, conditions\)/);
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
  });
  it('explain --format rejects formats it cannot write', () => {
    expect(runCli(['explain', 'audience-mismatch', '--format', 'sarif']).code).toBe(2);
  });
  it('a directory given where a config file is expected: exit 2 in words, no errno', () => {
    const r = runCli(['config', 'lint', 'fixtures']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read config fixtures: it is a directory; give a file');
    expect(r.stderr).not.toContain('EISDIR');
  });
});

describe('writing files: messages a person can act on', () => {
  it('--out naming a directory, or a file in a missing directory: exit 2, said plainly (no temp file names, no errno)', () => {
    const dirOut = runCli(['cert', 'fixtures/certs/base/idp.crt.pem', '--out', 'fixtures']);
    expect(dirOut.code).toBe(2);
    expect(dirOut.stderr).toContain('fixtures is a directory; give a file name');
    const missing = runCli(['cert', 'fixtures/certs/base/idp.crt.pem', '--out', 'no/such/dir/idp.pem']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot write no/such/dir/idp.pem: the directory no/such/dir does not exist');
    expect(missing.stderr).not.toMatch(/ENOENT|\.tmp/);
  });
});
