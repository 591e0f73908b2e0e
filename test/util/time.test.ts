import { describe, expect, it } from 'vitest';
import { expiryPhrase, formatDuration, formatUtc, parseSamlTime, relativeTime, startPhrase } from '../../src/util/time.js';
import { NOW } from '../support/constants.js';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

describe('relative time', () => {
  it.each([
    [45 * S, '45 s'],
    [4 * MIN + 58 * S, '4 min 58 s'],
    [12 * MIN, '12 min'],
    [H + 10 * MIN, '1 h 10 min'],
    [3 * H, '3 h'],
    [D, '1 day'],
    [3 * D + 2 * H, '3 days 2 h'],
    [150 * D, '4 months'],
    [800 * D, '2 years 2 months'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
    expect(formatDuration(-ms)).toBe(text);
  });

  it('says past and future from now', () => {
    expect(relativeTime(NOW.getTime() - 3 * H, NOW)).toBe('3 h ago');
    expect(relativeTime(NOW.getTime() + 12 * MIN, NOW)).toBe('in 12 min');
    expect(relativeTime(NOW, NOW)).toBe('now');
  });

  it('phrases ends and starts of validity', () => {
    expect(expiryPhrase(NOW.getTime() - 3 * H, NOW)).toBe('expired 3 h ago');
    expect(expiryPhrase(NOW.getTime() + 12 * MIN, NOW)).toBe('expires in 12 min');
    expect(startPhrase(NOW.getTime() + 3 * MIN, NOW)).toBe('starts in 3 min');
    expect(startPhrase(NOW.getTime() - 5 * MIN, NOW)).toBe('started 5 min ago');
  });

  it('reads only UTC or offset xs:dateTime values', () => {
    expect(parseSamlTime('2026-11-20T09:15:00Z')).toBe(Date.parse('2026-11-20T09:15:00Z'));
    expect(parseSamlTime('2026-11-20T10:15:00.123+01:00')).toBe(Date.parse('2026-11-20T09:15:00.123Z'));
    expect(parseSamlTime('2026-11-20T09:15:00')).toBeUndefined();
    expect(parseSamlTime('yesterday')).toBeUndefined();
    expect(parseSamlTime(undefined)).toBeUndefined();
  });

  it('formats UTC instants for headers', () => {
    expect(formatUtc(NOW)).toBe('2026-11-20 09:15:02 UTC');
  });
});
