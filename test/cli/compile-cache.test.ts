import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFileName, compileCacheDir } from '../../src/cli/compile-cache.js';
import { runCli } from '../support/cli.js';

describe('compileCacheDir', () => {
  const mine = () => true;

  it('follows the platform and the environment', () => {
    expect(compileCacheDir({}, 'linux', '/home/ana', mine)).toBe('/home/ana/.cache/saml-doctor');
    expect(compileCacheDir({ XDG_CACHE_HOME: '/var/cache/ana' }, 'linux', '/home/ana', mine)).toBe('/var/cache/ana/saml-doctor');
    expect(compileCacheDir({}, 'darwin', '/Users/ana', mine)).toBe('/Users/ana/Library/Caches/saml-doctor');
    expect(compileCacheDir({}, 'win32', '/home/ana', mine)).toBeUndefined();
  });

  it('honours SAML_DOCTOR_COMPILE_CACHE and SAML_DOCTOR_DISABLE_COMPILE_CACHE', () => {
    expect(compileCacheDir({ SAML_DOCTOR_COMPILE_CACHE: '/tmp/sd' }, 'linux', '/home/ana', mine)).toBe('/tmp/sd');
    expect(compileCacheDir({ SAML_DOCTOR_COMPILE_CACHE: '/tmp/sd', SAML_DOCTOR_DISABLE_COMPILE_CACHE: '1' }, 'linux', '/home/ana', mine)).toBeUndefined();
  });

  it('never resolves a relative path against the working directory, and drops a trailing slash', () => {
    expect(compileCacheDir({ SAML_DOCTOR_COMPILE_CACHE: 'cache' }, 'linux', '/home/ana', mine)).toBeUndefined();
    // A trailing slash would make lstat look through a link.
    expect(compileCacheDir({ SAML_DOCTOR_COMPILE_CACHE: '/tmp/sd/' }, 'linux', '/home/ana', mine)).toBe('/tmp/sd');
    // The XDG spec: a relative XDG_CACHE_HOME is ignored.
    expect(compileCacheDir({ XDG_CACHE_HOME: 'rel/cache' }, 'linux', '/home/ana', mine)).toBe('/home/ana/.cache/saml-doctor');
  });

  it("stays off where the default location is not the user's own (sudo keeping HOME or XDG_CACHE_HOME)", () => {
    const onlyRoot = (path: string) => path.startsWith('/root');
    expect(compileCacheDir({}, 'linux', '/home/ana', onlyRoot)).toBeUndefined();
    expect(compileCacheDir({ XDG_CACHE_HOME: '/home/ana/.cache' }, 'linux', '/root', onlyRoot)).toBeUndefined();
    expect(compileCacheDir({}, 'linux', '/root', onlyRoot)).toBe('/root/.cache/saml-doctor');
  });
});

