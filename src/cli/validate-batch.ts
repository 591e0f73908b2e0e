/**
 * `validate` over many files: the per-file work (read, decode or stream a capture, diagnose) and a
 * worker-thread runner that spreads a directory of thousands of responses over every core. Results
 * come back in the order of the input list whatever the number of workers, so the report is
 * the same with one core or eight.
 */
import { availableParallelism } from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { SsoConfig } from '../config/types.js';
import type { Result } from '../report/types.js';
import type { createValidator } from '../validate/pipeline.js';
import { UsageError } from './errors.js';
import { readInput } from './io.js';

/** Everything a worker needs to judge files exactly as the main thread would (plain, cloneable data). */
export interface BatchSettings {
  config: SsoConfig;
  /** --now; absent: a capture entry's own time, else `clock`. */
  explicitNow?: Date;
  clock: Date;
  skewSeconds?: number;
  requestId?: string;
  spKeyPem?: string;
  profile?: string;
}

export interface BatchOptions {
  /** Worker threads to use; default: one per core once there are enough files to pay for starting them. */
  workers?: number;
}

/** Starting a worker costs about as much as judging this many responses; fewer files stay on the main thread. */
const FILES_PER_WORKER = 16;
/** Files handed to a worker at a time: small enough to balance the load, large enough to keep messages few. */
const MAX_CHUNK = 64;
const CHUNKS_IN_FLIGHT = 2;

type Validate = ReturnType<typeof createValidator>;

/** How many threads judge `count` files: 1 means the main thread alone. */
export function workerCount(count: number, requested: number | undefined): number {
  const wanted = requested ?? Math.min(availableParallelism(), Math.floor(count / FILES_PER_WORKER));
  return Math.max(1, Math.min(wanted, count));
}

/**
 * Judges every file (undefined or '-' is standard input) and returns the results in input order.
 * An unreadable file stops the run with a UsageError, the first one in input order.
 */
export async function validateFiles(
  files: ReadonlyArray<string | undefined>,
  settings: BatchSettings,
  opts: BatchOptions = {},
): Promise<Result[]> {
  const threads = files.some((f) => f === undefined || f === '-') ? 1 : workerCount(files.length, opts.workers);
  if (threads === 1) {
    const validate = await makeValidator(settings);
    const out: Result[] = [];
    for (const file of files) out.push(...(await validateFile(file, validate, settings)));
    return out;
  }
  return runWorkers(files as string[], settings, threads);
}

async function makeValidator(s: BatchSettings): Promise<Validate> {
  const { createValidator } = await import('../validate/pipeline.js');
  return createValidator(s.config, {
    now: s.clock,
    skewSeconds: s.skewSeconds,
    requestId: s.requestId,
    spKeyPem: s.spKeyPem,
    profile: s.profile,
  });
}

