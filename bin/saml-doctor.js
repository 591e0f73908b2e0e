#!/usr/bin/env node
// Thin launcher: answer --version without loading anything, then hand over to the bundled CLI
// (one file, compiled from V8's code cache after the first run: see src/cli/compile-cache.ts).
// CommonJS (bin/package.json) so that a run never starts Node's ES module loader.
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version + '\n');
} else {
  let cli;
  try {
    const { compileCacheDir, loadBundle } = require('../dist/bundle/compile-cache.cjs');
    const home = require('node:os').homedir();
    const dir = compileCacheDir(process.env, process.platform, { path: home, ownedByUser: ownedByUser(home) });
    const loaded = loadBundle(join(__dirname, '..', 'dist', 'bundle', 'saml-doctor.cjs'), dir, args[0] ?? '');
    process.once('exit', loaded.save);
    cli = loaded.exports;
  } catch (err) {
    fail(err && err.code === 'MODULE_NOT_FOUND' ? 'dist/bundle/ is missing; run `npm run build`' : err);
  }
  // main() handles its own errors (exit 2 with a short message); a rejection here is a launcher bug.
  if (cli) cli.main(process.argv).catch(fail);
}

function ownedByUser(home) {
  try {
    return process.getuid === undefined || statSync(home).uid === process.getuid();
  } catch {
    return false;
  }
}

function fail(err) {
  process.stderr.write(`saml-doctor: could not start: ${err && err.message ? err.message : err}\n`);
  process.exitCode = 2;
}
