// `inspect` on a 3 KB response against the cost of starting Node at all.
import { BIN, measureNode, ms, signedMs, table } from '../lib.mjs';

const TARGET_MS = 40;

export const name = 'inspect startup';
export const description =
  'Wall time of `saml-doctor inspect` on a 3 KB Entra response (posted as base64) versus `node -e ""` on the same machine. ' +
  `Target: under the baseline + ${TARGET_MS} ms.`;

export async function run({ runs, warmup }) {
  const opts = { runs, warmup };
  const baseline = measureNode(['-e', ''], opts);
  const cases = [
    ['saml-doctor --version', [BIN, '--version']],
    ['saml-doctor --help', [BIN, '--help']],
    ['inspect 3 KB response (base64)', [BIN, 'inspect', 'fixtures/responses/entra-unsigned.b64', '--now', '2026-11-20T09:15:02Z']],
    ['inspect 5 KB signed response (KeyInfo certificate read)', [BIN, 'inspect', 'fixtures/responses/entra-signed-assertion.b64', '--now', '2026-11-20T09:15:02Z']],
  ].map(([label, args]) => [label, measureNode(args, opts)]);

  const rows = [['node -e "" (baseline)', ms(baseline.median), '1.00×', '—']];
  for (const [label, m] of cases) {
    rows.push([label, ms(m.median), `${(m.median / baseline.median).toFixed(2)}×`, signedMs(m.median - baseline.median)]);
  }
  const inspect = cases[2][1];
  const over = inspect.median - baseline.median;
  const verdict =
    over <= TARGET_MS
      ? `inspect of a 3 KB response: baseline + ${over.toFixed(1)} ms, within the ${TARGET_MS} ms target.`
      : `inspect of a 3 KB response: baseline + ${over.toFixed(1)} ms, OVER the ${TARGET_MS} ms target.`;
  return { table: table(['command', `median of ${runs}`, 'ratio', 'difference'], rows), verdict, ok: over <= TARGET_MS };
}
