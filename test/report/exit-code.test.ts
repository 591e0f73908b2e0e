import { describe, expect, it } from 'vitest';
import { getExitCode, worstExitCode } from '../../src/report/exit-code.js';
import type { Result } from '../../src/report/types.js';
import type { Severity } from '../../src/checks/types.js';

const result = (...severities: Severity[]): Result => ({
  input: 'x',
  type: 'response',
  ok: !severities.includes('error'),
  findings: severities.map((severity, i) => ({ code: `c-${i}`, severity, message: 'm' })),
});

describe('getExitCode', () => {
  it('is 0 with no findings or only notes', () => {
    expect(getExitCode([result()], { strict: false })).toBe(0);
    expect(getExitCode([result('info')], { strict: true })).toBe(0);
  });
  it('is 1 when any result has an error', () => {
    expect(getExitCode([result('warning'), result('error')], { strict: false })).toBe(1);
  });
  it('fails on warnings only with --strict', () => {
    expect(getExitCode([result('warning')], { strict: false })).toBe(0);
    expect(getExitCode([result('warning')], { strict: true })).toBe(1);
  });
  it('never lets a later, better code overwrite a fatal one', () => {
    expect(worstExitCode(2, 0, 1)).toBe(2);
    expect(worstExitCode(0, 1)).toBe(1);
  });
});
