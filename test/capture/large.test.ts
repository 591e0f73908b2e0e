import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeCaptureStream } from '../../src/input/capture/index.js';
import { buildResponse, signResponse } from '../support/saml-builder.js';
import { harEntry } from '../support/har-builder.js';
import { SP } from '../support/constants.js';

/** A HAR written piece by piece, as a browser export of a long session: scripts between SAML posts. */
function* bigHar(posts: number, scriptBytes: number): Generator<Buffer> {
  const saml = Buffer.from(signResponse(buildResponse(), { sign: 'assertion' })).toString('base64');
  const script = 'var x = "\\u00e9\\"quoted\\"";\n'.repeat(Math.ceil(scriptBytes / 30));
  yield Buffer.from('{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"entries":[');
  for (let i = 0; i < posts; i++) {
    const time = new Date(Date.UTC(2026, 10, 20, 9, 15, 2) + i * 1000).toISOString();
    const post = harEntry({ time, url: SP.acsUrl, form: [['SAMLResponse', saml], ['RelayState', `state-${i}`]] });
    const asset = {
      startedDateTime: time,
      request: { method: 'GET', url: `https://cdn.elevenlabs.io/chunk-${i}.js`, headers: [] },
      response: { status: 200, content: { size: script.length, mimeType: 'application/javascript', text: script } },
    };
    yield Buffer.from(`${i ? ',' : ''}${JSON.stringify(post)},${JSON.stringify(asset)}`);
  }
  yield Buffer.from(']}}');
}

describe('large captures', () => {
  it('streams a multi-megabyte HAR in small chunks and finds every SAML POST', async () => {
    let bytes = 0;
    const chunks = Readable.from(
      (function* () {
        for (const piece of bigHar(40, 120_000)) {
          bytes += piece.length;
          // Re-chunk at an odd size so strings, escapes and UTF-8 sequences straddle chunk borders.
          for (let i = 0; i < piece.length; i += 65_531) yield piece.subarray(i, i + 65_531);
        }
      })(),
    );
    const r = await decodeCaptureStream(chunks, 'big.har');
    expect(bytes).toBeGreaterThan(4_000_000);
    expect(r.findings).toEqual([]);
    expect(r.capture!.entryCount).toBe(80);
    expect(r.messages).toHaveLength(40);
    expect(r.messages.map((m) => m.provenance.relayState)).toEqual(Array.from({ length: 40 }, (_, i) => `state-${i}`));
    expect(r.capture!.hosts).toEqual([
      { host: 'elevenlabs.io', requests: 40 },
      { host: 'cdn.elevenlabs.io', requests: 40 },
    ]);
  });
});
