import { describe, expect, it } from 'vitest';
import { streamJson } from '../../src/input/capture/json-stream.js';
import type { StreamEnd, StreamedItem } from '../../src/input/capture/json-stream.js';
import { MAX_JSON_DEPTH } from '../../src/input/capture/json-tokenizer.js';

async function run(text: string, chunkSize = 3, maxString = 1 << 20) {
  const bytes = Buffer.from(text, 'utf8');
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const items: StreamedItem[] = [];
  const gen = streamJson(chunks(), { streamArray: (p) => (p.join('.') === 'log.entries' ? 'har' : undefined), maxString });
  let next = await gen.next();
  while (!next.done) {
    items.push(next.value);
    next = await gen.next();
  }
  return { items, end: next.value as StreamEnd };
}

describe('streaming JSON', () => {
  const doc = {
    log: {
      version: '1.2',
      creator: { name: 'Firefox', version: '131.0' },
      entries: [
        { n: -1.5e3, t: true, f: false, z: null, s: 'é "quoted" \\ \n \u2603 \ud83d\ude00 \u0000', a: [1, [2, {}], []] },
        { nested: { deeper: { deepest: 'x' } } },
      ],
    },
  };

  it.each([1, 2, 3, 7, 4096])('yields the same values as JSON.parse with %i-byte chunks', async (size) => {
    const { items, end } = await run(JSON.stringify(doc, null, 2), size);
    expect(items.map((i) => i.value)).toEqual(doc.log.entries);
    expect(items.map((i) => i.index)).toEqual([0, 1]);
    expect(end.root).toEqual({ log: { ...doc.log, entries: [] } });
    expect(end.error).toBeUndefined();
  });

  it('keeps a "__proto__" key as data', async () => {
    const { items } = await run('{"log":{"entries":[{"__proto__":{"polluted":true}}]}}');
    expect(Object.getPrototypeOf(items[0]!.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(items[0]!.value as object)).toEqual(['__proto__']);
  });

  it('replaces strings over the cap with an empty string and counts them', async () => {
    const { items, end } = await run(JSON.stringify({ log: { entries: [{ big: 'x'.repeat(100), small: 'ok' }] } }), 5, 50);
    expect(items[0]!.value).toEqual({ big: '', small: 'ok' });
    expect(end.truncatedStrings).toBe(1);
  });

  it.each([
    ['{"log":{"entries":[{"a":1},', 'ends before the JSON document is closed', 1],
    ['{"log":{"entries":[{"a":"unterminated', 'ends inside a string', 0],
    ['{"log" 1}', "expected ':'", 0],
    ['{"log":{"entries":[]}} trailing', 'unexpected data after the JSON document', 0],
    ['{"log":{"entries":[tru]}}', "not a JSON value: 'tru'", 0],
    ['', 'holds no JSON value', 0],
  ])('reports %j at an offset, after the elements before it', async (text, message, count) => {
    const { items, end } = await run(text);
    expect(end.error!.message).toContain(message);
    expect(items).toHaveLength(count);
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels quickly`, async () => {
    const t = Date.now();
    const { end } = await run('['.repeat(100_000), 65536);
    expect(end.error!.message).toContain(`nested deeper than ${MAX_JSON_DEPTH}`);
    expect(Date.now() - t).toBeLessThan(1000);
  });
});
