// `inspect` on a 3 KB response against the cost of starting Node at all.
import { BIN, measureNode, ms, signedMs, table } from '../lib.mjs';

const TARGET_MS = 40;

export const name = 'inspect startup';
export const description =
  'Wall time of `saml-doctor inspect` on a 3 KB Entra response (posted as base64) versus `node -e ""` on the same machine, ' +
  `and the CPU time each process used (steadier than wall time when the machine is busy). Target: under the baseline + ${TARGET_MS} ms.`;

export async function run({ runs, warmup }) {
  // The preloaded usage probe costs both sides the same, so differences stay fair.
  const opts = { runs, warmup, memory: true };
  const baseline = measureNode(['-e', ''], opts);
  const cases = [
    ['saml-doctor --version', [BIN, '--version']],
    ['saml-doctor --help', [BIN, '--help']],
    ['inspect 3 KB response (base64)', [BIN, 'inspect', 'fixtures/responses/entra-unsigned.b64', '--now', '2026-11-20T09:15:02Z']],
    ['inspect 5 KB signed response (KeyInfo certificate read)', [BIN, 'inspect', 'fixtures/responses/entra-signed-assertion.b64', '--now', '2026-11-20T09:15:02Z']],
  ].map(([label, args]) => [label, measureNode(args, opts)]);

  const rows = [['node -e "" (baseline)', ms(baseline.median), '1.00×', '—', ms(baseline.cpuMs), '—']];
  for (const [label, m] of cases) {
    rows.push([
      label,
      ms(m.median),
      `${(m.median / baseline.median).toFixed(2)}×`,
      signedMs(m.median - baseline.median),
      ms(m.cpuMs),
      signedMs(m.cpuMs - baseline.cpuMs),
    ]);
  }
  const inspect = cases[2][1];
  const wall = inspect.median - baseline.median;
  const cpu = inspect.cpuMs - baseline.cpuMs;
  const ok = wall <= TARGET_MS;
  const verdict =
    `inspect of a 3 KB response: baseline + ${wall.toFixed(1)} ms wall time (${(inspect.median / baseline.median).toFixed(2)}×), ` +
    `+ ${cpu.toFixed(1)} ms CPU time; ${ok ? 'within' : 'OVER'} the ${TARGET_MS} ms target.`;
  return {
    table: table(['command', `wall, median of ${runs}`, 'ratio', 'difference', 'CPU time', 'CPU difference'], rows),
    verdict,
    ok,
  };
}