/** One input: a HAR or SAML-tracer capture is streamed; anything else is decoded and each SAML message judged. */
async function validateFile(file: string | undefined, validate: Validate, s: BatchSettings): Promise<Result[]> {
  const capture = await (await import('./capture.js')).readCaptureFile(file);
  if (capture) {
    const { validateCapture } = await import('../flow/report.js');
    return validateCapture(capture, file!, s.config, {
      now: s.explicitNow,
      fallbackNow: s.clock,
      skewSeconds: s.skewSeconds,
      // The SP key also verifies the SP's redirect-binding AuthnRequest signatures in the capture.
      spKeys: s.spKeyPem === undefined ? undefined : [s.spKeyPem],
      validate: (message, now) => validate(message, now),
    });
  }
  const bytes = await readInput(file);
  const [{ decodeInput }, { makeResult }] = await Promise.all([import('../input/decode.js'), import('../report/build.js')]);
  const decoded = decodeInput(bytes.data, bytes.label);
  if (!decoded.messages.length) {
    return [makeResult({ input: bytes.label, type: 'unknown', findings: decoded.findings, context: [`${bytes.label}: no SAML message found`] })];
  }
  const out = decoded.messages.map((m) => validate(m));
  // What the decoder noticed on the way (e.g. a RelayState it could not read) belongs with the first message.
  if (decoded.findings.length) out[0] = makeResult({ ...out[0]!, findings: [...decoded.findings, ...out[0]!.findings] });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Worker threads

interface Chunk {
  start: number;
  files: string[];
}
/** The first file of a chunk that could not be judged: the run ends with its error. */
interface Failure {
  index: number;
  usage: boolean;
  message: string;
}
type Reply = { start: number; results: Result[][] } | { start: number; failed: Failure; results: Result[][] };

async function runWorkers(files: string[], settings: BatchSettings, threads: number): Promise<Result[]> {
  const perFile: Result[][] = new Array(files.length);
  const chunkSize = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(files.length / (threads * 8))));
  let next = 0;
  let firstFailure: Failure | undefined;

  const nextChunk = (): Chunk | undefined => {
    // After a failure, files past it are not needed: the run ends with that file's error.
    if (next >= files.length || (firstFailure && next > firstFailure.index)) return undefined;
    const chunk = { start: next, files: files.slice(next, next + chunkSize) };
    next += chunk.files.length;
    return chunk;
  };

  // Loaded here: a single-file run never pays for worker_threads. The worker entry sits next to
  // this module with the same extension (dist/cli/*.js, or the bundled dist/bundle/*.cjs).
  const { Worker } = await import('node:worker_threads');
  const self = new URL(import.meta.url);
  const url = new URL(`./validate-worker${self.pathname.slice(self.pathname.lastIndexOf('.'))}`, self);
  const workers = Array.from({ length: threads }, () => new Worker(url, { workerData: settings }));
  try {
    await Promise.all(workers.map((worker) => serve(worker)));
  } finally {
    // Idle workers keep the process alive; after a crash in one, the others must stop too.
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (firstFailure) throw firstFailure.usage ? new UsageError(firstFailure.message) : new Error(firstFailure.message);
  return perFile.flat();

  function serve(worker: Worker): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      // Two chunks per worker: it starts the next one at once instead of waiting for the main
      // thread to be scheduled, read the reply and answer (slow on a busy machine).
      const topUp = () => {
        while (inFlight < CHUNKS_IN_FLIGHT) {
          const chunk = nextChunk();
          if (!chunk) break;
          worker.postMessage(chunk);
          inFlight++;
        }
        if (inFlight === 0) resolve();
      };
      worker.on('message', (reply: Reply) => {
        inFlight--;
        reply.results.forEach((r, i) => (perFile[reply.start + i] = r));
        if ('failed' in reply && (!firstFailure || reply.failed.index < firstFailure.index)) firstFailure = reply.failed;
        topUp();
      });
      worker.on('error', reject);
      topUp();
    });
  }
}

/** Worker side (see validate-worker.ts): judge each chunk of files with a validator prepared once per thread. */
export async function serveChunks(parentPort: MessagePort, settings: BatchSettings): Promise<void> {
  const validate = await makeValidator(settings);
  // One chunk at a time, in arrival order.
  let queue = Promise.resolve();
  parentPort.on('message', (chunk: Chunk) => {
    queue = queue.then(() => judgeChunk(chunk));
  });

  async function judgeChunk(chunk: Chunk): Promise<void> {
    const results: Result[][] = [];
    for (let i = 0; i < chunk.files.length; i++) {
      try {
        results.push(await validateFile(chunk.files[i], validate, settings));
      } catch (e) {
        const failed: Failure = { index: chunk.start + i, usage: e instanceof UsageError, message: e instanceof Error ? e.message : String(e) };
        parentPort.postMessage({ start: chunk.start, results, failed });
        return;
      }
    }
    parentPort.postMessage({ start: chunk.start, results });
  }
}

