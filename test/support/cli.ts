import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface CliRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

export interface CliOptions {
  /** Standard input. */
  input?: string | Buffer;
  /** Working directory of the run (the launcher is found from the repository root either way). */
  cwd?: string;
  env?: Record<string, string>;
}

const BIN = join(process.cwd(), 'bin', 'saml-doctor.js');

/** Runs the built CLI (dist/, built by `npm ci` through `prepare`) without colour. */
export function runCli(args: string[], options: CliOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input,
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}
