// One compile-cache directory for every CLI run of a test session (test/support/cli.ts and the
// rest spawn bin/saml-doctor.js, which inherits the environment): the tests never touch the
// user's own cache, and what an earlier session left cannot decide a hit or a miss.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'saml-doctor-test-cache-'));
  process.env.SAML_DOCTOR_COMPILE_CACHE = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
