import type { Command } from 'commander';
import { Option } from 'commander';
import type { Format } from '../report/types.js';

export interface OutputOptions {
  format: Format;
  strict?: boolean;
  color?: boolean;
  quiet?: boolean;
}

/** Options every command shares. Kept free of heavy imports: --help loads this. */
export function withOutputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format').choices(['human', 'json', 'sarif']).default('human'))
    .option('--strict', 'warnings fail the run too (exit 1)')
    .option('--no-color', 'no colour (also off when NO_COLOR is set or output is not a terminal)')
    .option('-q, --quiet', 'human format: do not list the checks that passed');
}

/** Sets the process exit code without ever lowering one set earlier (ESLint's rule). */
export function setExitCode(code: number): void {
  const current = typeof process.exitCode === 'number' ? process.exitCode : 0;
  process.exitCode = Math.max(current, code);
}
