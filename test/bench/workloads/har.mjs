// Large HAR captures: time and peak memory of `validate` against the file size. The capture is
// streamed entry by entry, so memory must stay far below the file size.
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, measureNode, table } from '../lib.mjs';

const MiB = 1024 * 1024;
/**
 * Flat memory: from the smallest to the largest file, peak RSS may grow by at most this share of the
 * growth in file size (what does grow is the per-Response results, 1,000 of them), and it must stay
 * below the file size itself. Node's own baseline (~45 MiB) and lazy garbage collection are in RSS.
 */
const MAX_GROWTH_SHARE = 0.5;

export const name = 'large HAR';
export const description =
  'Wall time and peak RSS of `saml-doctor validate capture.har --config sso.json` on generated Chrome-shaped HARs, the largest ' +
  '200 MB with 1,000 SAML POSTs (each followed by a ~200 KB script download). ' +
  `Target: peak RSS below the file size and growing by under ${MAX_GROWTH_SHARE * 100}% of the growth in file size.`;

/** A real signed SAMLResponse and the pieces of a login, taken from the checked-in capture. */
function template() {
  const har = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'captures', 'sp-initiated.chrome.har'), 'utf8'));
  const post = har.log.entries.find((e) => e.request.method === 'POST' && e.request.url.endsWith('/__/auth/handler'));
  return { post };
}

/** Writes the HAR through a stream, so the generator never holds the file either. */
async function writeHar(path, { bytes, samlPosts }) {
  const { post } = template();
  const out = createWriteStream(path);
  const write = async (s) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  const filler = 'function f(){return 42}\n'.repeat(200 * 1024 / 24);
  const asset = (i) => ({
    startedDateTime: new Date(Date.UTC(2026, 10, 20, 9, 15, 2) + i).toISOString(),
    time: 3.1,
    request: { method: 'GET', url: `https://cdn.elevenlabs.io/assets/chunk-${i}.js`, httpVersion: 'http/2.0', headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: 0 },
    response: { status: 200, statusText: '', httpVersion: 'http/2.0', headers: [], cookies: [], content: { size: filler.length, mimeType: 'application/javascript', text: filler }, redirectURL: '', headersSize: -1, bodySize: -1 },
    cache: {},
    timings: { send: 0, wait: 1, receive: 1 },
  });
  await write('{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[],"entries":[\n');
  let written = 0;
  let i = 0;
  let posts = 0;
  const every = Math.max(1, Math.floor(bytes / (samlPosts * (filler.length + 8000))));
  while (written < bytes || posts < samlPosts) {
    const isPost = posts < samlPosts && i % every === 0;
    const entry = isPost ? { ...post, startedDateTime: new Date(Date.UTC(2026, 10, 20, 9, 15, 2) + i).toISOString() } : asset(i);
    if (isPost) posts++;
    const s = (i ? ',\n' : '') + JSON.stringify(entry);
    written += s.length;
    await write(s);
    i++;
  }
  await write('\n]}}\n');
  out.end();
  await once(out, 'finish');
  return { entries: i, posts };
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'saml-doctor-har-'));
  const rows = [];
  let ok = true;
  let verdict = '';
  let first;
  try {
    for (const [mb, samlPosts] of [
      [20, 100],
      [100, 500],
      [200, 1000],
    ]) {
      const path = join(dir, `capture-${mb}.har`);
      const { entries, posts } = await writeHar(path, { bytes: mb * MiB, samlPosts });
      const size = statSync(path).size;
      const m = measureNode([BIN, 'validate', path, '--config', 'fixtures/captures/sso.json', '--format', 'json'], {
        runs: 3,
        warmup: 0,
        memory: true,
        okCodes: [0, 1],
      });
      const share = (m.peakRssMiB * MiB) / size;
      rows.push([
        `${(size / MiB).toFixed(0)} MiB`,
        String(entries),
        String(posts),
        `${(m.median / 1000).toFixed(2)} s`,
        `${((size / MiB) / (m.median / 1000)).toFixed(0)} MiB/s`,
        `${m.peakRssMiB.toFixed(0)} MiB`,
        `${(share * 100).toFixed(0)}%`,
      ]);
      first ??= { size, rss: m.peakRssMiB * MiB };
      if (mb === 200) {
        const growth = (m.peakRssMiB * MiB - first.rss) / (size - first.size);
        ok = share < 1 && growth < MAX_GROWTH_SHARE;
        verdict =
          `200 MiB HAR with ${posts} SAML POSTs: ${(m.median / 1000).toFixed(2)} s, peak RSS ${m.peakRssMiB.toFixed(0)} MiB ` +
          `(${(share * 100).toFixed(0)}% of the file; ${(growth * 100).toFixed(0)}% of the size growth since the smallest file), ` +
          `${ok ? 'within' : 'OVER'} the target.`;
      }
      rmSync(path);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    table: table(['file', 'entries', 'SAML POSTs', 'validate (median of 3)', 'throughput', 'peak RSS', 'RSS / file'], rows),
    verdict,
    ok,
  };
}
