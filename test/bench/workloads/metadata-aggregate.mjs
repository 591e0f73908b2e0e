// Federation aggregates: time and peak memory of `saml-doctor metadata aggregate.xml` against the
// file size. The aggregate is cut into entities that are parsed one at a time (src/metadata/split.ts),
// so memory must not grow with a whole-document DOM.
import { aggregateFile } from '../metadata-aggregate-gen.mjs';
import { BIN, measureNode, table } from '../lib.mjs';

const SIZES_MIB = [2, 10, 20];
/** Peak RSS allowed for the 20 MiB aggregate: far below the default Node heap. */
const MAX_RSS_MIB = 512;

export const name = 'metadata aggregate';
export const description =
  'Wall time and peak RSS of `saml-doctor metadata aggregate.xml --format json` on generated federation aggregates ' +
  '(IdPs and SPs alternating, ~2.4 KB per entity; the largest 20 MiB with ~8,600 entities), generated into test/bench/.work/. ' +
  `Target: the 20 MiB aggregate within ${MAX_RSS_MIB} MiB peak RSS with the default heap.`;

export async function run({ runs }) {
  const rows = [];
  let last;
  for (const mib of SIZES_MIB) {
    const { file, bytes, entities } = aggregateFile(mib);
    // One parse of a 20 MiB aggregate takes seconds: a few runs are enough for a median.
    const m = measureNode([BIN, 'metadata', file, '--now', '2026-11-20T09:15:02Z', '--format', 'json'], {
      runs: Math.min(runs, 3),
      warmup: 0,
      memory: true,
      okCodes: [0, 1],
    });
    last = m;
    rows.push([
      `${(bytes / 2 ** 20).toFixed(1)} MiB`,
      entities,
      `${(m.median / 1000).toFixed(2)} s`,
      `${Math.round(entities / (m.median / 1000))} entities/s`,
      `${m.peakRssMiB.toFixed(0)} MiB`,
    ]);
  }
  const ok = last.peakRssMiB < MAX_RSS_MIB;
  return {
    table: table(['file', 'entities', 'median time', 'throughput', 'peak RSS'], rows),
    verdict: ok
      ? `ok: the 20 MiB aggregate peaks at ${last.peakRssMiB.toFixed(0)} MiB RSS (target < ${MAX_RSS_MIB} MiB). Time is dominated by xmldom's per-element cost.`
      : `over target: ${last.peakRssMiB.toFixed(0)} MiB peak RSS for the 20 MiB aggregate (target < ${MAX_RSS_MIB} MiB).`,
    ok,
  };
}
