// What a second thread gives any program on this machine right now: the same fixed piece of pure
// CPU work in 1 thread, then in each of 2 threads; throughput ratio = 2 × t(1) / t(2).
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

const ITERATIONS = 1e8;

function spin() {
  let x = 0;
  for (let i = 0; i < ITERATIONS; i++) x = (x * 31 + i) | 0;
  return x;
}

async function threads(n) {
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: n }, () => new Promise((resolve, reject) => new Worker(new URL(import.meta.url)).on('message', resolve).on('error', reject))));
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Throughput of 2 threads over 1 for pure CPU work, median of `rounds` interleaved pairs. */
export async function machineScaling(rounds) {
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    const one = await threads(1);
    const two = await threads(2);
    ratios.push((2 * one) / two);
  }
  return ratios.sort((a, b) => a - b)[ratios.length >> 1];
}

if (!isMainThread) parentPort.postMessage(spin());
