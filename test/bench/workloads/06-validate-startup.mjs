// Workload 5: whole-process wall and CPU time of the commands a person types, against starting Node at all.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, measureNode, ms, signedMs, table } from '../lib.mjs';
import { ensureInputs, work } from '../peers/inputs.mjs';
import { profileRun } from '../peers/startup-profile.mjs';

const VERSION_TARGET_MS = 10;
const VALIDATE_TARGET_MS = 40;
const NOW = '2026-11-20T09:15:02Z';
const FLOOR = join(ROOT, 'test', 'bench', 'peers', 'floor-process.cjs');
const emptyCaches = [];
function emptyCache() {
  emptyCaches.push(mkdtempSync(join(tmpdir(), 'saml-doctor-cc-')));
  return emptyCaches.at(-1);
}
const kib = (file) => `${Math.round(statSync(file).size / 1024)} KiB`;
/** Size of the cache file one command left (run.mjs points SAML_DOCTOR_COMPILE_CACHE at .work/). */
function cacheKiB(command) {
  const dir = process.env.SAML_DOCTOR_COMPILE_CACHE;
  const file = dir && readdirSync(dir).find((f) => f.endsWith(`-${command}.v8cache`));
  return file ? kib(join(dir, file)) : 'none found';
}

export const name = 'start-up: --version, --help, validate';
export const description =
  'Whole-process time of `saml-doctor --version`, `--help` and `validate` of the workload-1 Response (base64, as pasted) ' +
  'against `node -e ""`, with the compile cache warm (every run after the first) and empty (a first run, which also writes it); ' +
  'and the floor of a validate process: a CommonJS script that only reads, decodes, parses, canonicalises and verifies. ' +
  'Wall time is what a person waits; CPU time (user + system of the process) is the steadier measure ' +
  `on a busy machine. Targets: --version within the baseline + ${VERSION_TARGET_MS} ms, validate within the baseline + ${VALIDATE_TARGET_MS} ms.`;

export async function run({ runs, warmup }) {
  ensureInputs();
  const opts = { runs, warmup, memory: true };
  const validateArgs = [BIN, 'validate', work('signed-assertion.b64'), '--config', work('config.json'), '--now', NOW];
  const cases = [
    ['node -e "" (baseline)', ['-e', '']],
    ['saml-doctor --version', [BIN, '--version']],
    ['saml-doctor --help', [BIN, '--help']],
    ['saml-doctor validate response.b64 --config sso.json', validateArgs],
    // Each run gets an empty cache directory of its own: what the very first run after an install costs.
    ['same validate, compile cache empty (first run)', validateArgs, () => ({ SAML_DOCTOR_COMPILE_CACHE: emptyCache() })],
    ['floor: read, decode, parse, c14n, SHA-256, RSA verify (no CLI)', [FLOOR, work('signed-assertion.b64'), work('idp.crt.pem')]],
  ];
  // Fully interleaved, one run of each command per round, so that a burst of load elsewhere lands on all alike.
  const samples = new Map(cases.map(([label]) => [label, { wall: [], cpu: [] }]));
  for (let r = 0; r < runs; r++) {
    for (const [label, args, env] of cases) {
      const m = measureNode(args, { ...opts, env, runs: 1, warmup: r === 0 ? warmup : 0 });
      samples.get(label).wall.push(m.median);
      samples.get(label).cpu.push(m.cpuMs);
    }
  }
  const med = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
  const result = new Map([...samples].map(([label, s]) => [label, { wall: med(s.wall), cpu: med(s.cpu) }]));
  const base = result.get(cases[0][0]);
  const rows = [...result].map(([label, t]) => [
    label,
    ms(t.wall),
    label === cases[0][0] ? '—' : signedMs(t.wall - base.wall),
    ms(t.cpu),
    label === cases[0][0] ? '—' : signedMs(t.cpu - base.cpu),
  ]);

  const version = result.get(cases[1][0]);
  const validate = result.get(cases[3][0]);
  const over = (t) => ({ wall: t.wall - base.wall, cpu: t.cpu - base.cpu });
  const v = over(version);
  const val = over(validate);
  // CPU time decides: on a machine shared with other work, wall time measures the queue for a core.
  const versionOk = v.cpu <= VERSION_TARGET_MS;
  const validateOk = val.cpu <= VALIDATE_TARGET_MS;

  for (const d of emptyCaches.splice(0)) rmSync(d, { recursive: true, force: true });
  const profile = profileRun(validateArgs);
  const total = profile.reduce((a, [, t]) => a + t, 0);
  const profileTable = table(
    ['where `validate` spends its CPU (one --cpu-prof run)', 'self time', 'share'],
    profile.map(([what, t]) => [what, ms(t), `${((t / total) * 100).toFixed(0)}%`]),
  );
  const text =
    table(['command', `wall (median of ${runs})`, 'over baseline', 'CPU', 'CPU over baseline'], rows) +
    '\n\n' +
    profileTable +
    '\n\n' +
    `The CLI runs from one file, dist/bundle/saml-doctor.cjs (${kib(join(ROOT, 'dist', 'bundle', 'saml-doctor.cjs'))}, minified, the ` +
    `dependencies included), compiled from the code cache \`validate\` left in the cache directory (${cacheKiB('validate')}).`;

  const verdict =
    `--version: baseline ${signedMs(v.cpu)} CPU (${signedMs(v.wall)} wall), ${versionOk ? 'within' : 'OVER'} the ${VERSION_TARGET_MS} ms target. ` +
    `validate: baseline ${signedMs(val.cpu)} CPU (${signedMs(val.wall)} wall), ${validateOk ? 'within' : 'OVER'} the ${VALIDATE_TARGET_MS} ms target.`;
  return { table: text, verdict, ok: versionOk && validateOk };
}
