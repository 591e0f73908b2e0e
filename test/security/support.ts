/**
 * Shared helpers for the red-team suite: build a genuinely signed Response, edit it the way an
 * attacker would (text surgery or DOM surgery), run the real validateResponse against a config
 * that trusts only fixtures/keys/idp, and assert that the forgery is refused.
 */
import { expect } from 'vitest';
import type { Result } from '../../src/report/types.js';
import type { ValidateOptions } from '../../src/validate/pipeline.js';
import { validateResponse } from '../../src/validate/pipeline.js';
import { NOW } from '../support/constants.js';
import type { ResponseOptions, SignOptions } from '../support/saml-builder.js';
import { buildResponse, signResponse } from '../support/saml-builder.js';
import { makeConfig } from '../validate/helpers.js';

/** The identity every forgery tries to log in as. */
export const VICTIM = 'ada.lovelace@contoso.com';
/** A value the attacker wants read somewhere it was never signed. */
export const EVIL = 'mallory.admin@contoso.com';

type ConfigPatch = Parameters<typeof makeConfig>[0];

export interface Details {
  claimsVerified: boolean;
  nameId?: string;
  signed: { response: boolean; assertion: boolean; certificates: string[] };
  assertionCount: number;
}

export function details(r: Result): Details {
  return r.details as Details;
}

/** validateResponse at the fixed NOW with the canonical config (trusting only fixtures/keys/idp). */
export function validate(xml: string, config: ConfigPatch = {}, opts: Partial<ValidateOptions> = {}): Result {
  return validateResponse({ xml }, makeConfig(config), { now: NOW, ...opts });
}

/** A canonical Response with changes, signed as asked (assertion by default). */
export function signed(response: ResponseOptions = {}, sign: SignOptions['sign'] | SignOptions = 'assertion'): string {
  return signResponse(buildResponse(response), typeof sign === 'string' ? { sign } : sign);
}

export function errorCodes(r: Result): string[] {
  return r.findings.filter((f) => f.severity === 'error').map((f) => f.code);
}

export function allCodes(r: Result): string[] {
  return r.findings.map((f) => f.code);
}

/**
 * The forgery is refused: not ok, at least one error, and nothing presented as a verified success
 * mentions the forged value (neither a passed entry nor the verified NameID).
 */
export function expectRefused(r: Result, forged?: string | readonly string[]): void {
  expect(r.ok, `accepted; findings: ${allCodes(r).join(', ') || '(none)'}`).toBe(false);
  expect(errorCodes(r).length).toBeGreaterThan(0);
  const values = forged === undefined ? [] : typeof forged === 'string' ? [forged] : forged;
  for (const v of values) {
    for (const p of r.passed ?? []) expect(mentions(p.detail, v), `passed "${p.check}" claims ${v}: ${p.detail}`).toBe(false);
    const d = details(r);
    if (d?.claimsVerified) expect(d.nameId, 'forged NameID presented as verified').not.toBe(v);
  }
}

/** `value` appears as a whole token, not as part of a longer (genuinely signed) value such as x<value> or <value>.evil. */
export function mentions(text: string, value: string): boolean {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.@/-])${escaped}(?![\\w.@/-])`).test(text);
}

/** Sanity baseline: the untouched message passes, so a refusal is caused by the attack, not the fixture. */
export function expectAccepted(r: Result): void {
  expect(errorCodes(r), `unexpected errors: ${errorCodes(r).join(', ')}`).toEqual([]);
  expect(r.ok).toBe(true);
}

export { assertionOf, load, rootOf, serialize, signatureOf } from '../support/wrapping-variants.js';

/** Replaces exactly one occurrence of `from`; fails loudly when the fixture no longer contains it. */
export function replaceOnce(xml: string, from: string | RegExp, to: string): string {
  const count = typeof from === 'string' ? xml.split(from).length - 1 : (xml.match(new RegExp(from.source, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`expected exactly one ${String(from)} in the fixture, found ${count}`);
  return xml.replace(from, to);
}

/** Wall-clock milliseconds of one call (tests about hostile input must answer quickly). */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}
