/** Shared helpers for the signature tests: parse through the product parser, verify with the fixture certificates. */
import { expect } from 'vitest';
import type { Document } from '@xmldom/xmldom';
import { parseXml } from '../../../src/xml/parse.js';
import { prepareTrustedCerts, verifyDocumentSignatures } from '../../../src/crypto/xmldsig/index.js';
import type { SignatureReport, VerifyOptions } from '../../../src/crypto/xmldsig/index.js';
import { IDP_KEY } from '../../support/keys.js';

export function parse(xml: string): Document {
  const { doc, findings } = parseXml(xml);
  expect(findings).toEqual([]);
  return doc!;
}

export const IDP_TRUSTED = prepareTrustedCerts([{ label: 'idp', pem: IDP_KEY.cert }]).certs;

export function verify(xml: string, opts: Partial<VerifyOptions> = {}): SignatureReport {
  return verifyDocumentSignatures(parse(xml), { trusted: IDP_TRUSTED, allowSha1: false, ...opts });
}

export function codes(report: { findings: { code: string }[] }): string[] {
  return report.findings.map((f) => f.code);
}
