// In-process timing of several contenders on the same input, interleaved round by round so that
// load from elsewhere on the machine hits every contender alike.
import { median } from '../lib.mjs';

/** Each timed batch runs about this long; shorter batches are dominated by timer noise. */
const BATCH_MS = 40;

async function timeBatch(fn, input, n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const r = fn(input);
    if (r instanceof Promise) await r;
  }
  return Number(process.hrtime.bigint() - start) / 1e3 / n;
}

/**
 * contenders: [[label, fn]]; returns Map label -> { medianUs, perSecond } after `warmup` rounds,
 * medians over `runs` rounds. The batch size per contender is set from its warm-up speed.
 */
export async function measureInProcess(contenders, input, { runs, warmup }) {
  const batch = new Map();
  const samples = new Map(contenders.map(([label]) => [label, []]));
  for (const [label, fn] of contenders) {
    let n = 1;
    let us = await timeBatch(fn, input, n);
    while (us * n < BATCH_MS * 1000 && n < 100_000) {
      n = Math.max(n * 2, Math.ceil((BATCH_MS * 1000) / Math.max(us, 1)));
      us = await timeBatch(fn, input, n);
    }
    batch.set(label, n);
  }
  for (let round = 0; round < warmup + runs; round++) {
    // Rotate the order, so that no contender always runs right after the same neighbour (GC debt).
    for (let k = 0; k < contenders.length; k++) {
      const [label, fn] = contenders[(k + round) % contenders.length];
      const us = await timeBatch(fn, input, batch.get(label));
      if (round >= warmup) samples.get(label).push(us);
    }
  }
  return new Map(
    [...samples].map(([label, s]) => {
      const us = median(s);
      return [label, { medianUs: us, perSecond: 1e6 / us }];
    }),
  );
}
