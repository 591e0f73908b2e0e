import { constants, inflateRawSync, inflateSync } from 'node:zlib';

export type InflateOutcome =
  | { ok: true; data: Uint8Array; step: 'inflate' | 'zlib-inflate' }
  | { ok: false; reason: 'too-large' | 'corrupt'; error: string }
  /** `partial` is what the stream held before it stopped: XML there means the value was cut. */
  | { ok: false; reason: 'ended-early'; error: string; partial: Uint8Array };

/** zlib header: CMF 0x78 (deflate, 32K window) and a check value that makes the pair divisible by 31. */
export function hasZlibHeader(data: Uint8Array): boolean {
  return data.length > 2 && data[0] === 0x78 && ((data[0] << 8) | data[1]!) % 31 === 0;
}

/**
 * Redirect binding uses raw DEFLATE (RFC 1951); some senders wrap it in zlib anyway, so try
 * that too. Output is capped so that a small "deflate bomb" cannot allocate gigabytes.
 */
export function inflate(data: Uint8Array, maxOutput: number): InflateOutcome {
  const attempts: Array<['inflate' | 'zlib-inflate', typeof inflateRawSync]> = hasZlibHeader(data)
    ? [['zlib-inflate', inflateSync], ['inflate', inflateRawSync]]
    : [['inflate', inflateRawSync]];
  let first: InflateOutcome | undefined;
  for (const [step, fn] of attempts) {
    try {
      const out = fn(data, { maxOutputLength: maxOutput });
      return { ok: true, data: out, step };
    } catch (e) {
      first ??= failure(e, () => fn(data, { maxOutputLength: maxOutput, finishFlush: constants.Z_SYNC_FLUSH }));
    }
  }
  return first!;
}

function failure(e: unknown, salvage: () => Uint8Array): InflateOutcome {
  const err = e as { code?: string; message?: string };
  const error = err.message ?? String(e);
  if (err.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) return { ok: false, reason: 'too-large', error };
  if (err.code === 'Z_BUF_ERROR') {
    let partial: Uint8Array;
    try {
      partial = salvage();
    } catch {
      partial = new Uint8Array(0);
    }
    return { ok: false, reason: 'ended-early', error, partial };
  }
  return { ok: false, reason: 'corrupt', error };
}
