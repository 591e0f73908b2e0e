import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/input/decode.js';
import type { InspectDetails } from '../../src/inspect/inspect.js';
import { inspectDecoded } from '../../src/inspect/inspect.js';
import type { ResponseSummary } from '../../src/inspect/summary.js';
import { demoConfig, demoHar, demoResponseXml } from '../fixtures/demo.js';
import { NOW, USER } from '../support/constants.js';

const read = (name: string) => readFileSync(`fixtures/demo/${name}`, 'utf8');

describe('demo fixtures', () => {
  it('are what test/fixtures/demo.ts builds (rebuild them if this fails)', () => {
    const b64 = Buffer.from(demoResponseXml(), 'utf8').toString('base64');
    expect(read('response.b64').trim()).toBe(b64);
    expect(JSON.parse(read('sso.json'))).toEqual(demoConfig());
    expect(JSON.parse(read('login.har'))).toEqual(demoHar(b64));
  });

  it('carry the failure the demo is about: a persistent NameID in a signed, otherwise sound response', () => {
    const [result] = inspectDecoded(decodeInput(Buffer.from(read('response.b64')), 'response.b64'), 'response.b64', { now: NOW, nowExplicit: true });
    expect(result!.findings).toEqual([]);
    const m = (result!.details as InspectDetails).message as ResponseSummary;
    const a = m.assertions[0]!;
    expect(a.nameId).toMatchObject({ value: USER.persistentId, formatName: 'persistent' });
    expect(a.signature?.names.signature).toBe('RSA-SHA256');
    expect(a.signature?.coversOwnElement).toBe(true);
    expect(result!.body!.join('\n')).toContain('valid now, expires in 1 h 9 min');
  });
});
