// Where the validate workloads' generated inputs live, and generating them when missing or stale.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../lib.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SCRIPT = join(HERE, 'inputs.ts');
export const WORK = join(HERE, '..', '.work', 'validate');
export const work = (name) => join(WORK, name);

/** Builds the inputs (signed with fixtures/keys) once; later runs reuse them until inputs.ts changes. */
export function ensureInputs() {
  const done = work('done');
  if (existsSync(done) && statSync(done).mtimeMs > statSync(SCRIPT).mtimeMs) return;
  process.stdout.write('generating benchmark inputs (test/bench/.work/validate/) ...\n');
  const r = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`generating bench inputs failed (exit ${r.status})`);
}
