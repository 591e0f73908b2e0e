/**
 * Loads the bundled CLI (dist/bundle/*.cjs) with V8's code cache. Compiling the bundle is most of
 * what a run costs over starting Node, so the code V8 compiled on the first run of each command is
 * kept in a per-user cache directory and handed back to V8 on later runs: Node 22's
 * module.enableCompileCache does the same for modules, and Node 20 lacks it.
 *
 * The cache is an optimisation only: any failure to read or write it is ignored, and V8 itself
 * rejects data made by another V8 version or with other flags. A cache file is named by a hash of
 * the bundle's bytes, so a rebuilt bundle never meets compiled code of another one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** What happened to the cache on this run: used, missing (so written at exit), refused by V8 (rewritten), or off. */
export type CacheState = 'hit' | 'miss' | 'rejected' | 'off';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  cache: CacheState;
  /**
   * Writes the cache when this run had none (or V8 refused it); call it at exit, when the data
   * covers every function the command compiled, not just the top level.
   */
  save(): void;
}

const SUFFIX = '.v8cache';

/**
 * Where compiled code is kept: $SAML_DOCTOR_COMPILE_CACHE, else the platform's per-user cache
 * directory; undefined (no cache) when SAML_DOCTOR_DISABLE_COMPILE_CACHE is set.
 */
export function compileCacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string | undefined {
  if (env.SAML_DOCTOR_DISABLE_COMPILE_CACHE) return undefined;
  if (env.SAML_DOCTOR_COMPILE_CACHE) return env.SAML_DOCTOR_COMPILE_CACHE;
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'saml-doctor', 'Cache') : undefined;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'saml-doctor');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'saml-doctor');
}

/**
 * The cache file for one bundle, Node build and command: each command keeps the code its own
 * first run compiled, so `--help` run first does not leave `validate` compiling lazily forever.
 */
export function cacheFileName(bundle: Buffer, nodeVersion: string, arch: string, command: string): string {
  const id = createHash('sha256').update(bundle).update(`\0${nodeVersion}\0${arch}`).digest('hex').slice(0, 24);
  return `${id}-${/^[a-z][a-z-]{0,30}$/.test(command) ? command : 'other'}${SUFFIX}`;
}

/** Runs a CommonJS bundle as Node's loader would, compiled from the cache in `dir` when it has one. */
export function loadBundle(file: string, dir: string | undefined, command: string): LoadedBundle {
  const source = readFileSync(file);
  const name = cacheFileName(source, process.version, process.arch, command);
  const cacheFile = dir !== undefined && ownedDirectory(dir) !== false ? join(dir, name) : undefined;
  const cachedData = cacheFile === undefined ? undefined : readIfPresent(cacheFile);
  // The wrapper sits on a line of its own and lineOffset takes it back out, so stack traces keep
  // the bundle's line numbers.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source.toString('utf8')}\n})`, {
    filename: file,
    lineOffset: -1,
    cachedData,
  });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));

  const cache: CacheState = cacheFile === undefined ? 'off' : !cachedData ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
  return {
    exports: module.exports,
    cache,
    save: () => {
      if (cacheFile !== undefined && cache !== 'hit') save(dir!, cacheFile, name, () => script.createCachedData());
    },
  };
}

/** False when the directory exists but belongs to another user: compiled code from there could be anyone's. */
function ownedDirectory(dir: string): boolean | undefined {
  try {
    return process.getuid === undefined || statSync(dir).uid === process.getuid();
  } catch {
    return undefined;
  }
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function save(dir: string, file: string, name: string, data: () => Buffer): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (ownedDirectory(dir) !== true) return;
    // Written aside and renamed: a concurrent run reads the old file or the new one, never half of one.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data(), { mode: 0o600 });
    renameSync(tmp, file);
    // Data of other bundles or Node builds left untouched for a week is most likely of an
    // uninstalled version; an install still in use writes its file again on its next run.
    const id = name.slice(0, name.indexOf('-'));
    const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
    for (const other of readdirSync(dir)) {
      const path = join(dir, other);
      if (!other.startsWith(id) && /\.v8cache(\.\d+\.tmp)?$/.test(other) && statSync(path).mtimeMs < weekAgo) unlinkSync(path);
    }
  } catch {
    // A read-only or full disk only costs the next run its head start.
  }
}
