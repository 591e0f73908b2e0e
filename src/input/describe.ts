/** Words for what unrecognised bytes look like, so a finding can say more than "invalid". */

export function hexHead(data: Uint8Array, n = 16): string {
  const head = [...data.subarray(0, n)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return data.length > n ? `${head} …` : head;
}

/** What binary data looks like, for a finding's message: "all zero bytes", "evenly spread byte values, ...". */
export function binaryLook(data: Uint8Array): string {
  const sample = data.subarray(0, 4096);
  let zeros = 0;
  const seen = new Set<number>();
  for (const b of sample) {
    if (b === 0) zeros++;
    seen.add(b);
  }
  if (zeros === sample.length) return 'all zero bytes';
  if (sample.length >= 256 ? seen.size >= 200 : seen.size >= sample.length * 0.75) {
    return 'evenly spread byte values, as in encrypted, compressed or random data';
  }
  return 'mostly non-text bytes';
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
