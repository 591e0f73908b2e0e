import { describe, expect, it } from 'vitest';
import { XMLSerializer } from '@xmldom/xmldom';
import { prepareTrustedCerts, verifyDocumentSignatures } from '../../../src/crypto/xmldsig/index.js';
import { IDS } from '../../support/constants.js';
import { ATTACKER_KEY, IDP_EC_KEY, IDP_KEY, IDP_ROTATED_KEY, certBase64 } from '../../support/keys.js';
import { buildResponse, signElementById, signResponse } from '../../support/saml-builder.js';
import type { SignOptions } from '../../support/saml-builder.js';
import { IDP_TRUSTED, codes, parse, verify } from './helpers.js';
import { xmlCryptoAccepts } from './xml-crypto-oracle.js';

const signed = (o: Partial<SignOptions> = {}) => signResponse(buildResponse(), { sign: 'assertion', ...o });
const trusted = (...pems: string[]) => prepareTrustedCerts(pems.map((pem, i) => ({ label: `cert${i}`, pem }))).certs;

describe('verifyDocumentSignatures: valid signatures', () => {
  it.each(['assertion', 'response', 'both'] as const)('a response signed on %s verifies clean', (sign) => {
    const xml = signResponse(buildResponse(), { sign });
    const report = verify(xml);
    expect(report.findings).toEqual([]);
    expect(report.verified.map((v) => v.kind).sort()).toEqual(
      sign === 'both' ? ['assertion', 'response'] : [sign],
    );
    expect(report.signedAssertion?.getAttribute('ID')).toBe(IDS.assertion);
    expect(report.signedResponse?.getAttribute('ID')).toBe(sign === 'assertion' ? undefined : IDS.response);
    expect(report.verified[0]!.certificate.label).toBe('idp');
    expect(report.verified[0]!.keyInfoCert?.sha256).toBe(IDP_TRUSTED[0]!.sha256);
    expect(report.verified[0]!.signatureAlgorithm).toBe('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
    // The independent oracle agrees.
    expect(xmlCryptoAccepts(xml, IDP_KEY.cert)).toBe(true);
  });

  it.each(['sha384', 'sha512'] as const)('RSA-%s verifies', (algorithm) => {
    const report = verify(signed({ algorithm }));
    expect(report.findings).toEqual([]);
    expect(report.verified[0]!.signatureAlgorithm).toContain(algorithm);
  });

  it('ECDSA P-256 (raw r||s signature value) verifies with an EC certificate', () => {
    const xml = signed({ key: IDP_EC_KEY.key, cert: IDP_EC_KEY.cert });
    const report = verify(xml, { trusted: trusted(IDP_EC_KEY.cert) });
    expect(report.findings).toEqual([]);
    expect(report.verified[0]!.signatureAlgorithm).toBe('http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256');
    expect(xmlCryptoAccepts(xml, IDP_EC_KEY.cert)).toBe(true);
  });

  it('verifies without KeyInfo: the configured certificate is all that counts', () => {
    const report = verify(signed({ includeKeyInfo: false }));
    expect(report.findings).toEqual([]);
    expect(report.verified[0]!.keyInfoCert).toBeUndefined();
  });

  it('any one of several configured certificates may verify (rotation overlap)', () => {
    const xml = signed({ key: IDP_ROTATED_KEY.key, cert: IDP_ROTATED_KEY.cert });
    const report = verify(xml, { trusted: trusted(IDP_KEY.cert, IDP_ROTATED_KEY.cert) });
    expect(report.findings).toEqual([]);
    expect(report.verified[0]!.certificate.label).toBe('cert1');
  });

  it('Okta-style InclusiveNamespaces PrefixList renders ancestor declarations, and leaves the DOM as it was', () => {
    const xml = signResponse(
      buildResponse()
        .replace('<samlp:Response ', '<samlp:Response xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ')
        .replaceAll('<AttributeValue>', '<AttributeValue xsi:type="xs:string">'),
      { sign: 'assertion', inclusivePrefixes: ['xs'] },
    );
    expect(xml).toContain('PrefixList="xs"');
    const doc = parse(xml);
    const before = new XMLSerializer().serializeToString(doc);
    const report = verifyDocumentSignatures(doc, { trusted: IDP_TRUSTED, allowSha1: false });
    expect(report.findings).toEqual([]);
    expect(report.verified).toHaveLength(1);
    expect(new XMLSerializer().serializeToString(doc)).toBe(before);
    expect(xmlCryptoAccepts(xml, IDP_KEY.cert)).toBe(true);
  });

  it('an unsigned response has no findings here and nothing signed (the requirement check reports it)', () => {
    const report = verify(signResponse(buildResponse(), { sign: 'none' }));
    expect(report).toMatchObject({ verified: [], findings: [], signedElements: [] });
    expect(report.signedAssertion).toBeUndefined();
  });
});

describe('verifyDocumentSignatures: failures', () => {
  it('content changed after signing -> digest-mismatch (and xml-crypto agrees it is invalid)', () => {
    const xml = signed().replace('ada.lovelace@contoso.com</NameID>', 'grace.hopper@contoso.com</NameID>');
    const report = verify(xml);
    expect(codes(report)).toEqual(['digest-mismatch']);
    expect(report.findings[0]!.expected).not.toEqual(report.findings[0]!.actual);
    expect(report.signedAssertion).toBeUndefined();
    expect(xmlCryptoAccepts(xml, IDP_KEY.cert)).toBe(false);
  });

  it("the attacker's key -> certificate-mismatch with both fingerprints", () => {
    const report = verify(signed({ key: ATTACKER_KEY.key, cert: ATTACKER_KEY.cert }));
    expect(codes(report)).toEqual(['certificate-mismatch']);
    const f = report.findings[0]!;
    const attacker = trusted(ATTACKER_KEY.cert)[0]!;
    expect(f.actual).toMatchObject({ sha256: attacker.sha256, subject: 'CN=Microsoft Azure Federated SSO Certificate' });
    expect(f.expected).toEqual([expect.objectContaining({ label: 'idp', sha256: IDP_TRUSTED[0]!.sha256, notAfter: '2028-01-01T00:00:00.000Z' })]);
    expect(report.verified).toEqual([]);
    expect(report.signedAssertion).toBeUndefined();
  });

  it('a rotated IdP certificate -> certificate-mismatch whose hint points at the IdP certificate page', () => {
    const report = verify(signed({ key: IDP_ROTATED_KEY.key, cert: IDP_ROTATED_KEY.cert }));
    expect(codes(report)).toEqual(['certificate-mismatch']);
    expect(report.findings[0]!.hint).toMatch(/newer \(maybe rotated\) certificate/);
    expect(report.findings[0]!.hint).toMatch(/SAML Certificates/);
  });

  it('the configured certificate in KeyInfo but a wrong value -> signature-invalid', () => {
    const xml = signed({ key: ATTACKER_KEY.key, cert: IDP_KEY.cert });
    expect(codes(verify(xml))).toEqual(['signature-invalid']);
  });

  it('no KeyInfo and no configured certificate verifies -> signature-invalid saying there is nothing to compare', () => {
    const report = verify(signed({ key: ATTACKER_KEY.key, includeKeyInfo: false }));
    expect(codes(report)).toEqual(['signature-invalid']);
    expect(report.findings[0]!.message).toMatch(/no certificate to compare/);
  });

  it('SHA-1 -> weak-algorithm: an error, or a warning when allowed (and the signature still verifies)', () => {
    const xml = signed({ algorithm: 'sha1' });
    const strict = verify(xml);
    expect(codes(strict)).toEqual(['weak-algorithm']);
    expect(strict.findings[0]!.severity).toBe('error');
    expect(strict.findings[0]!.actual).toEqual([
      'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
      'http://www.w3.org/2000/09/xmldsig#sha1',
    ]);
    const lenient = verify(xml, { allowSha1: true });
    expect(lenient.findings.map((f) => [f.code, f.severity])).toEqual([['weak-algorithm', 'warning']]);
    expect(lenient.signedAssertion).toBeDefined();
  });

  it('a SHA-1 digest under a SHA-256 signature is weak too', () => {
    expect(codes(verify(signed({ digest: 'sha1' })))).toEqual(['weak-algorithm']);
  });

  it('unknown signature, digest or canonicalisation algorithms -> unsupported-algorithm, before any crypto', () => {
    const xml = signed();
    const variants = [
      xml.replace('xmldsig-more#rsa-sha256', 'xmldsig-more#rsa-md5'),
      xml.replace('<DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"', '<DigestMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#md5"'),
      xml.replace('<CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"', '<CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"'),
    ];
    for (const v of variants) {
      expect(v).not.toBe(xml);
      expect(codes(verify(v))).toEqual(['unsupported-algorithm']);
    }
  });

  it('exclusive c14n WithComments -> c14n-with-comments warning; still verifies, as xml-crypto agrees', () => {
    const xml = signed({ withComments: true });
    const report = verify(xml);
    expect(codes(report)).toEqual(['c14n-with-comments', 'c14n-with-comments']);
    expect(report.findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(report.verified).toHaveLength(1);
    expect(xmlCryptoAccepts(xml, IDP_KEY.cert)).toBe(true);
  });

  it('no configured certificate at all -> signature-not-verified naming the KeyInfo certificate', () => {
    const report = verify(signed(), { trusted: [] });
    expect(codes(report)).toEqual(['signature-not-verified']);
    expect(report.findings[0]!.actual).toMatchObject({ keyInfoCertificate: { sha256: IDP_TRUSTED[0]!.sha256 } });
    expect(report.signedAssertion).toBeUndefined();
  });

  it('a pinned fingerprint admits the matching KeyInfo certificate only', () => {
    const pin = IDP_TRUSTED[0]!.sha256.toLowerCase().replaceAll(':', '');
    const ok = verify(signed(), { trusted: [], fingerprints: [pin] });
    expect(ok.findings).toEqual([]);
    expect(ok.signedAssertion).toBeDefined();
    const sha1Pin = IDP_TRUSTED[0]!.x509.fingerprint;
    expect(verify(signed(), { trusted: [], fingerprints: [sha1Pin] }).findings).toEqual([]);
    const attacker = verify(signed({ key: ATTACKER_KEY.key, cert: ATTACKER_KEY.cert }), { trusted: [], fingerprints: [pin] });
    expect(codes(attacker)).toEqual(['certificate-mismatch']);
  });

  it('an unreadable configured certificate -> configured-certificate-unusable; readable ones still load', () => {
    const { certs, findings } = prepareTrustedCerts([
      { label: 'broken', pem: '-----BEGIN CERTIFICATE-----\nMIIC8DCCAdigAwIBAgIQ\n-----END CERTIFICATE-----' },
      { label: 'bare base64', pem: certBase64(IDP_KEY.cert) },
    ]);
    expect(findings.map((f) => [f.code, f.location])).toEqual([['configured-certificate-unusable', 'broken']]);
    expect(certs.map((c) => c.label)).toEqual(['bare base64']);
  });
});

describe('verifyDocumentSignatures: structure is checked before crypto', () => {
  const xml = signed();
  const reference = /<Reference URI="#[^"]+">[\s\S]*?<\/Reference>/.exec(xml)![0];

  it('a second Reference -> signature-malformed', () => {
    expect(codes(verify(xml.replace(reference, reference + reference)))).toEqual(['signature-malformed']);
  });

  it('1,000 References are refused quickly, without touching them', () => {
    // Parsing 380 KB is xmldom's cost; what is measured here is that verification does not multiply it.
    const doc = parse(xml.replace(reference, reference.repeat(1000)));
    const start = performance.now();
    const report = verifyDocumentSignatures(doc, { trusted: IDP_TRUSTED, allowSha1: false });
    expect(performance.now() - start).toBeLessThan(500);
    expect(codes(report)).toEqual(['signature-malformed']);
  });

  it('an empty Reference URI (whole document) -> signature-malformed', () => {
    expect(codes(verify(xml.replace(/<Reference URI="#[^"]+">/, '<Reference URI="">')))).toEqual(['signature-malformed']);
  });

  it('a third, foreign transform (XPath/XSLT) is never run -> signature-malformed', () => {
    const v = xml.replace('</Transforms>', '<Transform Algorithm="http://www.w3.org/TR/1999/REC-xslt-19991116"/></Transforms>');
    expect(codes(verify(v))).toEqual(['signature-malformed']);
  });

  it('a missing SignedInfo -> signature-malformed', () => {
    expect(codes(verify(xml.replace(/<SignedInfo>[\s\S]*<\/SignedInfo>/, '')))).toEqual(['signature-malformed']);
  });

  it('a signed root element of another kind (metadata) verifies as "other"; nested elsewhere it is refused', () => {
    const md = signElementById(
      '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" ID="_md1" entityID="https://sts.windows.net/x/"><md:IDPSSODescriptor/></md:EntityDescriptor>',
      '_md1',
      {},
    );
    const report = verify(md);
    expect(report.findings).toEqual([]);
    expect(report.verified.map((v) => v.kind)).toEqual(['other']);
    expect(report.signedAssertion).toBeUndefined();

    const nested = buildResponse({ extra: { afterStatus: '<samlp:Extensions>' + md + '</samlp:Extensions>' } });
    const refused = verify(nested);
    expect(codes(refused)).toEqual(['signature-wrapping']);
    expect(refused.findings[0]!.message).toMatch(/unexpected place/);
  });
});
