import { describe, expect, it } from 'vitest';
import { SP } from '../../support/constants.js';
import { codes, findingOf, run } from '../../validate/helpers.js';

describe('audience-mismatch', () => {
  it('flags another audience with a near-miss hint in Entra words', () => {
    const f = findingOf(run({ response: { assertion: { audiences: [`${SP.entityId}/`] } } }), 'audience-mismatch');
    expect(f.expected).toBe(SP.entityId);
    expect(f.actual).toBe(`${SP.entityId}/`);
    expect(f.hint).toMatch(/trailing slash/);
    expect(f.hint).toContain('Identifier (Entity ID)');
  });
  it('suggests the nearest value for a typo', () => {
    const f = findingOf(run({ response: { assertion: { audiences: ['https://elevenlab.io'] } } }), 'audience-mismatch');
    expect(f.hint).toMatch(/typo/);
  });
  it('passes when one of the audiences is the SP', () => {
    expect(codes(run({ response: { assertion: { audiences: ['https://x.example', SP.entityId] } } }))).not.toContain('audience-mismatch');
  });
});

describe('audience-missing', () => {
  it('warns when there is no AudienceRestriction', () => {
    const f = findingOf(run({ response: { assertion: { audiences: [] } } }), 'audience-missing');
    expect(f.severity).toBe('warning');
  });
  it('passes with an audience', () => {
    expect(codes(run())).not.toContain('audience-missing');
  });
});

describe('not-yet-valid', () => {
  it('says by how much and with which skew', () => {
    const f = findingOf(run({ opts: { now: new Date('2026-11-20T09:00:00Z') } }), 'not-yet-valid');
    expect(f.message).toContain('10 min');
    expect(f.message).toContain('180 s allowed clock skew');
    expect(f.message).toContain('2026-11-20 09:00:00 UTC');
  });
  it('tolerates a clock behind by less than the skew', () => {
    expect(codes(run({ opts: { now: new Date('2026-11-20T09:08:00Z') } }))).not.toContain('not-yet-valid');
  });
  it('honours a custom skew', () => {
    expect(codes(run({ opts: { now: new Date('2026-11-20T09:08:00Z'), skewSeconds: 0 } }))).toContain('not-yet-valid');
  });
});

describe('assertion-expired', () => {
  it('says how long ago', () => {
    const f = findingOf(run({ opts: { now: new Date('2026-11-20T12:25:00Z') } }), 'assertion-expired');
    expect(f.message).toContain('expired 2 h ago');
    expect(f.actual).toContain('2026-11-20 12:25:00 UTC');
  });
  it('passes inside the window and reports the window', () => {
    const r = run();
    expect(codes(r)).not.toContain('assertion-expired');
    const p = r.passed?.find((x) => x.check === 'conditions');
    expect(p?.detail).toContain('valid 09:10:00 – 10:25:00 UTC');
  });
});

describe('validity window wording', () => {
  it("names Entra's usual 70-minute window", () => {
    expect(run().passed?.find((p) => p.check === 'conditions')?.detail).toContain("Entra's 70-minute window");
    const odd = run({ response: { assertion: { notOnOrAfter: '2026-11-20T09:40:00Z' } } });
    expect(odd.passed?.find((p) => p.check === 'conditions')?.detail).toContain('(30-minute window)');
  });
});

describe('clock-skew', () => {
  it('flags an IssueInstant in the future beyond the skew', () => {
    const r = run({ response: { issueInstant: '2026-11-20T09:25:00Z', assertion: { issueInstant: '2026-11-20T09:25:00Z' } } });
    const f = findingOf(r, 'clock-skew');
    expect(f.message).toContain('9 min 58 s');
  });
  it('passes an IssueInstant in the past', () => {
    expect(codes(run())).not.toContain('clock-skew');
  });
});

describe('session-expired', () => {
  it('flags a SessionNotOnOrAfter in the past', () => {
    const f = findingOf(run({ response: { assertion: { sessionNotOnOrAfter: '2026-11-20T09:00:00Z' } } }), 'session-expired');
    expect(f.message).toContain('15 min 2 s');
  });
  it('passes a session that is still open', () => {
    expect(codes(run({ response: { assertion: { sessionNotOnOrAfter: '2026-11-21T09:15:00Z' } } }))).not.toContain('session-expired');
  });
});
