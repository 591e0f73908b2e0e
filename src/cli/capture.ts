import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import type { CaptureDecodeResult } from '../input/capture/index.js';
import { readStdin } from './io.js';

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

function isCaptureHead(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{') && /"(log|requests)"\s*:/.test(head);
}

/**
 * A HAR or SAML-tracer capture, streamed from a file so that captures of hundreds of megabytes
 * work; undefined when the input is not a capture (it then goes through the normal decoder).
 * A capture piped on stdin is read whole (stdin cannot be sniffed and then re-read), so that
 * `cat login.har | saml-doctor validate` gets the same flow view and capture-time judging as the file.
 */
export async function readCaptureFile(path: string | undefined): Promise<CaptureDecodeResult | undefined> {
  const { decodeCaptureStream } = await import('../input/capture/index.js');
  if (!path || path === '-') {
    if (process.stdin.isTTY) return undefined;
    const data = await readStdin();
    if (!isCaptureHead(data.subarray(0, SNIFF_BYTES).toString('utf8'))) return undefined;
    return decodeCaptureStream(
      (async function* () {
        yield data;
      })(),
      'stdin',
    );
  }
  if (!isCaptureHead(sniff(path))) return undefined;
  return decodeCaptureStream(createReadStream(path), path);
}
