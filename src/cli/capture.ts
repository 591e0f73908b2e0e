import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import type { CaptureDecodeResult } from '../input/capture/index.js';

/** Enough of the file to see a HAR's "log" or a SAML-tracer export's "requests" key. */
const SNIFF_BYTES = 4096;

function sniff(path: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(SNIFF_BYTES);
    const n = readSync(fd, buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A HAR or SAML-tracer file, streamed so that captures of hundreds of megabytes work; undefined
 * when the input is not a capture file (stdin and small inputs go through the normal decoder).
 */
export async function readCaptureFile(path: string | undefined): Promise<CaptureDecodeResult | undefined> {
  if (!path || path === '-') return undefined;
  const head = sniff(path).replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('{') || !/"(log|requests)"\s*:/.test(head)) return undefined;
  const { decodeCaptureStream } = await import('../input/capture/index.js');
  return decodeCaptureStream(createReadStream(path), path);
}