describe('cacheFileName', () => {
  const bundle = Buffer.from('exports.answer = 42;');

  it('names a file by the bundle bytes, the Node build and the command', () => {
    const name = cacheFileName(bundle, 'v20.20.2', 'x64', 'validate');
    expect(name).toMatch(/^[0-9a-f]{24}-validate\.v8cache$/);
    expect(cacheFileName(bundle, 'v20.20.2', 'x64', 'validate')).toBe(name);
    expect(cacheFileName(bundle, 'v20.20.2', 'x64', 'inspect')).not.toBe(name);
    expect(cacheFileName(bundle, 'v22.11.0', 'x64', 'validate')).not.toBe(name);
    expect(cacheFileName(bundle, 'v20.20.2', 'arm64', 'validate')).not.toBe(name);
  });

  it('changes when the bundle changes but keeps its length (V8 itself only checks the length)', () => {
    const edited = Buffer.from('exports.answer = 43;');
    expect(edited.length).toBe(bundle.length);
    expect(cacheFileName(edited, 'v20.20.2', 'x64', 'validate')).not.toBe(cacheFileName(bundle, 'v20.20.2', 'x64', 'validate'));
  });

  it('gives each command of the program its own file, and everything else one shared file', () => {
    const section = runCli(['--help']).stdout.split('Commands:\n')[1]!.split('\n\n')[0]!;
    // commander's own `help` command is left to the shared file.
    const commands = [...section.matchAll(/^  ([a-z]+)\b/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThan(5);
    for (const command of commands) expect(cacheFileName(bundle, 'v20.20.2', 'x64', command)).toMatch(new RegExp(`-${command}\\.v8cache$`));
    for (const other of ['--help', 'valdiate', '../../etc/passwd', '']) {
      expect(cacheFileName(bundle, 'v20.20.2', 'x64', other)).toMatch(/^[0-9a-f]{24}-other\.v8cache$/);
    }
  });
});

/**
 * loadBundle in a fresh process, as the launcher runs it: within one process V8 reuses what it
 * compiled before and never consults the cached data again.
 */
function load(file: string, dir: string | undefined, uid = process.getuid?.()): { cache: string; greeting: string; where: string } {
  const api = pathToFileURL(resolve('dist/cli/compile-cache.js')).href;
  const script = `
    import { loadBundle } from ${JSON.stringify(api)};
    const run = loadBundle(${JSON.stringify(file)}, ${JSON.stringify(dir)}, 'validate', ${JSON.stringify(uid)});
    console.log(JSON.stringify({ cache: run.cache, greeting: run.exports.greet('ana'), where: run.exports.where() }));
    run.save();`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 15_000 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { cache: string; greeting: string; where: string };
}

describe('loadBundle', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'saml-doctor-cc-'));
    file = join(dir, 'bundle.cjs');
    writeFileSync(file, 'exports.greet = (name) => `hello ${name}`;\nexports.where = () => new Error("here").stack;\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const cacheDir = () => join(dir, 'cache');
  const cacheFiles = () => (existsSync(cacheDir()) ? readdirSync(cacheDir()) : []);

  it('runs the bundle; the first run writes the cache, the next one uses it', () => {
    const first = load(file, cacheDir());
    expect(first).toMatchObject({ cache: 'miss', greeting: 'hello ana' });
    expect(cacheFiles()).toEqual([expect.stringMatching(/-validate\.v8cache$/)]);
    expect(statSync(cacheDir()).mode & 0o777).toBe(0o700);
    const written = join(cacheDir(), cacheFiles()[0]!);
    expect(statSync(written).mode & 0o777).toBe(0o600);
    // The first 32 bytes are the SHA-256 of the rest.
    const content = readFileSync(written);
    expect(createHash('sha256').update(content.subarray(32)).digest().equals(content.subarray(0, 32))).toBe(true);
    expect(load(file, cacheDir())).toMatchObject({ cache: 'hit', greeting: 'hello ana' });
  });

  it('keeps the bundle line numbers in stack traces', () => {
    expect(load(file, undefined).where).toContain(`${file}:2:`);
  });

  it('never hands V8 data whose digest does not match (corrupt data can crash V8), and rewrites it', () => {
    load(file, cacheDir());
    const path = join(cacheDir(), cacheFiles()[0]!);
    const content = readFileSync(path);
    content[content.length - 100] ^= 0xff;
    writeFileSync(path, content);
    expect(load(file, cacheDir())).toMatchObject({ cache: 'miss', greeting: 'hello ana' });
    expect(load(file, cacheDir()).cache).toBe('hit');
  });

  it('recompiles and rewrites data V8 refuses', () => {
    load(file, cacheDir());
    const path = join(cacheDir(), cacheFiles()[0]!);
    const junk = Buffer.alloc(4096, 7);
    writeFileSync(path, Buffer.concat([createHash('sha256').update(junk).digest(), junk]));
    expect(load(file, cacheDir())).toMatchObject({ cache: 'rejected', greeting: 'hello ana' });
    expect(load(file, cacheDir()).cache).toBe('hit');
  });

  it('writes nothing when the cache is off', () => {
    expect(load(file, undefined).cache).toBe('off');
    expect(readdirSync(dir)).toEqual(['bundle.cjs']);
  });

  it("prunes other bundles' files left untouched for a week, and nothing that is not its own", () => {
    mkdirSync(cacheDir(), { recursive: true, mode: 0o700 });
    const stale = join(cacheDir(), 'aaaaaaaaaaaaaaaaaaaaaaaa-validate.v8cache');
    const staleTmp = join(cacheDir(), 'aaaaaaaaaaaaaaaaaaaaaaaa-validate.v8cache.0123456789abcdef.tmp');
    const recent = join(cacheDir(), 'bbbbbbbbbbbbbbbbbbbbbbbb-validate.v8cache');
    // A directory chosen with SAML_DOCTOR_COMPILE_CACHE may hold anyone's files.
    const others = ['notes.txt', 'export.tmp', 'mine.v8cache'].map((f) => join(cacheDir(), f));
    for (const f of [stale, staleTmp, recent, ...others]) writeFileSync(f, 'x');
    const longAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    for (const f of [stale, staleTmp, ...others]) utimesSync(f, longAgo, longAgo);
    load(file, cacheDir());
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(staleTmp)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    for (const f of others) expect(existsSync(f)).toBe(true);
  });

  describe('refuses what someone else could have planted', () => {
    it('a cache directory that belongs to another user', () => {
      mkdirSync(cacheDir(), { mode: 0o700 });
      expect(load(file, cacheDir(), (process.getuid?.() ?? 0) + 1).cache).toBe('off');
      expect(readdirSync(cacheDir())).toEqual([]);
    });

    it('a cache directory that others can write to', () => {
      mkdirSync(cacheDir(), { mode: 0o700 });
      chmodSync(cacheDir(), 0o777);
      expect(load(file, cacheDir()).cache).toBe('off');
      expect(readdirSync(cacheDir())).toEqual([]);
    });

    it('a cache directory that is a symbolic link', () => {
      const real = join(dir, 'real');
      mkdirSync(real, { mode: 0o700 });
      symlinkSync(real, cacheDir());
      expect(load(file, cacheDir()).cache).toBe('off');
      expect(readdirSync(real)).toEqual([]);
    });

    it('a cache file that others can write to: not read, and replaced', () => {
      load(file, cacheDir());
      const path = join(cacheDir(), cacheFiles()[0]!);
      chmodSync(path, 0o666);
      expect(load(file, cacheDir()).cache).toBe('miss');
      expect(statSync(path).mode & 0o777).toBe(0o600);
    });

    it('a FIFO in place of the cache file: refused without hanging', () => {
      load(file, cacheDir());
      const path = join(cacheDir(), cacheFiles()[0]!);
      rmSync(path);
      expect(spawnSync('mkfifo', [path]).status).toBe(0);
      expect(load(file, cacheDir()).cache).toBe('miss');
      expect(statSync(path).isFile()).toBe(true);
    });

    it('a cache file that is a symbolic link: not followed, and the link is replaced, not its target', () => {
      load(file, cacheDir());
      const path = join(cacheDir(), cacheFiles()[0]!);
      const elsewhere = join(dir, 'elsewhere.v8cache');
      renameSync(path, elsewhere);
      const before = readFileSync(elsewhere);
      symlinkSync(elsewhere, path);
      expect(load(file, cacheDir()).cache).toBe('miss');
      expect(lstatSync(path).isSymbolicLink()).toBe(false);
      expect(readFileSync(elsewhere).equals(before)).toBe(true);
    });
  });
});

describe('saml-doctor with the compile cache', () => {
  it('prints the same report with a cold cache, a warm one and none', () => {
    const cache = mkdtempSync(join(tmpdir(), 'saml-doctor-cc-cli-'));
    const args = ['validate', 'fixtures/responses/entra-wrong-audience.b64', '--config', 'fixtures/configs/entra-elevenlabs.json', '--now', '2026-11-20T09:15:02Z'];
    const cold = runCli(args, { env: { SAML_DOCTOR_COMPILE_CACHE: cache } });
    expect(readdirSync(cache)).toEqual([expect.stringMatching(/-validate\.v8cache$/)]);
    const warm = runCli(args, { env: { SAML_DOCTOR_COMPILE_CACHE: cache } });
    const none = runCli(args, { env: { SAML_DOCTOR_DISABLE_COMPILE_CACHE: '1' } });
    expect(cold.code).toBe(1);
    expect(cold.stdout).toContain('audience-mismatch');
    for (const r of [warm, none]) expect([r.code, r.stdout, r.stderr]).toEqual([cold.code, cold.stdout, cold.stderr]);
    rmSync(cache, { recursive: true, force: true });
  });
});
