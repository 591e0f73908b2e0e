/**
 * The worker-thread runner behind `validate DIR/`: the built module (dist/, run `npm run build` first),
 * since worker threads load JavaScript, not TypeScript.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SsoConfig } from '../../src/config/types.js';
import type { Result } from '../../src/report/types.js';
import { IDP, NOW, SP, USER } from '../support/constants.js';
import { IDP_KEY } from '../support/keys.js';
import { buildResponse, signResponse } from '../support/saml-builder.js';
import { runCli } from '../support/cli.js';

interface BatchModule {
  validateFiles(files: Array<string | undefined>, settings: object, opts?: { workers?: number }): Promise<Result[]>;
  workerCount(count: number, requested: number | undefined): number;
}

const DIST = join(process.cwd(), 'dist', 'cli', 'validate-batch.js');
const FILES = 40;
/** These indexes get a Response for another SP (audience-mismatch). */
const BAD = new Set([3, 17, 38]);

const config: SsoConfig = {
  profile: 'generic',
  sp: { entityId: SP.entityId, acsUrl: SP.acsUrl, additionalAcsUrls: [] },
  idp: { entityId: IDP.entityId, ssoUrl: IDP.ssoUrl, certificates: [{ label: 'idp.pem', pem: IDP_KEY.cert }], fingerprints: [] },
  emailDomains: [USER.domain],
  nameId: { mustBeEmail: false },
  attributes: {},
  expectedGroups: [],
  security: { signed: 'either', allowSha1: false, clockSkewSeconds: 180, allowIdpInitiated: false },
};
const settings = { config, clock: NOW };

let batch: BatchModule;
let dir: string;
let files: string[];
beforeAll(async () => {
  batch = (await import(pathToFileURL(DIST).href)) as BatchModule;
  dir = mkdtempSync(join(tmpdir(), 'saml-doctor-batch-'));
  mkdirSync(join(dir, 'responses'));
  writeFileSync(
    join(dir, 'sso.json'),
    JSON.stringify({ sp: { entityId: SP.entityId, acsUrl: SP.acsUrl }, idp: { entityId: IDP.entityId, certificates: [IDP_KEY.cert] } }),
  );
  const good = Buffer.from(signResponse(buildResponse(), { sign: 'assertion' })).toString('base64');
  const bad = signResponse(buildResponse({ assertion: { audiences: ['https://other.example.com'] } }), { sign: 'assertion' });
  files = Array.from({ length: FILES }, (_, i) => {
    const path = join(dir, 'responses', `r${String(i).padStart(2, '0')}.${BAD.has(i) ? 'xml' : 'b64'}`);
    writeFileSync(path, BAD.has(i) ? bad : good);
    return path;
  });
});

const summary = (results: Result[]) => results.map((r) => [r.input, r.ok, r.findings.map((f) => f.code).filter((c) => c === 'audience-mismatch')]);

describe('validateFiles', () => {
  it('two workers give the same results, in input order, as the main thread alone', async () => {
    const alone = await batch.validateFiles(files, settings, { workers: 1 });
    const two = await batch.validateFiles(files, settings, { workers: 2 });
    expect(alone.map((r) => r.input)).toEqual(files);
    expect(summary(two)).toEqual(summary(alone));
    expect(alone.filter((r) => !r.ok).map((r) => r.input)).toEqual([...BAD].map((i) => files[i]));
    expect(alone[BAD.values().next().value!]!.findings.map((f) => f.code)).toContain('audience-mismatch');
    // The full result crosses the thread boundary: what passed and the JSON details too.
    expect(two[0]!.passed?.map((p) => p.check)).toContain('signature');
    expect(two[0]).toEqual(alone[0]);
  });

  it('an unreadable file stops the run with a usage error naming the first one in input order', async () => {
    const list = [...files.slice(0, 10), join(dir, 'missing-a.b64'), ...files.slice(10, 30), join(dir, 'missing-b.b64')];
    await expect(batch.validateFiles(list, settings, { workers: 2 })).rejects.toMatchObject({
      name: 'UsageError',
      message: expect.stringContaining('missing-a.b64'),
    });
    await expect(batch.validateFiles(list, settings, { workers: 1 })).rejects.toThrow(/missing-a\.b64: no such file/);
  });

  it('starts workers only when there are enough files to pay for them', () => {
    expect(batch.workerCount(5, undefined)).toBe(1);
    expect(batch.workerCount(10_000, undefined)).toBeGreaterThanOrEqual(1);
    expect(batch.workerCount(3, 8)).toBe(3);
    expect(batch.workerCount(100, 2)).toBe(2);
  });
});

describe('saml-doctor validate DIR --workers', () => {
  const cli = (args: string[]) => runCli(['validate', ...args, '--no-color']);

  it('two workers: one line per failing file, sorted by path, and the summary', () => {
    const r = cli([join(dir, 'responses'), '--config', join(dir, 'sso.json'), '--now', NOW.toISOString(), '--workers', '2']);
    expect(r.code).toBe(1);
    const failing = r.stdout.split('\n').filter((l) => l.startsWith('✖'));
    expect(failing).toEqual([...BAD].map((i) => expect.stringContaining(`${files[i]}  audience-mismatch`)));
    expect(r.stdout).toContain(`${FILES} inputs: ${BAD.size} failed, ${FILES - BAD.size} passed`);
  });

  it('--workers must be a whole number of at least 1: exit 2', () => {
    const r = cli([join(dir, 'responses'), '--config', join(dir, 'sso.json'), '--workers', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--workers: expected a whole number of threads');
  });
});
