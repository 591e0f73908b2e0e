import { spawnSync } from 'node:child_process';

export interface CliRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs the built CLI (dist/, built by `npm ci` through `prepare`) without colour. */
export function runCli(args: string[], input?: string, env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, ['bin/saml-doctor.js', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}
