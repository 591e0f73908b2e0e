import type { Result } from './types.js';

export interface ExitPolicy {
  /** Warnings fail the run too. */
  strict: boolean;
}

/**
 * 0: nothing at error severity; 1: an error (or, with --strict, a warning).
 * Exit 2 (the tool could not do its job) is decided by the CLI, which never lets a
 * later result lower it.
 */
export function getExitCode(results: readonly Result[], policy: ExitPolicy): 0 | 1 {
  for (const r of results) {
    for (const f of r.findings) {
      if (f.severity === 'error') return 1;
      if (policy.strict && f.severity === 'warning') return 1;
    }
  }
  return 0;
}

/** Combines exit codes so that a worse one is never overwritten by a better one. */
export function worstExitCode(...codes: number[]): number {
  return codes.reduce((a, b) => Math.max(a, b), 0);
}
