import type { Document } from '@xmldom/xmldom';
import type { Finding } from '../checks/types.js';
import { finding } from '../checks/types.js';
import { metadataSignatureInvalid, metadataSignatureMissing, metadataSignatureUnverified } from '../checks/metadata/rules.js';
import { prepareTrustedCerts, verifyDocumentSignatures } from '../crypto/xmldsig/index.js';
import { childElement } from '../saml/dom.js';
import { DS } from '../saml/ns.js';

export interface TrustAnchor {
  label: string;
  pem: string;
}

export interface MetadataSignatureOutcome {
  findings: Finding[];
  /** Set when the root signature verified: the --trust certificate that did it. */
  verifiedWith?: string;
  /** Presence, for the summary: 'none' | 'present'. */
  present: boolean;
}

/**
 * The signature on the document root (EntityDescriptor or EntitiesDescriptor), verified with the
 * --trust certificates through the same structural rules and verifier as responses; the certificate
 * in the signature's KeyInfo is never used.
 */
/** Without --trust: a signature is only reported as present; nothing is claimed about it. */
export function unverifiedSignature(present: boolean): MetadataSignatureOutcome {
  if (!present) return { findings: [], present };
  return {
    present,
    findings: [
      finding(metadataSignatureUnverified, {
        message: 'the metadata is signed; the signature was not verified (no --trust certificate given)',
        hint: "Pass the publisher's metadata signing certificate with --trust to verify it.",
      }),
    ],
  };
}

/**
 * The signature on the document root (EntityDescriptor or EntitiesDescriptor), verified with the
 * --trust certificates through the same structural rules and verifier as responses; the certificate
 * in the signature's KeyInfo is never used.
 */
export function verifyMetadataSignature(doc: Document, trust: readonly TrustAnchor[]): MetadataSignatureOutcome {
  const root = doc.documentElement!;
  const present = childElement(root, DS, 'Signature') !== undefined;
  if (trust.length === 0) return unverifiedSignature(present);
  if (!present) {
    return {
      present,
      findings: [
        finding(metadataSignatureMissing, {
          message: `--trust was given, but the ${root.localName} carries no signature`,
          expected: `a ds:Signature directly inside ${root.tagName}`,
          actual: 'unsigned metadata',
          hint: 'Use the signed metadata the publisher offers, or drop --trust if you fetched this over a channel you trust.',
        }),
      ],
    };
  }
  const prepared = prepareTrustedCerts(trust);
  const report = verifyDocumentSignatures(doc, { trusted: prepared.certs, allowSha1: true });
  const ok = report.verified.find((v) => v.element === root);
  if (ok) return { findings: [], present, verifiedWith: ok.certificate.label };
  const reasons = [...prepared.findings, ...report.findings].map((f) => `${f.code}: ${f.message}`);
  return {
    present,
    findings: [
      finding(metadataSignatureInvalid, {
        message: `the ${root.localName} signature does not verify with ${trust.map((t) => t.label).join(', ')}`,
        expected: `a valid signature by ${trust.map((t) => t.label).join(' or ')}`,
        actual: reasons.length ? reasons : 'no verifiable signature on the root element',
        hint: 'Do not use this metadata. Download it again unmodified, and check that --trust is the current metadata signing certificate.',
      }),
    ],
  };
}
