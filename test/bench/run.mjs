// `npm run bench`: runs every workload in test/bench/workloads/ (in file-name order) against dist/,
// prints each table and writes them all to test/bench/RESULTS.md.
//
// A workload is an ES module exporting `name`, `description` and `async run({ runs, warmup })`,
// which resolves to `{ table, verdict, ok }` (table: Markdown text; ok: whether it met its target).
// Options: --runs N (default 15), --warmup N (default 3), --quick (--runs 5 --warmup 1),
// --only SUBSTRING (workload file or name).
import { cpus, loadavg, totalmem } from 'node:os';
import { readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROOT } from './lib.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

function option(flag, fallback) {
  const i = process.argv.indexOf(flag);
  return i === -1 ? fallback : process.argv[i + 1];
}

const quick = process.argv.includes('--quick');
const runs = Number(option('--runs', quick ? '5' : '15'));
const warmup = Number(option('--warmup', quick ? '1' : '3'));
const only = option('--only', undefined);

if (!existsSync(join(ROOT, 'dist', 'bundle', 'saml-doctor.cjs'))) {
  process.stderr.write('bench: dist/ is missing; run `npm run build` first (npm run bench does).\n');
  process.exit(2);
}

// The CLI's compiled-code cache goes under .work/, not the user's cache directory; the
// warm-up runs fill it.
process.env.SAML_DOCTOR_COMPILE_CACHE ??= join(HERE, '.work', 'compile-cache');

const files = readdirSync(join(HERE, 'workloads'))
  .filter((f) => f.endsWith('.mjs'))
  .sort();

const machine = `Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, load average ${loadavg()[0].toFixed(2)} at the start (other work on the machine slows every row, the baseline too)`;
const sections = [];
let failed = false;
for (const file of files) {
  const workload = await import(pathToFileURL(join(HERE, 'workloads', file)).href);
  if (only && !file.includes(only) && !workload.name.includes(only)) continue;
  process.stdout.write(`\n${workload.name}\n${workload.description}\n\n`);
  let result;
  try {
    result = await workload.run({ runs, warmup });
  } catch (e) {
    // One broken workload (or a dist/ rebuilt mid-run) must not lose the others' results.
    result = { table: '', verdict: `FAILED to run: ${String(e?.message ?? e).split('\n')[0].slice(0, 300)}`, ok: false };
  }
  process.stdout.write(`${result.table}\n\n${result.verdict}\n`);
  if (!result.ok) failed = true;
  sections.push(`## ${workload.name}\n\n${workload.description}\n\n${result.table}\n\n${result.verdict}\n`);
}

const report =
  `# Benchmark results\n\nWritten by \`npm run bench\` (test/bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}.\n` +
  `${machine}. Medians of ${runs} runs after ${warmup} warm-up runs.\n\n${sections.join('\n')}`;
if (!only) writeFileSync(join(HERE, 'RESULTS.md'), report);
process.exitCode = failed ? 1 : 0;
