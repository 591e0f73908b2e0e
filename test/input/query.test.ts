import { describe, expect, it } from 'vitest';
import { findParam, hasPercentEscape, parseQuery, percentDecode, signedQueryOf } from '../../src/input/query.js';

describe('percentDecode', () => {
  it("decodes escapes, with '+' as space only for form values", () => {
    expect(percentDecode('a%2Bb+c%3D', false)).toBe('a+b+c=');
    expect(percentDecode('a%2Bb+c%3D', true)).toBe('a+b c=');
    expect(percentDecode('caf%C3%A9', true)).toBe('café');
  });

  it('keeps stray % signs instead of throwing', () => {
    expect(percentDecode('100%+sure%2', true)).toBe('100% sure%2');
    expect(percentDecode('%E9%2B', false)).toBe('\ufffd+');
    expect(hasPercentEscape('100% sure')).toBe(false);
    expect(hasPercentEscape('a%3d')).toBe(true);
  });
});

describe('parseQuery and signedQueryOf', () => {
  it('keeps raw values and segments, drops the fragment', () => {
    const q = parseQuery('?SigAlg=x%3Ay&&RelayState=a+b&SAMLRequest=abc%2B#frag');
    expect(q.map((p) => [p.name, p.raw])).toEqual([
      ['SigAlg', 'x%3Ay'],
      ['RelayState', 'a+b'],
      ['SAMLRequest', 'abc%2B'],
    ]);
    const signed = signedQueryOf(findParam(q, 'SAMLRequest')!, findParam(q, 'RelayState'), findParam(q, 'SigAlg')!);
    expect(signed).toBe('SAMLRequest=abc%2B&RelayState=a+b&SigAlg=x%3Ay');
    expect(signedQueryOf(q[2]!, undefined, q[0]!)).toBe('SAMLRequest=abc%2B&SigAlg=x%3Ay');
  });

  it('finds parameters case-insensitively, preferring the exact name', () => {
    const q = parseQuery('samlresponse=1&SAMLResponse=2');
    expect(findParam(q, 'SAMLResponse')?.raw).toBe('2');
    expect(findParam(parseQuery('samlresponse=1'), 'SAMLResponse')?.raw).toBe('1');
  });
});
