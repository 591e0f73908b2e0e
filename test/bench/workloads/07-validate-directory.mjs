// Workload 6: a directory of 10,000 captured responses in one run, on one core and on two.
import { cpus, loadavg } from 'node:os';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, measureNode, ms, table } from '../lib.mjs';
import { ensureInputs, work } from '../peers/inputs.mjs';
import { machineScaling } from '../peers/spin.mjs';
import { measureXmlsec1, xmlsec1Installed } from '../peers/xmlsec1.mjs';

const SCALING_TARGET = 1.7;
const NOW = '2026-11-20T09:15:02Z';

export const name = 'directory of 10,000 responses';
export const description =
  '`saml-doctor validate responses/ --config sso.json` over 10,000 base64 responses (1 in 100 for the wrong audience): one line per failing ' +
  'file and a summary, with 1 and with 2 worker threads; xmlsec1 verifying the same files in one process for reference (signature only, one core). ' +
  `Target: 2 workers at least ${SCALING_TARGET}× the throughput of 1.`;

export async function run({ runs }) {
  ensureInputs();
  const dir = work('responses');
  const count = readdirSync(dir).length;
  const args = (workers) => [BIN, 'validate', dir, '--config', work('config.json'), '--now', NOW, '--workers', String(workers)];
  const rounds = Math.max(1, Math.ceil(runs / 5));
  const samples = { 1: [], 2: [] };
  const load = [];
  const machine = [];
  for (let r = 0; r < rounds; r++) {
    // What a second thread gives any program at this moment, measured next to each pair of runs.
    machine.push(await machineScaling(1));
    for (const w of [1, 2]) {
      load.push(loadavg()[0]);
      samples[w].push(measureNode(args(w), { runs: 1, warmup: 0, memory: true, okCodes: [1] }));
    }
  }
  const med = (list, key) => [...list.map((m) => m[key])].sort((a, b) => a - b)[list.length >> 1];
  const one = { wall: med(samples[1], 'median'), cpu: med(samples[1], 'cpuMs'), rss: med(samples[1], 'peakRssMiB') };
  const two = { wall: med(samples[2], 'median'), cpu: med(samples[2], 'cpuMs'), rss: med(samples[2], 'peakRssMiB') };
  const rate = (t) => (count / (t.wall / 1000)).toFixed(0);
  const rows = [
    ['saml-doctor validate DIR/ --workers 1', rate(one), ms(one.wall), ms(one.cpu), `${one.rss.toFixed(0)} MiB`, '1.00×'],
    ['saml-doctor validate DIR/ --workers 2', rate(two), ms(two.wall), ms(two.cpu), `${two.rss.toFixed(0)} MiB`, `${(one.wall / two.wall).toFixed(2)}×`],
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
    `CPU per response: ${(one.cpu / count).toFixed(2)} ms with 1 thread, ${(two.cpu / count).toFixed(2)} ms with 2 workers ` +
    '(each worker loads the modules, about 0.4 s of CPU here, and warms up its own JIT; the main thread only collects results).';
  const verdict =
    `2 workers: ${scaling.toFixed(2)}× the throughput of 1 (target ≥ ${SCALING_TARGET}×): ${ok ? 'target met' : 'target NOT met'}; ` +
    `a pure-CPU loop got ${spin.toFixed(2)}× on this machine at the same time.`;
  return { table: text, verdict, ok };
}

