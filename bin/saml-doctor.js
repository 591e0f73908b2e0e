#!/usr/bin/env node
// Thin launcher: answer --version without loading anything, then hand over to the bundled CLI
// (one file, compiled from V8's code cache after the first run: see src/cli/compile-cache.ts).
// CommonJS (bin/package.json) so that a run never starts Node's ES module loader.
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { dirname, join } = require('node:path');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version + '\n');
} else {
  try {
    const bundle = join(__dirname, '..', 'dist', 'bundle');
    const { compileCacheDir, loadBundle } = require(join(bundle, 'compile-cache.cjs'));
    const dir = compileCacheDir(process.env, process.platform, require('node:os').homedir(), ownedByUser);
    const loaded = loadBundle(join(bundle, 'saml-doctor.cjs'), dir, args[0] ?? '');
    process.once('exit', loaded.save);
    // main() handles its own errors (exit 2 with a short message); a rejection here is a launcher bug.
    loaded.exports.main(process.argv).catch(fail);
  } catch (err) {
    fail(err && (err.code === 'MODULE_NOT_FOUND' || err.code === 'ENOENT') ? new Error('dist/bundle/ is missing or incomplete; run `npm run build`') : err);
  }
}

/** The nearest existing directory at or above `path` belongs to this user (always true without uids). */
function ownedByUser(path) {
  if (process.getuid === undefined) return true;
  for (let p = path; ; p = dirname(p)) {
    try {
      return statSync(p).uid === process.getuid();
    } catch {
      if (dirname(p) === p) return false;
    }
  }
}

function fail(err) {
  const message = String(err && err.message ? err.message : err).split('\n')[0];
  process.stderr.write(`saml-doctor: could not start: ${message}\n`);
  process.exitCode = 2;
}
