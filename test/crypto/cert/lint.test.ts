import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalPem, lintCertificateText, pemToDer } from '../../../src/crypto/cert/index.js';
import { getRule } from '../../../src/checks/registry.js';
import { NOW } from '../../support/constants.js';

const CERTS = join(process.cwd(), 'fixtures', 'certs');
const read = (rel: string) => readFileSync(join(CERTS, rel));
const baseDer = (name: string) => pemToDer(read(`base/${name}.crt.pem`).toString('utf8'));
const lint = (rel: string) => lintCertificateText(read(rel), { now: NOW });
const UPLOAD_FAILS = 'INVALID_IDP_RESPONSE: Error when parsing certificate';

/**
 * Each malformed shape: the codes it must raise, and what --fix must give back — the canonical PEM of
 * these base certificates, byte for byte — or null when it cannot be repaired.
 */
const CASES: [file: string, codes: string[], repairedFrom: string[] | null][] = [
  ['malformed/entra-base64.cer', ['cert-crlf'], ['idp']],
  ['malformed/entra-raw.cer', ['cert-der'], ['idp']],
  ['malformed/mixed-line-endings.pem', ['cert-crlf'], ['idp']],
  ['malformed/cr-in-line.pem', ['cert-control-chars'], ['idp']],
  ['malformed/vertical-tab.pem', ['cert-control-chars'], ['idp']],
  ['malformed/escaped-newlines.txt', ['cert-escaped-newlines'], ['idp']],
  ['malformed/em-dash-armor.pem', ['cert-non-ascii', 'cert-armor-misspelt'], ['idp']],
  ['malformed/en-dash-armor.pem', ['cert-non-ascii'], ['idp']],
  ['malformed/nbsp-and-zero-width.pem', ['cert-non-ascii', 'cert-whitespace-in-body'], ['idp']],
  ['malformed/word-processor.txt', ['cert-text-around'], ['idp']],
  ['malformed/smart-quotes.txt', ['cert-text-around'], ['idp']],
  ['malformed/lookalike-letter.pem', ['cert-non-ascii'], ['idp']],
  ['malformed/ellipsis.txt', ['cert-non-ascii', 'cert-truncated'], null],
  ['malformed/four-dashes.pem', ['cert-armor-misspelt'], ['idp']],
  ['malformed/lower-case-armor.pem', ['cert-armor-misspelt'], ['idp']],
  ['malformed/begin-cert.pem', ['cert-armor-misspelt'], ['idp']],
  ['malformed/no-end.pem', ['cert-missing-armor'], ['idp']],
  ['malformed/no-begin.pem', ['cert-missing-armor'], ['idp']],
  ['malformed/bare-body.txt', ['cert-missing-armor'], ['idp']],
  ['malformed/text-around.txt', ['cert-text-around'], ['idp']],
  ['malformed/one-line.pem', ['cert-line-width'], ['idp']],
  ['malformed/all-on-one-line.txt', ['cert-line-width'], ['idp']],
  ['malformed/wrapped-76.pem', ['cert-line-width'], ['idp']],
  ['malformed/indented.yaml.txt', ['cert-whitespace-in-body'], ['idp']],
  ['malformed/trailing-spaces.pem', ['cert-whitespace-in-body'], ['idp']],
  ['malformed/blank-line.pem', ['cert-whitespace-in-body'], ['idp']],
  ['malformed/tab-inside.pem', ['cert-whitespace-in-body'], ['idp']],
  ['malformed/invalid-char.pem', ['cert-invalid-base64-char'], ['idp']],
  ['malformed/invalid-char-ca-issued.pem', ['cert-invalid-base64-char'], null],
  ['malformed/base64url.pem', ['cert-invalid-base64-char'], ['padded']],
  ['malformed/missing-padding.pem', ['cert-bad-padding'], ['padded']],
  ['malformed/extra-padding.pem', ['cert-bad-padding'], ['idp']],
  ['malformed/padding-in-middle.pem', ['cert-bad-padding', 'cert-trailing-data'], ['padded']],
  ['malformed/truncated.pem', ['cert-truncated'], null],
  ['malformed/truncated.der', ['cert-truncated'], null],
  ['malformed/trailing-bytes.pem', ['cert-trailing-data'], ['idp']],
  ['malformed/altered.pem', ['cert-altered'], null],
  ['malformed/utf16le.pem', ['cert-encoding'], ['idp']],
  ['malformed/utf8-bom.pem', ['cert-encoding'], ['idp']],
  ['malformed/unparseable.pem', ['cert-unparseable'], null],
  ['malformed/empty.pem', ['cert-unparseable'], null],
  ['malformed/two-certificates.pem', ['cert-multiple'], ['idp', 'idp-rotated']],
  ['malformed/same-twice.pem', ['cert-multiple'], ['idp']],
  ['malformed/chain.pem', ['cert-chain'], ['leaf']],
  ['malformed/glued-in-one-block.pem', ['cert-multiple', 'cert-expired'], ['idp', 'idp-old']],
  ['malformed/glued-with-padding.pem', ['cert-multiple'], ['padded', 'idp']],
  ['malformed/private-key.pem', ['cert-private-key'], null],
  ['malformed/rsa-private-key.pem', ['cert-private-key'], null],
  ['malformed/ec-private-key.pem', ['cert-private-key'], null],
  ['malformed/key-and-certificate.pem', ['cert-private-key', 'cert-weak-key'], ['weak-1024']],
  ['malformed/public-key.pem', ['cert-public-key'], null],
  ['malformed/csr.pem', ['cert-csr'], null],
  ['malformed/bundle.p7b', ['cert-pkcs7', 'cert-chain'], ['leaf']],
  ['malformed/bundle-p7b.pem', ['cert-pkcs7', 'cert-chain'], ['leaf']],
  ['malformed/keystore.pfx', ['cert-pkcs12'], null],
  ['base/expiring-5d.crt.pem', ['cert-expiring'], ['expiring-5d']],
  ['base/idp-old.crt.pem', ['cert-expired'], ['idp-old']],
  ['base/not-yet-valid.crt.pem', ['cert-not-yet-valid'], ['not-yet-valid']],
  ['base/weak-1024.crt.pem', ['cert-weak-key'], ['weak-1024']],
  ['base/sha1-self-signed.crt.pem', ['cert-sha1-signature'], ['sha1-self-signed']],
  ['base/leaf-sha1.crt.pem', ['cert-sha1-signature'], ['leaf-sha1']],
  ['documents/metadata-rotation.xml', ['cert-multiple'], ['idp', 'idp-rotated']],
  ['documents/metadata-no-cert.xml', ['cert-not-found'], null],
  ['documents/response-keyinfo.xml', ['cert-from-message'], ['idp']],
];

