import type { Report } from './types.js';

/** The contract scripts rely on: version, results[{input,type,ok,findings,...}], summary. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
