/** Words for what unrecognised bytes look like, so a finding can say more than "invalid". */

export function hexHead(data: Uint8Array, n = 16): string {
  const head = [...data.subarray(0, n)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return data.length > n ? `${head} …` : head;
}

/** e.g. "512 bytes, first bytes 8f 3a …; byte values evenly spread, as in encrypted or random data". */
export function describeBinary(data: Uint8Array): string {
  const sample = data.subarray(0, 4096);
  let zeros = 0;
  const seen = new Set<number>();
  for (const b of sample) {
    if (b === 0) zeros++;
    seen.add(b);
  }
  let look: string;
  if (zeros === sample.length) look = 'all zero bytes';
  else if (sample.length >= 256 ? seen.size >= 200 : seen.size >= sample.length * 0.75) {
    look = 'byte values evenly spread, as in encrypted, compressed or random data';
  } else look = 'mostly non-text bytes';
  return `${formatCount(data.length)} bytes, first bytes ${hexHead(data)}; ${look}`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