describe('lintCertificateText: one diagnosis per malformed shape', () => {
  it.each(CASES)('%s → %j', (file, codes, repairedFrom) => {
    const r = lint(file);
    const found = r.findings.map((f) => f.code);
    for (const code of codes) expect(found).toContain(code);
    for (const f of r.findings) expect(getRule(f.code), `${f.code} is registered`).toBeDefined();
    if (repairedFrom === null) {
      expect(r.repairedPem).toBeUndefined();
      expect(r.notRepairable).toBeTruthy();
    } else {
      expect(r.notRepairable).toBeUndefined();
      expect(r.repairedPem).toBe(repairedFrom.map((n) => canonicalPem(baseDer(n))).join(''));
    }
  });

  it('repaired PEM is canonical, parses, and holds byte-identical DER', () => {
    for (const [file, , repairedFrom] of CASES) {
      if (!repairedFrom) continue;
      const pem = lint(file).repairedPem!;
      const blocks = pem.match(/-----BEGIN CERTIFICATE-----\n[\s\S]*?\n-----END CERTIFICATE-----\n/g)!;
      expect(blocks.join('')).toBe(pem);
      blocks.forEach((block, i) => {
        const lines = block.trimEnd().split('\n');
        expect(lines.slice(1, -2).every((l) => l.length === 64), file).toBe(true);
        expect(lines[lines.length - 2]!.length).toBeLessThanOrEqual(64);
        expect(block).not.toContain('\r');
        const der = pemToDer(block);
        expect(der.equals(baseDer(repairedFrom[i]!)), file).toBe(true);
        expect(() => new X509Certificate(block)).not.toThrow();
      });
    }
  });

  it('a clean certificate passes: no findings, the format and content checks listed', () => {
    const r = lint('base/idp.crt.pem');
    expect(r.findings).toEqual([]);
    expect(r.kind).toBe('pem');
    expect(r.passed.map((p) => p.check)).toEqual(['format', 'integrity', 'validity', 'key', 'certificate signature']);
    expect(r.repairedPem).toBe(read('base/idp.crt.pem').toString('utf8'));
  });

  it('EC certificates work: key, curve and signature algorithm', () => {
    const r = lint('base/idp-ec.crt.pem');
    expect(r.findings).toEqual([]);
    expect(r.certificates[0]!.facts.key).toEqual({ type: 'EC', bits: 256, curve: 'P-256' });
    expect(r.certificates[0]!.facts.signatureAlgorithm.name).toBe('ecdsa-with-SHA256');
    expect(r.certificates[0]!.facts.selfSigned).toBe(true);
  });
});

