import type { Result } from '../report/types.js';
import { buildReport } from '../report/build.js';
import { renderHuman } from '../report/human.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { getExitCode } from '../report/exit-code.js';
import { VERSION } from './version.js';
import type { OutputOptions } from './options.js';

function useColor(opts: OutputOptions): boolean {
  if (opts.color === false) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR) return true;
  return Boolean(process.stdout.isTTY);
}

/** Renders the results in the chosen format to stdout and returns the exit code (0 or 1). */
export async function emit(results: readonly Result[], opts: OutputOptions): Promise<number> {
  const report = buildReport(results);
  let text: string;
  if (opts.format === 'json') text = renderJson(report);
  else if (opts.format === 'sarif') {
    // The full rule catalogue loads every check module: only SARIF needs it.
    const { getRule } = await import('../checks/registry.js');
    text = renderSarif(report, { toolVersion: VERSION, lookupRule: getRule });
  }
  else text = renderHuman(report, { color: useColor(opts), width: process.stdout.columns, quiet: opts.quiet });
  process.stdout.write(text);
  return getExitCode(results, { strict: Boolean(opts.strict) });
}
