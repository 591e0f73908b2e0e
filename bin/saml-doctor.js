#!/usr/bin/env node
// Thin launcher: answer --version without loading anything, then hand over to the built CLI.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(pkg.version + '\n');
} else {
  // Node 22+ can cache compiled modules between runs; start-up is mostly module loading.
  const mod = await import('node:module');
  mod.enableCompileCache?.();
  import('../dist/cli/main.js')
    .then((cli) => cli.main(process.argv))
    .catch((err) => {
      process.stderr.write(`saml-doctor: could not start: ${err && err.message ? err.message : err}\n`);
      process.exitCode = 2;
    });
}