describe('messages and severities', () => {
  it("names a known file type instead of quoting its bytes ('cert-unparseable')", () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(200, 7)]);
    const f = lintCertificateText(jpeg, { now: NOW }).findings.find((x) => x.code === 'cert-unparseable')!;
    expect(f.message).toBe('the file is a JPEG image, not a certificate');
  });

  const one = (file: string, code: string) => lint(file).findings.find((f) => f.code === code)!;

  it('upload-breaking shapes carry the ElevenLabs error text', () => {
    for (const [file, code] of [
      ['malformed/four-dashes.pem', 'cert-armor-misspelt'],
      ['malformed/truncated.pem', 'cert-truncated'],
      ['malformed/csr.pem', 'cert-csr'],
      ['malformed/em-dash-armor.pem', 'cert-non-ascii'],
      ['malformed/no-end.pem', 'cert-missing-armor'],
    ] as const) {
      expect(one(file, code).mirrors).toBe(UPLOAD_FAILS);
    }
  });

  it('Entra CRLF download is only informational; mixed endings are a warning', () => {
    expect(one('malformed/entra-base64.cer', 'cert-crlf').severity).toBe('info');
    expect(one('malformed/mixed-line-endings.pem', 'cert-crlf').severity).toBe('warning');
  });

  it('misspelt armour shows what was written, with the long dashes, and what is expected', () => {
    const f = one('malformed/em-dash-armor.pem', 'cert-armor-misspelt');
    expect(f.expected).toEqual(['-----BEGIN CERTIFICATE-----', '-----END CERTIFICATE-----']);
    expect(f.actual).toEqual(['—BEGIN CERTIFICATE—', '—END CERTIFICATE—']);
    expect(one('malformed/begin-cert.pem', 'cert-armor-misspelt').message).toContain('label "CERT" instead of "CERTIFICATE"');
    expect(one('malformed/four-dashes.pem', 'cert-armor-misspelt').message).toContain('4 dashes before and 4 after');
  });

  it('a bare body is a warning (some apps accept it); a lost END line is an error', () => {
    expect(one('malformed/bare-body.txt', 'cert-missing-armor').severity).toBe('warning');
    const f = one('malformed/no-end.pem', 'cert-missing-armor');
    expect(f.severity).toBe('error');
    expect(f.message).toContain('END line is missing');
  });

  it('truncation says how much is missing, from the DER length header', () => {
    const f = one('malformed/truncated.pem', 'cert-truncated');
    const total = baseDer('idp').length;
    expect(f.expected).toBe(`${total} bytes`);
    expect(f.actual).toBe(`${9 * 48} bytes`);
    expect(f.message).toContain(`about ${total - 9 * 48} bytes`);
    expect(f.message).toMatch(/≈ \d+ base64 characters/);
    expect(one('malformed/truncated.der', 'cert-truncated').message).toContain(`holds 400 of the ${total} bytes`);
  });

  it('non-ASCII characters are named with their positions; an ellipsis says the text was shortened', () => {
    const f = one('malformed/nbsp-and-zero-width.pem', 'cert-non-ascii');
    expect(f.message).toContain('no-break space');
    expect(f.message).toContain('zero-width space');
    expect(String(f.actual)).toMatch(/U\+00A0\) at line 4, column 65/);
    expect(one('malformed/ellipsis.txt', 'cert-non-ascii').hint).toContain('"…"');
  });

  it('look-alike letters and stray characters are repaired only when the self-signature proves it', () => {
    expect(lint('malformed/lookalike-letter.pem').certificates[0]!.facts.selfSigned).toBe(true);
    const ca = lint('malformed/invalid-char-ca-issued.pem');
    expect(ca.notRepairable).toContain('cannot be proven');
  });

  it('a private key: error, says not to share it and to rotate, and shows no key material', () => {
    const r = lint('malformed/private-key.pem');
    const f = r.findings.find((x) => x.code === 'cert-private-key')!;
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/do not paste or send it/);
    expect(f.message).toMatch(/compromised/);
    expect(f.hint).toMatch(/rotate/);
    const body = read('malformed/private-key.pem').toString('utf8').split('\n')[3]!;
    expect(JSON.stringify(r)).not.toContain(body.slice(0, 20));
  });

  it('a chain names the signing (leaf) certificate', () => {
    const r = lint('malformed/chain.pem');
    expect(r.findings.find((f) => f.code === 'cert-chain')!.message).toContain('the signing (leaf) certificate is sso.contoso.com');
    expect(r.certificates.map((c) => c.role)).toEqual(['leaf', 'ca']);
  });

  it('metadata with two signing certificates is a rotation: info, with both listed', () => {
    const r = lint('documents/metadata-rotation.xml');
    expect(r.kind).toBe('metadata');
    const f = r.findings.find((x) => x.code === 'cert-multiple')!;
    expect(f.severity).toBe('info');
    expect(r.certificates.map((c) => c.location)).toEqual([
      'EntityDescriptor/IDPSSODescriptor/KeyDescriptor[@use="signing"][1]/KeyInfo/X509Data/X509Certificate',
      'EntityDescriptor/IDPSSODescriptor/KeyDescriptor[@use="signing"][2]/KeyInfo/X509Data/X509Certificate',
    ]);
    expect(r.certificates[0]!.uses).toEqual(['signing']);
  });

  it('a base64-encoded Response (as posted) is read like the XML', () => {
    const xml = read('documents/response-keyinfo.xml');
    const r = lintCertificateText(xml.toString('base64'), { now: NOW });
    expect(r.kind).toBe('message');
    expect(r.findings.map((f) => f.code)).toContain('cert-from-message');
    expect(r.certificates[0]!.facts.fingerprints.sha256.hex).toBe(lint('base/idp.crt.pem').certificates[0]!.facts.fingerprints.sha256.hex);
  });

  it('a HAR capture: the certificate of the Response in it, located by entry; the AuthnRequest without one is no error', () => {
    const r = lintCertificateText(readFileSync(join(process.cwd(), 'fixtures', 'demo', 'login.har')), { now: NOW });
    expect(r.kind).toBe('message');
    expect(r.findings.map((f) => f.code)).toEqual(['cert-from-message']);
    expect(r.certificates[0]!.location).toMatch(/^entry \d+: Response\//);
  });

  it('expiry follows Entra’s 60/30/7-day notices: info, warning, error', () => {
    const sev = (name: string) => one(`base/${name}.crt.pem`, 'cert-expiring').severity;
    expect(sev('expiring-45d')).toBe('info');
    expect(sev('expiring-20d')).toBe('warning');
    expect(sev('expiring-5d')).toBe('error');
    expect(one('base/expiring-5d.crt.pem', 'cert-expiring').actual).toBe('5 days left');
  });

  it('SHA-1 on a self-signed certificate is info, on a CA-issued one a warning', () => {
    expect(one('base/sha1-self-signed.crt.pem', 'cert-sha1-signature').severity).toBe('info');
    expect(one('base/leaf-sha1.crt.pem', 'cert-sha1-signature').severity).toBe('warning');
  });

  it('expired and weak keys compare expected with actual', () => {
    const exp = one('base/idp-old.crt.pem', 'cert-expired');
    expect(exp.actual).toBe('valid 2022-06-30T00:00:00.000Z – 2025-06-30T00:00:00.000Z');
    expect(exp.message).toContain('expired 16 months ago');
    const weak = one('base/weak-1024.crt.pem', 'cert-weak-key');
    expect(weak.actual).toBe('RSA 1024 bits');
  });

  it('never throws on hostile or odd input', () => {
    for (const input of [
      new Uint8Array([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]),
      new Uint8Array([0x30, 0x80, 0x30, 0x80]),
      '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----',
      '-----END CERTIFICATE-----',
      'BEGIN '.repeat(10_000),
      '<x/>',
      '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>',
      'A'.repeat(200_000),
    ]) {
      const r = lintCertificateText(input, { now: NOW });
      expect(r.findings.length).toBeGreaterThan(0);
    }
  });
});
