// xmlsec1 --verify as a whole-process peer, timed with /usr/bin/time for its CPU use.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from '../lib.mjs';

const ID_ATTRS = [
  '--id-attr:ID',
  'urn:oasis:names:tc:SAML:2.0:assertion:Assertion',
  '--id-attr:ID',
  'urn:oasis:names:tc:SAML:2.0:protocol:Response',
];

export function xmlsec1Installed() {
  return spawnSync('xmlsec1', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** One `xmlsec1 --verify` run trusting one certificate; whether it verified every file. */
function runOnce(certPath, files, timeFile) {
  const args = ['-f', '%U %S', '-o', timeFile, 'xmlsec1', '--verify', '--pubkey-cert-pem', certPath, ...ID_ATTRS, ...files];
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', args, { stdio: 'ignore' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1);
  const [user, sys] = last.split(' ').map(Number);
  return { ok: r.status === 0, wall, cpu: (user + sys) * 1000 };
}

/**
 * Wall and CPU time (ms, medians) of verifying `files` in one xmlsec1 process. With several trusted
 * certificates xmlsec1 takes one key per run (given three it verifies with none), so a script tries
 * them in turn: one process per certificate until one verifies, as timed here.
 */
export function measureXmlsec1(certPaths, files, { runs, warmup }) {
  const dir = mkdtempSync(join(tmpdir(), 'saml-doctor-xmlsec1-'));
  const walls = [];
  const cpus = [];
  try {
    for (let i = 0; i < warmup + runs; i++) {
      let wall = 0;
      let cpu = 0;
      let ok = false;
      for (const cert of certPaths) {
        const r = runOnce(cert, files, join(dir, 'time'));
        wall += r.wall;
        cpu += r.cpu;
        if ((ok = r.ok)) break;
      }
      if (!ok) throw new Error(`xmlsec1 --verify did not verify ${files[0]} with ${certPaths.join(', ')}`);
      if (i < warmup) continue;
      walls.push(wall);
      cpus.push(cpu);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { median: median(walls), cpuMs: median(cpus) };
}
