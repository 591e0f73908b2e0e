// Where a whole `saml-doctor` process spends its CPU: one run under --cpu-prof, self time grouped
// into compiling the bundle, loading Node's built-in modules, reading files, Node's crypto,
// saml-doctor's JavaScript (with the dependencies bundled into it), garbage collection and the
// rest of Node.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../lib.mjs';

const BUILTINS = new Set(['compileForInternalLoader', 'compileForPublicLoader', 'requireBuiltin', 'loadBuiltinModule']);
const READS = new Set(['read', 'readFileUtf8', 'tryReadSync', 'readSync', 'open', 'openSync', 'fstat', 'close']);

function category(frame) {
  const url = frame.url;
  if (frame.functionName === '(garbage collector)') return 'garbage collection';
  if (url === 'node:vm' && frame.functionName === 'Script') return 'compiling the bundle (V8 reading its code cache)';
  // A built-in's top level (no function name) runs once, as it loads.
  if (BUILTINS.has(frame.functionName) || (url.startsWith('node:') && !frame.functionName)) {
    return "loading Node's built-in modules (crypto, stream, tty, zlib, ...)";
  }
  if (!url && READS.has(frame.functionName)) return 'reading files (the bundle, its code cache, the inputs)';
  if (url.startsWith('node:internal/crypto/') || url === 'node:crypto') return "Node's crypto (X.509, hashes, RSA verify)";
  if (url.includes('/dist/bundle/')) return 'saml-doctor and its bundled dependencies (module set-up and the work)';
  if (frame.functionName === '(idle)') return 'idle (waiting for I/O)';
  return 'rest of Node (bootstrap, CommonJS loader, fs, streams, ...)';
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
