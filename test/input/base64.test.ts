import { describe, expect, it } from 'vitest';
import { base64Bytes, readBase64 } from '../../src/input/base64.js';

const TEXT = '<samlp:Response ID="_1"/>?>';
const B64 = Buffer.from(TEXT).toString('base64');

describe('readBase64', () => {
  it('reads standard base64 as is', () => {
    expect(readBase64(B64)).toEqual({ compact: B64, url: false, spacesAsPlus: false, remainder: 0, padded: false });
  });

  it('drops line breaks and reads base64url', () => {
    const url = B64.replaceAll('+', '-').replaceAll('/', '_');
    const r = readBase64(`${url.slice(0, 10)}\r\n ${url.slice(10)}`)!;
    expect(r.url).toBe(true);
    expect(Buffer.from(base64Bytes(r)).toString()).toBe(TEXT);
  });

  it("turns a lone space between base64 characters into '+'", () => {
    const withPlus = 'QUJDREVG+0hJSktM+U5PUEFC';
    const r = readBase64(withPlus.replaceAll('+', ' '))!;
    expect(r.spacesAsPlus).toBe(true);
    expect(r.compact).toBe(withPlus);
  });

  it('reports the remainder and padding', () => {
    expect(readBase64('QUJDREVGR0hJSktMTU5PUA==')).toMatchObject({ remainder: 2, padded: true });
    expect(readBase64('QUJDREVGR0hJSktMTU5PUEFC')).toMatchObject({ remainder: 0, padded: false });
    expect(readBase64('QUJDREVGR0hJSktMTU5PUEF')).toMatchObject({ remainder: 3, padded: false });
  });

  it('refuses other characters, data after padding, short words and too much padding', () => {
    expect(readBase64('QUJDREVGR0hJSktMTU5PUA!')).toBeUndefined();
    expect(readBase64('QUJDREVGR0hJ=SktMTU5PUA')).toBeUndefined();
    expect(readBase64('QUJDREVGR0hJSktMTU5PUA===')).toBeUndefined();
    expect(readBase64('Hello')).toBeUndefined();
  });
});
