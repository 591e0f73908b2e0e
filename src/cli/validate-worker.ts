/** Entry of a `validate` worker thread: judges the chunks of files the main thread sends it. */
import { parentPort, workerData } from 'node:worker_threads';
import { serveChunks, type BatchSettings } from './validate-batch.js';

void serveChunks(parentPort!, workerData as BatchSettings);
