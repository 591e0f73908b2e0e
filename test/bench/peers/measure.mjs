// In-process timing of several contenders on the same input, interleaved round by round so that
// load from elsewhere on the machine hits every contender alike. Time is CPU time (user + system)
// of this process: on a busy machine waiting for a core inflates wall time but not CPU time.
import { median } from '../lib.mjs';

/** Each timed batch uses about this much CPU; shorter batches are dominated by timer granularity. */
const BATCH_MS = 40;

function cpuMicros() {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** CPU and wall microseconds per call, over n calls. */
async function timeBatch(fn, input, n) {
  const cpu = cpuMicros();
  const wall = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const r = fn(input);
    if (r instanceof Promise) await r;
  }
  return { cpu: (cpuMicros() - cpu) / n, wall: Number(process.hrtime.bigint() - wall) / 1e3 / n };
}

/**
 * contenders: [[label, fn]]; returns Map label -> { medianUs (CPU), wallUs, perSecond } after
 * `warmup` rounds, medians over `runs` rounds. Batch sizes come from each contender's first speed.
 */
export async function measureInProcess(contenders, input, { runs, warmup }) {
  const batch = new Map();
  const samples = new Map(contenders.map(([label]) => [label, { cpu: [], wall: [] }]));
  for (const [label, fn] of contenders) {
    let n = 1;
    let t = await timeBatch(fn, input, n);
    while (t.cpu * n < BATCH_MS * 1000 && n < 100_000) {
      n = Math.max(n * 2, Math.ceil((BATCH_MS * 1000) / Math.max(t.cpu, 1)));
      t = await timeBatch(fn, input, n);
    }
    batch.set(label, n);
  }
  for (let round = 0; round < warmup + runs; round++) {
    // Rotate the order, so that no contender always runs right after the same neighbour (GC debt).
    for (let k = 0; k < contenders.length; k++) {
      const [label, fn] = contenders[(k + round) % contenders.length];
      const t = await timeBatch(fn, input, batch.get(label));
      if (round < warmup) continue;
      samples.get(label).cpu.push(t.cpu);
      samples.get(label).wall.push(t.wall);
    }
  }
  return new Map(
    [...samples].map(([label, s]) => {
      const us = median(s.cpu);
      return [label, { medianUs: us, wallUs: median(s.wall), perSecond: 1e6 / us }];
    }),
  );
}
