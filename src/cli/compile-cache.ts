/**
 * Loads the bundled CLI (dist/bundle/*.cjs) with V8's code cache. Compiling the bundle is most of
 * what a run costs over starting Node, so the code V8 compiled on the first run of each command is
 * kept in a per-user cache directory and handed back to V8 on later runs: Node 22's
 * module.enableCompileCache does the same for modules, and Node 20 lacks it.
 *
 * Cached data is code: V8 runs whatever it holds, checks only the source's length and its own
 * version and flags, and (on Node 20) crashes on corrupt data. So the cache is used only when it
 * cannot have come from anyone else: an absolute directory, not a symbolic link, owned by this user
 * and writable by no one else, holding a file with the same properties. Each file carries a
 * SHA-256 of its data, and its name a hash of the bundle, the Node build and the command, so a
 * rebuilt bundle never meets compiled code of another one. Any failure just means no cache.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { Script } from 'node:vm';

/** What happened to the cache on this run: used, missing (so written at exit), refused (rewritten), or off. */
export type CacheState = 'hit' | 'miss' | 'rejected' | 'off';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  cache: CacheState;
  /**
   * Writes the cache when this run had none (or it was refused); call it at exit, when the data
   * covers every function the command compiled, not just the top level.
   */
  save(): void;
}

/** The commands that get a cache file of their own; anything else (a typo, --help) shares one. */
const COMMANDS = new Set(['inspect', 'validate', 'cert', 'metadata', 'config', 'explain', 'redact', 'profiles']);
const EXTENSION = '.v8cache';
/** Only files of exactly this shape are ever deleted, whatever else the directory holds. */
const OURS = /^[0-9a-f]{24}-[a-z]+\.v8cache(\.[0-9a-f]{16}\.tmp)?$/;
const DIGEST = 32;

/**
 * Where compiled code is kept: $SAML_DOCTOR_COMPILE_CACHE, else the platform's per-user cache
 * directory; undefined (no cache) when SAML_DOCTOR_DISABLE_COMPILE_CACHE is set, when a path is
 * not absolute, or when the default location is not the user's own (`ownedByUser`, given the
 * base directory): under sudo keeping HOME or XDG_CACHE_HOME, a root-owned cache there would
 * later shut the user out of it.
 */
export function compileCacheDir(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  home: string,
  ownedByUser: (path: string) => boolean,
): string | undefined {
  if (env.SAML_DOCTOR_DISABLE_COMPILE_CACHE) return undefined;
  if (env.SAML_DOCTOR_COMPILE_CACHE) return absolute(env.SAML_DOCTOR_COMPILE_CACHE);
  const [base, leaf] =
    platform === 'win32'
      ? [env.LOCALAPPDATA ?? '', join('saml-doctor', 'Cache')]
      : platform === 'darwin'
        ? [join(home, 'Library', 'Caches'), 'saml-doctor']
        : // The XDG spec says to ignore a relative XDG_CACHE_HOME.
          [env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(home, '.cache'), 'saml-doctor'];
  return isAbsolute(base) && ownedByUser(base) ? absolute(join(base, leaf)) : undefined;
}

/** Normalised too: a trailing slash would make lstat follow a link to somewhere else. */
function absolute(path: string): string | undefined {
  return isAbsolute(path) ? resolve(path) : undefined;
}

/** The cache file for one bundle, Node build and command: each command keeps what its own first run compiled. */
export function cacheFileName(bundle: Buffer, nodeVersion: string, arch: string, command: string): string {
  const id = createHash('sha256').update(bundle).update(`\0${nodeVersion}\0${arch}`).digest('hex').slice(0, 24);
  return `${id}-${COMMANDS.has(command) ? command : 'other'}${EXTENSION}`;
}

/**
 * Runs a CommonJS bundle as Node's loader would, compiled from the cache in `dir` when it has a
 * trustworthy one. `uid` is the user the cache must belong to (undefined where there are no uids).
 */
export function loadBundle(file: string, dir: string | undefined, command: string, uid = process.getuid?.()): LoadedBundle {
  const source = readFileSync(file);
  const name = cacheFileName(source, process.version, process.arch, command);
  const state = dir === undefined ? 'foreign' : directoryState(dir, uid);
  const cachedData = state === 'own' ? readCache(join(dir!, name), uid) : undefined;
  // The wrapper sits on a line of its own and lineOffset takes it back out, so stack traces keep
  // the bundle's line numbers.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source.toString('utf8')}\n})`, {
    filename: file,
    lineOffset: -1,
    cachedData,
  });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));

  const cache: CacheState = state === 'foreign' ? 'off' : !cachedData ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
  return {
    exports: module.exports,
    cache,
    save: () => {
      if (cache === 'miss' || cache === 'rejected') writeCache(dir!, name, script.createCachedData(), uid);
    },
  };
}

/** Trusted: only this user could have put anything there. */
function trusted(stats: Stats, uid: number | undefined): boolean {
  return uid === undefined || (stats.uid === uid && (stats.mode & 0o022) === 0);
}

function directoryState(dir: string, uid: number | undefined): 'own' | 'absent' | 'foreign' {
  try {
    const stats = lstatSync(dir);
    return stats.isDirectory() && trusted(stats, uid) ? 'own' : 'foreign';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'absent' : 'foreign';
  }
}

/** The cached data, if the file is this user's alone and its digest matches (V8 would run corrupt data). */
function readCache(file: string, uid: number | undefined): Buffer | undefined {
  let fd: number | undefined;
  try {
    // Non-blocking: a FIFO in its place must not hang the run before fstat refuses it.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile() || !trusted(stats, uid)) return undefined;
    const content = readFileSync(fd);
    const data = content.subarray(DIGEST);
    return content.length > DIGEST && createHash('sha256').update(data).digest().equals(content.subarray(0, DIGEST)) ? data : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function writeCache(dir: string, name: string, data: Buffer, uid: number | undefined): void {
  let tmp: string | undefined;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (directoryState(dir, uid) !== 'own') return;
    // A fresh random name, created exclusively: a planted file or link is never written through.
    tmp = join(dir, `${name}.${randomBytes(8).toString('hex')}.tmp`);
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
    try {
      writeSync(fd, createHash('sha256').update(data).digest());
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    // Renamed into place: a concurrent run reads the old file or the new one, never half of one.
    renameSync(tmp, join(dir, name));
    tmp = undefined;
    pruneStale(dir, name, uid);
  } catch {
    // A read-only or full disk only costs the next run its head start.
    if (tmp !== undefined) {
      try {
        unlinkSync(tmp);
      } catch {
        // already gone
      }
    }
  }
}

/**
 * Files of other bundles or Node builds left untouched for a week are most likely of an
 * uninstalled version; an install still in use writes its file again on its next run.
 */
function pruneStale(dir: string, keep: string, uid: number | undefined): void {
  const id = keep.slice(0, keep.indexOf('-'));
  const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
  for (const other of readdirSync(dir)) {
    if (other.startsWith(id) || !OURS.test(other)) continue;
    const path = join(dir, other);
    const stats = lstatSync(path);
    if (stats.isFile() && trusted(stats, uid) && stats.mtimeMs < weekAgo) unlinkSync(path);
  }
}
