import type { Finding, Passed } from '../checks/types.js';

/** One input's outcome. `input`, `type`, `ok`, `findings` are the JSON contract; the rest is additive. */
export interface Result {
  /** Label of what was read: a path, 'stdin', 'capture.har#14'. */
  input: string;
  /** What the input turned out to be: response, authn-request, metadata, certificate, config, capture, unknown... */
  type: string;
  ok: boolean;
  findings: Finding[];
  /** Checks that ran and passed. */
  passed?: Passed[];
  /** Human header: what was read and as of when. Plain text lines. */
  context?: string[];
  /** Human body: a command's summary (inspect, cert facts). Plain text lines. */
  body?: string[];
  /** Command-specific data for the JSON report (inspect summary, certificate facts). */
  details?: unknown;
}

export interface Report {
  version: 1;
  results: Result[];
  summary: { errors: number; warnings: number; infos: number };
}

export type Format = 'human' | 'json' | 'sarif';
