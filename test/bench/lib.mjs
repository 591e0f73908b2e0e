// Shared helpers for benchmark workloads: run a command N times, take medians, format tables.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'saml-doctor.js');
const PEAK_RSS = join(dirname(fileURLToPath(import.meta.url)), 'peak-rss.cjs');

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Runs `node ...args` `warmup` times unmeasured, then `runs` times; wall time per run in ms, and
 * with `memory: true` the child's peak resident set size in MiB and its CPU time in ms (reported
 * by a preloaded module). CPU time is what to compare on a busy machine: waiting for a core does
 * not count in it, while it inflates wall time.
 * `env(i)` adds variables to run i (warm-up runs included).
 * A non-zero exit outside `okCodes` stops the benchmark: timing a crash would mean nothing.
 */
export function measureNode(args, { runs = 15, warmup = 3, memory = false, okCodes = [0], input, env: runEnv } = {}) {
  const times = [];
  const rss = [];
  const cpu = [];
  const dir = memory ? mkdtempSync(join(tmpdir(), 'saml-doctor-bench-')) : undefined;
  try {
    for (let i = 0; i < warmup + runs; i++) {
      const rssFile = dir ? join(dir, `rss-${i}`) : undefined;
      const nodeArgs = rssFile ? ['--require', PEAK_RSS, ...args] : args;
      const env = { ...process.env, ...runEnv?.(i), ...(rssFile ? { SAML_DOCTOR_BENCH_RSS: rssFile } : {}) };
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, nodeArgs, { cwd: ROOT, env, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'] });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (!okCodes.includes(r.status)) {
        throw new Error(`node ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
      }
      if (i < warmup) continue;
      times.push(ms);
      if (rssFile) {
        const usage = readUsage(rssFile);
        rss.push(usage.peakRssMiB);
        cpu.push(usage.cpuMs);
      }
    }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs, peakRssMiB: rss.length ? median(rss) : undefined, cpuMs: cpu.length ? median(cpu) : undefined };
}

/** What peak-rss.cjs wrote for one process: peak RSS in MiB and CPU time in ms. */
function readUsage(file) {
  const usage = JSON.parse(readFileSync(file, 'utf8'));
  return { peakRssMiB: usage.maxRss / 1024 / 1024, cpuMs: usage.cpuMicros / 1000 };
}

/**
 * Starts `node ...args` once per entry of `argsList`, all at the same time, and waits for all of
 * them: the wall time from the first start to the last exit, and the CPU time of them all.
 */
export async function measureConcurrent(argsList, { okCodes = [0] } = {}) {
  const { spawn } = await import('node:child_process');
  const dir = mkdtempSync(join(tmpdir(), 'saml-doctor-bench-'));
  try {
    const start = process.hrtime.bigint();
    await Promise.all(
      argsList.map(
        (args, i) =>
          new Promise((resolve, reject) => {
            const env = { ...process.env, SAML_DOCTOR_BENCH_RSS: join(dir, `rss-${i}`) };
            const child = spawn(process.execPath, ['--require', PEAK_RSS, ...args], { cwd: ROOT, env, stdio: 'ignore' });
            child.on('error', reject);
            child.on('exit', (code) => (okCodes.includes(code) ? resolve() : reject(new Error(`node ${args.join(' ')} exited ${code}`))));
          }),
      ),
    );
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    const cpuMs = argsList.reduce((sum, _, i) => sum + readUsage(join(dir, `rss-${i}`)).cpuMs, 0);
    return { wall, cpuMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A Markdown table (readable as plain text too). */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(cells[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

export const ms = (v) => `${v.toFixed(1)} ms`;

/** A difference: "+12.3 ms", "−4.0 ms". */
export const signedMs = (v) => `${v < 0 ? '−' : '+'}${Math.abs(v).toFixed(1)} ms`;
