import type { Finding } from '../checks/types.js';
import type { Report, Result } from './types.js';

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then info; stable within a severity. */
function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

export function countSeverities(results: readonly Result[]): Report['summary'] {
  const summary = { errors: 0, warnings: 0, infos: 0 };
  for (const r of results) {
    for (const f of r.findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

/** A result is ok when it has no error-severity finding. */
export function makeResult(partial: Omit<Result, 'ok'>): Result {
  return { ...partial, ok: !partial.findings.some((f) => f.severity === 'error') };
}

export function buildReport(results: readonly Result[]): Report {
  return {
    version: 1,
    results: results.map((r) => ({ ...r, findings: sortFindings(r.findings) })),
    summary: countSeverities(results),
  };
}
