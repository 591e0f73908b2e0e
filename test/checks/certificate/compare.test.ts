import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCertificateSides } from '../../../src/checks/certificate/index.js';
import { compareCertificates, parseCertificate, pemToDer, type CertFacts } from '../../../src/crypto/cert/index.js';

const facts = (name: string): CertFacts => {
  const r = parseCertificate(pemToDer(readFileSync(join(process.cwd(), 'fixtures', 'certs', 'base', `${name}.crt.pem`), 'utf8')));
  if (!r.ok) throw new Error(r.reason);
  return r.cert.facts;
};

describe('compareCertificates', () => {
  it('the same certificate: same, no differences', () => {
    expect(compareCertificates(facts('idp'), facts('idp'))).toEqual({ same: true, differences: [], sameKey: true });
  });

  it('last year’s certificate: same subject, different validity, the other is newer', () => {
    const c = compareCertificates(facts('idp-old'), facts('idp'));
    expect(c.same).toBe(false);
    expect(c.newer).toBe('b');
    expect(c.differences.map((d) => d.field)).toEqual(['serialNumber', 'notBefore', 'notAfter', 'publicKey']);
    expect(c.differences.find((d) => d.field === 'notAfter')).toEqual({ field: 'notAfter', a: '2025-06-30T00:00:00.000Z', b: '2028-01-01T00:00:00.000Z' });
  });
});

describe('compareCertificateSides', () => {
  const side = (label: string, ...names: string[]) => ({ label, certificates: names.map(facts) });

  it('both hold the same certificate: passes, no findings', () => {
    const r = compareCertificateSides(side('idp.pem', 'idp'), side('app', 'idp'));
    expect(r.findings).toEqual([]);
    expect(r.passed[0]!.detail).toContain('both hold Microsoft Azure Federated SSO Certificate');
  });

  it('the app still holds the old certificate: error naming the newer side', () => {
    const r = compareCertificateSides(side('metadata.xml', 'idp'), side('app.pem', 'idp-old'));
    expect(r.findings.map((f) => f.code)).toEqual(['cert-compare-different']);
    const f = r.findings[0]!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('metadata.xml holds the newer one');
    expect(f.hint).toContain('app.pem still holds the old one');
    expect(f.expected).toEqual([expect.stringContaining('(valid 2025-01-01 – 2028-01-01)')]);
    expect(f.actual).toEqual([expect.stringContaining('(valid 2022-06-30 – 2025-06-30)')]);
    expect(r.comparison?.newer).toBe('a');
  });

  it('rotation overlap: metadata has the next certificate the app lacks', () => {
    const r = compareCertificateSides(side('metadata.xml', 'idp', 'idp-rotated'), side('app.pem', 'idp'));
    expect(r.findings.map((f) => f.code)).toEqual(['cert-compare-partial']);
    expect(r.findings[0]!.message).toContain('app.pem lacks the newer');
    expect(r.passed).toHaveLength(1);
  });

  it('the same rotation compared the other way round names the side that lacks the newer certificate, and who acts', () => {
    const r = compareCertificateSides(side('app.pem', 'idp'), side('metadata.xml', 'idp', 'idp-rotated'));
    const f = r.findings[0]!;
    expect(f.code).toBe('cert-compare-partial');
    expect(f.message).toContain('app.pem lacks the newer');
    expect(f.hint).toMatch(/^SP admin: add the newer certificate from metadata\.xml/);
    expect(f.actual).toEqual([expect.stringMatching(/^only in metadata\.xml: .*, SHA-256 [0-9A-F:]+… \(valid \d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d\)$/)]);
  });

  it('a configured fingerprint (any notation) matches the certificate', () => {
    const fp = facts('idp').fingerprints.sha1.hex;
    const r = compareCertificateSides(side('idp.pem', 'idp'), { label: 'sso.json', certificates: [], fingerprints: [fp] });
    expect(r.findings).toEqual([]);
    const miss = compareCertificateSides(side('idp.pem', 'idp-old'), { label: 'sso.json', certificates: [], fingerprints: [fp] });
    expect(miss.findings.map((f) => f.code)).toEqual(['cert-compare-different']);
    expect(miss.findings[0]!.actual).toEqual([`fingerprint ${fp}`]);
  });
});
