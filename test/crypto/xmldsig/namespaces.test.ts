/**
 * Canonicalisation must match what other IdPs produce, not only Entra's shape. Each document is
 * signed by xml-crypto and must verify with ours (and with xml-crypto, as an oracle).
 */
import { describe, expect, it } from 'vitest';
import { IDP_KEY } from '../../support/keys.js';
import { signElementById } from '../../support/saml-builder.js';
import { verify } from './helpers.js';
import { xmlCryptoAccepts } from './xml-crypto-oracle.js';

const SAMLP = 'urn:oasis:names:tc:SAML:2.0:protocol';
const SAML = 'urn:oasis:names:tc:SAML:2.0:assertion';

/** Okta/Shibboleth style: saml2 prefixes declared once on the root, typed attribute values. */
const prefixedOnRoot = (assertionAttrs = '') =>
  `<saml2p:Response xmlns:saml2p="${SAMLP}" xmlns:saml2="${SAML}" xmlns:xs="http://www.w3.org/2001/XMLSchema" ID="_r1" Version="2.0" IssueInstant="2026-11-20T09:15:00Z">` +
  `<saml2:Issuer>http://www.okta.com/exk1</saml2:Issuer><saml2p:Status><saml2p:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></saml2p:Status>` +
  `<saml2:Assertion ID="_a1" IssueInstant="2026-11-20T09:15:00Z" Version="2.0"${assertionAttrs}><saml2:Issuer>http://www.okta.com/exk1</saml2:Issuer>` +
  `<saml2:Subject><saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">ada@contoso.com</saml2:NameID></saml2:Subject>` +
  `<saml2:AttributeStatement><saml2:Attribute Name="email"><saml2:AttributeValue xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="xs:string">ada@contoso.com &amp; "co" &lt;x&gt;</saml2:AttributeValue></saml2:Attribute></saml2:AttributeStatement>` +
  `</saml2:Assertion></saml2p:Response>`;

describe('canonicalisation across IdP document shapes', () => {
  const cases: Array<[string, string, string, Parameters<typeof signElementById>[2]]> = [
    ['assertion prefixes declared only on the root, ds: prefix', prefixedOnRoot(), '_a1', { signaturePrefix: 'ds' }],
    ['same, with PrefixList="xs" (Okta)', prefixedOnRoot(), '_a1', { signaturePrefix: 'ds', inclusivePrefixes: ['xs'] }],
    ['the response signed with a ds: prefix', prefixedOnRoot(), '_r1', { signaturePrefix: 'ds' }],
    ['an assertion redeclaring an inherited prefix', prefixedOnRoot(` xmlns:saml2="${SAML}"`), '_a1', {}],
  ];
  it.each(cases)('%s', (_name, xml, id, opts) => {
    const signed = signElementById(xml, id, opts);
    expect(xmlCryptoAccepts(signed, IDP_KEY.cert)).toBe(true);
    const report = verify(signed);
    expect(report.findings).toEqual([]);
    expect(report.verified).toHaveLength(1);
    expect(report.signedAssertion?.getAttribute('ID')).toBe('_a1');
  });
});
