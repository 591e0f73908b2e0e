// The launcher runs dist/bundle/saml-doctor.cjs, where scripts/bundle.mjs changed how two parts of
// xmldom are loaded (the entity tables, the end-tag pattern). The bundled CLI must answer exactly
// as the plain tsc build of the same sources does, on the inputs those parts touch.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const UNBUNDLED = pathToFileURL(resolve('dist/cli/main.js')).href;

function runUnbundled(args: string[]) {
  // The arguments travel in the environment: `node -e CODE inspect ...` would start Node's debugger.
  const code = `import(${JSON.stringify(UNBUNDLED)}).then((m) => m.main(['node', 'saml-doctor', ...JSON.parse(process.env.ARGS)]))`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ARGS: JSON.stringify(args) },
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

const SAMPLES: Record<string, string> = {
  'entities and character references': `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_a" Version="2.0" IssueInstant="2026-11-20T09:15:00Z" Destination="https://sp.example/acs?a=1&amp;b=2"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://idp.example/&lt;&gt;&quot;&apos;&#x41;&#66;</saml:Issuer></samlp:Response>`,
  'end tag with invalid characters': `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_a"><x>1</x junk></samlp:Response>`,
  'end tag followed by a line break and text': `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_a"><x>1</x\ntrailing></samlp:Response>`,
  'mismatched end tag': `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_a"><x>1</y></samlp:Response>`,
  'HTML entity that XML does not define': `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_a"><x>&nbsp;&eacute;</x></samlp:Response>`,
  'unicode element names': `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_a"><données>é</données></samlp:Response>`,
};

describe('the bundled CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saml-doctor-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, xml] of Object.entries(SAMPLES)) {
    it(`answers like the unbundled build: ${name}`, () => {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.xml`);
      writeFileSync(file, xml);
      const args = ['inspect', file, '--format', 'json', '--now', '2026-11-20T09:15:02Z'];
      const bundled = runCli(args);
      const plain = runUnbundled(args);
      expect(bundled.stderr).toBe(plain.stderr);
      expect(bundled.code).toBe(plain.code);
      expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(plain.stdout));
    });
  }

  it('reports malformed end tags with the parser\'s own words', () => {
    const file = join(dir, 'bad-end.xml');
    writeFileSync(file, SAMPLES['end tag with invalid characters']!);
    const r = runCli(['inspect', file, '--format', 'json', '--now', '2026-11-20T09:15:02Z']);
    expect(r.stdout).toMatch(/xml-malformed/);
    expect(r.stdout).toMatch(/end tag name contains invalid characters/);
  });
});
