#!/usr/bin/env node
// Thin launcher: answer --version without loading anything, then hand over to the bundled CLI
// (one file, compiled from V8's code cache after the first run: see src/cli/compile-cache.ts).
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(pkg.version + '\n');
} else {
  try {
    const { compileCacheDir, loadBundle } = await import('../dist/cli/compile-cache.js');
    const bundle = fileURLToPath(new URL('../dist/bundle/saml-doctor.cjs', import.meta.url));
    const { exports: cli, save } = loadBundle(bundle, compileCacheDir(process.env, process.platform, homedir()), args[0] ?? '');
    process.once('exit', save);
    await cli.main(process.argv);
  } catch (err) {
    process.stderr.write(`saml-doctor: could not start: ${err && err.message ? err.message : err}\n`);
    process.exitCode = 2;
  }
}
