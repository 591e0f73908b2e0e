import { countSeverities } from '../report/build.js';
import type { Result } from '../report/types.js';

/**
 * The human report for many inputs: one line per input that failed, then a count, so a directory
 * of thousands of responses reads as a list of problems rather than thousands of full reports.
 */
export function summarizeResults(results: readonly Result[], opts: { strict?: boolean } = {}): string[] {
  const lines: string[] = [];
  let failed = 0;
  for (const r of results) {
    const e = r.findings.filter((f) => f.severity === 'error');
    const w = r.findings.filter((f) => f.severity === 'warning');
    const bad = e.length ? e : opts.strict ? w : [];
    if (!bad.length) continue;
    failed++;
    const codes = [...new Set(bad.map((f) => f.code))].join(', ');
    lines.push(`${e.length ? '✖' : '⚠'} ${r.input}  ${codes} — ${bad[0]!.message}`);
  }
  if (lines.length) lines.push('');
  const n = results.length;
  const { errors, warnings } = countSeverities(results);
  lines.push(
    `${n} input${n === 1 ? '' : 's'}: ${failed} failed, ${n - failed} passed · ` +
      `${errors} error${errors === 1 ? '' : 's'} · ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  return lines;
}
