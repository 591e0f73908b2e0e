// The shape shared by the response workloads (1-4): one signed response, judged in-process by
// saml-doctor, the floor and each peer library in the same interleaved run; then whole-process by
// xmlsec1 and by the saml-doctor CLI, one file per process and a batch of files in one process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, measureNode, table } from '../lib.mjs';
import { PEERS, checkAccepts, floor, ours } from './contenders.mjs';
import { ensureInputs, work } from './inputs.mjs';
import { measureInProcess } from './measure.mjs';
import { measureXmlsec1, xmlsec1Installed } from './xmlsec1.mjs';

/** Our time within this multiple of the floor's. */
export const FLOOR_TARGET = 3;
/** Files in the whole-process batch rows. */
const BATCH = 100;
const NOW = '2026-11-20T09:15:02Z';
const KEYS = join(ROOT, 'fixtures', 'keys');

const us = (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} ms` : `${v.toFixed(0)} µs`);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

/**
 * input: base name in .work/validate; configFile: config there; signed: which parts the peers
 * must require; certFiles: the trusted certificates in order, for xmlsec1 (fixtures/keys names).
 */
export function responseWorkload({ input, configFile, signed, certFiles = ['idp'] }) {
  return async function run({ runs, warmup }) {
    ensureInputs();
    const b64 = readFileSync(work(`${input}.b64`), 'utf8');
    const configPath = work(configFile);
    const certPems = certFiles.map((name) => readFileSync(join(KEYS, `${name}.crt.pem`), 'utf8'));

    const contenders = [
      ['saml-doctor (full diagnosis)', await ours({ configPath })],
      ['floor', await floor({ certPems })],
      ...(await Promise.all(PEERS.map(async ([label, make]) => [label, await make({ certPems, signed })]))),
    ];
    for (const [label, fn] of contenders) await checkAccepts(label === contenders[0][0] ? 'ours' : label, fn, b64);
    const timed = await measureInProcess(contenders, b64, { runs, warmup });
    const mine = timed.get(contenders[0][0]).medianUs;
    const floorUs = timed.get('floor').medianUs;

    const rows = [...timed].map(([label, t]) => [
      label,
      t.perSecond.toFixed(0),
      us(t.medianUs),
      us(t.wallUs),
      label === contenders[0][0] ? '—' : ratio(mine, t.medianUs),
    ]);
    const peerRatios = [...timed].filter(([label]) => label !== contenders[0][0] && label !== 'floor').map(([, t]) => mine / t.medianUs);

    // Whole process: fewer runs, each is a process start or a batch.
    const procRuns = Math.max(3, Math.ceil(runs / 3));
    const proc = { runs: procRuns, warmup: 1 };
    const xmlFile = work(`${input}.xml`);
    const cli = (files) =>
      measureNode([BIN, 'validate', ...files, '--config', configPath, '--now', NOW, '--format', 'json'], { ...proc, memory: true });
    const oneCli = cli([xmlFile]);
    const batchCli = cli(Array(BATCH).fill(xmlFile));
    const perBatch = (m) => ({ wall: m.median / BATCH, cpu: m.cpuMs / BATCH });
    const whole = [
      ['saml-doctor validate, 1 file per process', { wall: oneCli.median, cpu: oneCli.cpuMs }],
      [`saml-doctor validate, ${BATCH} files in one process`, perBatch(batchCli)],
    ];
    const notes = [];
    if (xmlsec1Installed()) {
      const certs = certFiles.map((name) => join(KEYS, `${name}.crt.pem`));
      const one = measureXmlsec1(certs, [xmlFile], proc);
      whole.push(['xmlsec1 --verify, 1 file per process', { wall: one.median, cpu: one.cpuMs }]);
      if (certs.length === 1) {
        const xBatch = perBatch(measureXmlsec1(certs, Array(BATCH).fill(xmlFile), proc));
        whole.push([`xmlsec1 --verify, ${BATCH} files in one process`, xBatch]);
        notes.push(
          `xmlsec1 (C, libxml2) checks the signature only. Per response in a batch it uses ${ratio(batchCli.cpuMs / BATCH, xBatch.cpu)} less CPU than ` +
            `the saml-doctor CLI, whose batch still carries Node's start-up (${(oneCli.cpuMs / BATCH).toFixed(1)} ms per response here); ` +
            `even the JavaScript floor (parse, c14n, hash, verify) needs ${ratio(floorUs / 1000, xBatch.cpu)} xmlsec1's CPU per response.`,
        );
      } else {
        notes.push(`xmlsec1 takes one trusted key per run, so it runs once per configured certificate until one verifies (${certs.length} runs here).`);
      }
    } else {
      notes.push('xmlsec1: skipped: not installed (Debian/Ubuntu: `apt-get install xmlsec1`).');
    }
    const [oneOurs, batchOurs] = whole;
    const wholeRows = whole.map(([label, t]) => {
      const same = label.includes('1 file per process') ? oneOurs[1] : batchOurs[1];
      return [label, `${t.cpu.toFixed(2)} ms`, `${t.wall.toFixed(1)} ms`, label.startsWith('saml-doctor') ? '—' : ratio(same.cpu, t.cpu)];
    });

    const text =
      table(['in one process', 'validations per CPU-second', 'CPU per response', 'wall per response', 'saml-doctor CPU ÷ this'], rows) +
      '\n\n' +
      table(['whole process', 'CPU per response', 'wall per response', 'saml-doctor CPU ÷ this'], wholeRows) +
      (notes.length ? `\n\n${notes.join(' ')}` : '');

    const vsFloor = mine / floorUs;
    const slowest = Math.max(...peerRatios);
    const ok = slowest < 1 && vsFloor <= FLOOR_TARGET;
    const verdict =
      `In-process: saml-doctor ${us(mine)} per response, ${vsFloor.toFixed(2)}× the floor (target ≤ ${FLOOR_TARGET}×), ` +
      `${(1 / slowest).toFixed(1)}× faster than the fastest peer library${slowest < 1 ? '' : ' — NOT faster than every peer'}. ` +
      `${ok ? 'Target met.' : 'Target NOT met.'}`;
    return { table: text, verdict, ok };
  };
}
