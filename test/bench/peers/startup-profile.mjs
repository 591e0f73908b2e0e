// Where a whole `saml-doctor` process spends its CPU: one run under --cpu-prof, self time grouped
// into module loading, saml-doctor's code, dependencies, garbage collection and the rest of Node;
// plus the JavaScript a command loads (files and bytes, from the import graph of dist/).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from '../lib.mjs';

const LOADER = /^node:internal\/(modules|vm)|^node:internal\/deps\/cjs-module-lexer/;
const NATIVE_LOADING = new Set(['compileSourceTextModule', 'wrapSafe', 'compileForInternalLoader', 'openFileHandle', 'readFileUtf8', 'internalModuleStat', 'realpathSync', 'fstat', 'read', 'close', 'ModuleWrap', 'parse']);

function category(frame) {
  const url = frame.url;
  if (frame.functionName === '(garbage collector)') return 'garbage collection';
  if (LOADER.test(url) || (!url && NATIVE_LOADING.has(frame.functionName))) return 'module loading (resolve, read, compile, link)';
  if (url.includes('/node_modules/')) return 'dependencies (xmldom, xml-crypto, commander, chalk, ...)';
  if (url.includes('/dist/')) return 'saml-doctor code (incl. module top levels)';
  if (frame.functionName === '(idle)') return 'idle (waiting for I/O)';
  return 'rest of Node (bootstrap, fs, streams, ...)';
}

/** Self time (ms) per category for `node ...args`, from one --cpu-prof run. */
export function profileRun(args) {
  const dir = mkdtempSync(join(tmpdir(), 'saml-doctor-prof-'));
  try {
    spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '250', ...args], { cwd: ROOT, stdio: 'ignore' });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    const p = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const byNode = new Map();
    p.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
    const out = new Map();
    for (const n of p.nodes) {
      const t = (byNode.get(n.id) ?? 0) / 1000;
      if (t) out.set(category(n.callFrame), (out.get(category(n.callFrame)) ?? 0) + t);
    }
    return [...out].sort((a, b) => b[1] - a[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const require = createRequire(import.meta.url);

/**
 * Files and bytes of JavaScript a command can load: `lazyEntries` with everything they import, now
 * or later (import()), then `entries` with what they import statically (the other commands' modules
 * register options but load their work lazily).
 */
export function importGraph(lazyEntries, entries) {
  const seen = new Map();
  const visit = (file, lazyToo) => {
    if (seen.has(file)) return;
    seen.set(file, statSync(file).size);
    const src = readFileSync(file, 'utf8');
    const pattern = lazyToo ? /(?:\bfrom\s+|^import\s+|\bimport\(\s*)['"]([^'"]+)['"]/gm : /(?:\bfrom\s+|^import\s+)['"]([^'"]+)['"]/gm;
    const specs = [...src.matchAll(pattern), ...src.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
    for (const spec of specs) {
      if (spec.startsWith('node:') || !/^[.@a-z]/.test(spec)) continue;
      let target;
      try {
        target = spec.startsWith('.') ? resolveRelative(file, spec) : createRequire(file).resolve(spec);
      } catch {
        continue; // a Node built-in without the node: prefix
      }
      if (target && /\.[cm]?js$/.test(target)) visit(target, lazyToo);
    }
  };
  for (const e of lazyEntries) visit(resolve(ROOT, e), true);
  for (const e of entries) visit(resolve(ROOT, e), false);
  const files = [...seen];
  const ours = files.filter(([f]) => f.includes('/dist/'));
  const deps = files.filter(([f]) => f.includes('/node_modules/'));
  const kb = (list) => Math.round(list.reduce((a, [, s]) => a + s, 0) / 1024);
  return { ours: ours.length, oursKiB: kb(ours), deps: deps.length, depsKiB: kb(deps) };
}

function resolveRelative(from, spec) {
  const p = resolve(dirname(from), spec);
  for (const candidate of [p, `${p}.js`, join(p, 'index.js')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // next candidate
    }
  }
  return require.resolve(p);
}

/**
 * A launcher for dist/ bundled into one ES module by esbuild (in node_modules through vitest/tsx),
 * under .work/bundle/; undefined when esbuild is not there. For comparison only: it shows how much
 * of the start-up is the cost of loading hundreds of small modules.
 */
export function bundledCli() {
  const esbuild = join(ROOT, 'node_modules', '.bin', 'esbuild');
  const out = join(ROOT, 'test', 'bench', '.work', 'bundle');
  const r = spawnSync(
    esbuild,
    [
      join(ROOT, 'dist', 'cli', 'main.js'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      `--outfile=${join(out, 'dist', 'cli', 'main.js')}`,
      '--log-level=error',
      // Bundled CommonJS dependencies call require(); give the ES module one.
      "--banner:js=import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  if (r.status !== 0) return undefined;
  mkdirSync(join(out, 'bin'), { recursive: true });
  copyFileSync(join(ROOT, 'bin', 'saml-doctor.js'), join(out, 'bin', 'saml-doctor.js'));
  copyFileSync(join(ROOT, 'package.json'), join(out, 'package.json'));
  return join(out, 'bin', 'saml-doctor.js');
}
