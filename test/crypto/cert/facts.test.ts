import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDer, colonHex, normaliseFingerprint, parseCertificate, pemToDer } from '../../../src/crypto/cert/index.js';
import { decodeTime, readHeader } from '../../../src/crypto/cert/der.js';

const BASE = join(process.cwd(), 'fixtures', 'certs', 'base');
const der = (name: string) => pemToDer(readFileSync(join(BASE, `${name}.crt.pem`), 'utf8'));
const facts = (name: string) => {
  const r = parseCertificate(der(name));
  if (!r.ok) throw new Error(r.reason);
  return r.cert.facts;
};

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

describe('parseCertificate', () => {
  it('reads subject, issuer, serial, validity, key and signature algorithm', () => {
    const f = facts('idp');
    expect(f.subject).toBe('CN=Microsoft Azure Federated SSO Certificate');
    expect(f.issuer).toBe(f.subject);
    expect(f.serialNumber).toMatch(/^[0-9A-F]+$/);
    expect(f.notBefore).toBe('2025-01-01T00:00:00.000Z');
    expect(f.notAfter).toBe('2028-01-01T00:00:00.000Z');
    expect(f.key).toEqual({ type: 'RSA', bits: 2048 });
    expect(f.signatureAlgorithm).toEqual({ oid: '1.2.840.113549.1.1.11', name: 'sha256WithRSAEncryption', hash: 'SHA-256' });
    expect(f.selfSigned).toBe(true);
    expect(f.isCA).toBe(false);
  });

  it('a CA-issued leaf is not self-signed; the CA is a CA', () => {
    expect(facts('leaf').selfSigned).toBe(false);
    expect(facts('leaf').selfSignatureBroken).toBe(false);
    expect(facts('leaf').issuer).toBe('CN=Contoso Issuing CA');
    expect(facts('ca').isCA).toBe(true);
  });

  it('same key, different certificate: the public key hash says so', () => {
    expect(facts('leaf').publicKeySha256).toBe(facts('idp').publicKeySha256);
    expect(facts('idp-rotated').publicKeySha256).not.toBe(facts('idp').publicKeySha256);
  });

  it('returns a reason instead of throwing on damaged DER', () => {
    const d = der('idp');
    const r = parseCertificate(d.subarray(0, 300));
    expect(r.ok).toBe(false);
  });

  it('fingerprints come in both notations', () => {
    const f = facts('idp').fingerprints;
    expect(f.sha1.hex).toMatch(/^[0-9a-f]{40}$/);
    expect(f.sha256.colon).toBe(colonHex(f.sha256.hex));
    expect(normaliseFingerprint(f.sha256.colon)).toBe(f.sha256.hex);
  });

  // The one assertion that needs the openssl binary: skipped (not failed) where it is not installed.
  it.skipIf(!hasOpenssl)('fingerprints match `openssl x509 -fingerprint` (skipped when openssl is not installed)', () => {
    for (const name of ['idp', 'idp-ec', 'leaf', 'sha1-self-signed']) {
      const file = join(BASE, `${name}.crt.pem`);
      const f = facts(name).fingerprints;
      for (const [alg, fp] of [['-sha1', f.sha1], ['-sha256', f.sha256]] as const) {
        const out = execFileSync('openssl', ['x509', '-in', file, '-noout', '-fingerprint', alg], { encoding: 'utf8' });
        expect(out.trim().split('=')[1], `${name} ${alg}`).toBe(fp.colon);
      }
      const serial = execFileSync('openssl', ['x509', '-in', file, '-noout', '-serial'], { encoding: 'utf8' });
      expect(serial.trim()).toBe(`serial=${facts(name).serialNumber}`);
    }
  });
});

describe('DER structure', () => {
  it('classifies certificates and tells how many bytes a cut body lacks', () => {
    const d = der('idp');
    expect(classifyDer(d)).toEqual({ kind: 'certificate', end: d.length });
    expect(classifyDer(d.subarray(0, 500))).toEqual({ kind: 'unknown', missingBytes: d.length - 500 });
    expect(classifyDer(Buffer.from('hello')).noHeader).toBe(true);
  });

  it('reads long-form and indefinite lengths, and refuses over-long ones', () => {
    expect(readHeader(Buffer.from([0x30, 0x82, 0x01, 0x00]), 0)).toMatchObject({ valueStart: 4, end: 260 });
    expect(readHeader(Buffer.from([0x30, 0x80]), 0)?.indefinite).toBe(true);
    expect(readHeader(Buffer.from([0x30, 0x85, 1, 2, 3, 4, 5]), 0)).toBeUndefined();
  });

  it('decodes UTCTime (two-digit years per RFC 5280) and GeneralizedTime', () => {
    const utc = Buffer.concat([Buffer.from([0x17, 13]), Buffer.from('491231235959Z')]);
    expect(decodeTime(utc, readHeader(utc, 0))?.toISOString()).toBe('2049-12-31T23:59:59.000Z');
    const old = Buffer.concat([Buffer.from([0x17, 13]), Buffer.from('500101000000Z')]);
    expect(decodeTime(old, readHeader(old, 0))?.toISOString()).toBe('1950-01-01T00:00:00.000Z');
    const gen = Buffer.concat([Buffer.from([0x18, 15]), Buffer.from('20500101000000Z')]);
    expect(decodeTime(gen, readHeader(gen, 0))?.toISOString()).toBe('2050-01-01T00:00:00.000Z');
  });
});
