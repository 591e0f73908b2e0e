// Workload 6: a directory of 10,000 captured responses in one run, on one core and on two.
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, measureConcurrent, measureNode, ms, table } from '../lib.mjs';
import { ensureInputs, work } from '../peers/inputs.mjs';
import { machineScaling } from '../peers/spin.mjs';
import { measureXmlsec1, xmlsec1Installed } from '../peers/xmlsec1.mjs';

const SCALING_TARGET = 1.7;
const NOW = '2026-11-20T09:15:02Z';

export const name = 'directory of 10,000 responses';
export const description =
  '`saml-doctor validate responses/ --config sso.json` over 10,000 base64 responses (1 in 100 for the wrong audience): one line per failing ' +
  'file and a summary, with 1 and with 2 worker threads; two independent processes, each given half the files on one thread, for what a second core ' +
  'gives this very work on this machine; xmlsec1 verifying the same files in one process for reference (signature only, one core). ' +
  `Target: 2 workers at least ${SCALING_TARGET}× the throughput of 1.`;

/** Two directories of symbolic links, each to half of the files of `dir` (made once, under .work/). */
function splitInHalves(dir) {
  const files = readdirSync(dir).sort();
  return ['a', 'b'].map((name, i) => {
    const half = work(join('halves', name));
    if (!existsSync(half)) {
      mkdirSync(half, { recursive: true });
      const mine = i === 0 ? files.slice(0, files.length >> 1) : files.slice(files.length >> 1);
      for (const f of mine) symlinkSync(join(dir, f), join(half, f));
    }
    return half;
  });
}

export async function run({ runs }) {
  ensureInputs();
  const dir = work('responses');
  const count = readdirSync(dir).length;
  const args = (workers) => [BIN, 'validate', dir, '--config', work('config.json'), '--now', NOW, '--workers', String(workers)];
  const rounds = Math.max(1, Math.ceil(runs / 5));
  const halves = splitInHalves(dir);
  const samples = { 1: [], 2: [] };
  const pairs = [];
  const load = [];
  const machine = [];
  for (let r = 0; r < rounds; r++) {
    // What a second thread gives any program at this moment, measured next to each pair of runs.
    machine.push(await machineScaling(1));
    for (const w of [1, 2]) {
      load.push(loadavg()[0]);
      samples[w].push(measureNode(args(w), { runs: 1, warmup: 0, memory: true, okCodes: [1] }));
    }
    pairs.push(await measureConcurrent(halves.map((half) => [BIN, 'validate', half, '--config', work('config.json'), '--now', NOW, '--workers', '1']), { okCodes: [1] }));
  }
  const med = (list, key) => [...list.map((m) => m[key])].sort((a, b) => a - b)[list.length >> 1];
  const one = { wall: med(samples[1], 'median'), cpu: med(samples[1], 'cpuMs'), rss: med(samples[1], 'peakRssMiB') };
  const two = { wall: med(samples[2], 'median'), cpu: med(samples[2], 'cpuMs'), rss: med(samples[2], 'peakRssMiB') };
  const rate = (t) => (count / (t.wall / 1000)).toFixed(0);
  const pair = { wall: med(pairs, 'wall'), cpu: med(pairs, 'cpuMs') };
  const rows = [
    ['saml-doctor validate DIR/ --workers 1', rate(one), ms(one.wall), ms(one.cpu), `${one.rss.toFixed(0)} MiB`, '1.00×'],
    ['saml-doctor validate DIR/ --workers 2', rate(two), ms(two.wall), ms(two.cpu), `${two.rss.toFixed(0)} MiB`, `${(one.wall / two.wall).toFixed(2)}×`],
    ['2 processes at once, half the files each, 1 thread each', rate(pair), ms(pair.wall), ms(pair.cpu), '—', `${(one.wall / pair.wall).toFixed(2)}×`],
  ];
  let note = '';
  if (xmlsec1Installed()) {
    // xmlsec1 reads XML, not base64: it gets the decoded twin of each file.
    const xmlDir = work('responses-xml');
    const files = readdirSync(xmlDir).sort().map((f) => join(xmlDir, f));
    const x = measureXmlsec1([work('idp.crt.pem')], files, { runs: 1, warmup: 0 });
    rows.push(['xmlsec1 --verify, all files in one process', (count / (x.median / 1000)).toFixed(0), ms(x.median), ms(x.cpuMs), '—', '—']);
  } else {
    note = '\n\nxmlsec1: skipped: not installed (Debian/Ubuntu: `apt-get install xmlsec1`).';
  }
  const scaling = one.wall / two.wall;
  const ok = scaling >= SCALING_TARGET;
  const avgLoad = load.reduce((a, b) => a + b, 0) / load.length;
  const spin = [...machine].sort((a, b) => a - b)[machine.length >> 1];
  const text =
    table(['command', 'responses/s', `wall (median of ${rounds})`, 'CPU (all threads)', 'peak RSS', 'speed-up'], rows) +
    note +
    `\n\n${count} files. Load average while measuring: ${avgLoad.toFixed(1)} on ${cpus().length} cores. ` +
    `The same pure-CPU loop in 2 threads instead of 1 (no saml-doctor code, measured next to each pair of runs) got ${spin.toFixed(2)}× the throughput: ` +
    'that is what a second thread could give any program on this machine at the time. ' +
    `Two independent processes sharing nothing, each judging half the files, measured in the same rounds, got ${(one.wall / pair.wall).toFixed(2)}×: ` +
    'that is what a second core gave this very work here, and no way of splitting it over threads can beat it. The loop runs for a ' +
    'fraction of a second; over a run of several seconds this shared 2-vCPU machine gives a second busy core unevenly. ' +
    `CPU per response: ${(one.cpu / count).toFixed(2)} ms with 1 thread, ${(two.cpu / count).toFixed(2)} ms with 2 workers, ` +
    `${(pair.cpu / count).toFixed(2)} ms with 2 processes (with 1 thread, V8's garbage collector and optimising compiler run on the idle core; ` +
    'with 2 busy threads they compete for the same two cores).';
  const verdict =
    `2 workers: ${scaling.toFixed(2)}× the throughput of 1 (target ≥ ${SCALING_TARGET}×): ${ok ? 'target met' : 'target NOT met'}; ` +
    `2 independent processes got ${(one.wall / pair.wall).toFixed(2)}× and a pure-CPU loop ${spin.toFixed(2)}× on this machine at the same time.`;
  return { table: text, verdict, ok };
}

