import { createHash, verify as cryptoVerify } from 'node:crypto';
import type { Document, Element } from '@xmldom/xmldom';
import type { Finding } from '../../checks/types.js';
import { finding } from '../../checks/types.js';
import { certificateMismatch } from '../../checks/signature/certificate-mismatch.js';
import { digestMismatch } from '../../checks/signature/digest-mismatch.js';
import { signatureInvalid } from '../../checks/signature/signature-invalid.js';
import { signatureMalformed } from '../../checks/signature/signature-malformed.js';
import { signatureNotVerified } from '../../checks/signature/signature-not-verified.js';
import { weakAlgorithm } from '../../checks/signature/weak-algorithm.js';
import { xmlTooDeep } from '../../checks/xml/index.js';
import { childElements } from '../../saml/dom.js';
import { SAML } from '../../saml/ns.js';
import { EXC_C14N_WITH_COMMENTS } from './algorithms.js';
import { canonicalize } from './canonicalize.js';
import { elementPath, indexDocument } from './document-index.js';
import type { SignatureParts, SignedKind } from './structure.js';
import { kindOf, parseSignature } from './structure.js';
import type { CertSummary, TrustedCert } from './trusted.js';
import { normaliseFingerprint } from '../cert/facts.js';
import { isPinned, pinnedCert, readKeyInfoCert, summarizeCert } from './trusted.js';

/** Canonicalisation recurses; deeper documents are refused before it runs. */
const MAX_SIGNED_DEPTH = 512;
/** A response carries one or two signatures; more is a denial-of-service shape. */
const MAX_SIGNATURES = 8;

export interface VerifiedSignature {
  /** The element the signature covers: its parent. */
  element: Element;
  kind: SignedKind;
  signatureAlgorithm: string;
  digestAlgorithm: string;
  canonicalization: string;
  /** The configured certificate whose key verified the signature (or the KeyInfo certificate matched by a pinned fingerprint). */
  certificate: TrustedCert;
  keyInfoCert?: CertSummary;
}

export interface SignatureReport {
  verified: VerifiedSignature[];
  findings: Finding[];
  /** The root Response, iff its own enveloped signature verified. */
  signedResponse?: Element;
  /** The single Assertion covered by a verified signature (its own, or inside the verified Response). */
  signedAssertion?: Element;
  /** Every ds:Signature found, verified or not: lets callers tell "unsigned" from "signed but failed". */
  signedElements: Array<{ element: Element; kind: SignedKind }>;
}

export interface VerifyOptions {
  trusted: readonly TrustedCert[];
  /** SHA-1 or SHA-256 fingerprint pins: the KeyInfo certificate is used only if it matches one. */
  fingerprints?: readonly string[];
  allowSha1: boolean;
}

/**
 * Verifies every ds:Signature of an already-parsed SAML document against configured certificates.
 * Structure first (see parseSignature), then digest, then one public-key check per configured
 * certificate. The certificate inside the message is only reported and compared, never trusted.
 */
export function verifyDocumentSignatures(doc: Document, opts: VerifyOptions): SignatureReport {
  const report: SignatureReport = { verified: [], findings: [], signedElements: [] };
  const root = doc.documentElement;
  if (!root) return report;
  const index = indexDocument(root);
  if (index.signatures.length === 0) return report;

  report.signedElements = index.signatures.flatMap((s) =>
    s.parentNode?.nodeType === 1 ? [{ element: s.parentNode as Element, kind: kindOf(s.parentNode as Element) }] : [],
  );
  if (index.maxDepth > MAX_SIGNED_DEPTH) {
    report.findings.push(
      finding(xmlTooDeep, {
        message: `elements nest ${index.maxDepth} deep; signatures are not checked on such a document`,
        expected: `at most ${MAX_SIGNED_DEPTH} levels`,
        actual: index.maxDepth,
      }),
    );
    return report;
  }
  if (index.signatures.length > MAX_SIGNATURES) {
    report.findings.push(
      finding(signatureMalformed, {
        message: `the document has ${index.signatures.length} signatures; refused unchecked`,
        expected: `at most ${MAX_SIGNATURES}`,
        actual: index.signatures.length,
      }),
    );
    return report;
  }

  const pins = new Set((opts.fingerprints ?? []).map(normaliseFingerprint));
  for (const signature of index.signatures) {
    const { parts, findings } = parseSignature(signature, index);
    report.findings.push(...findings);
    if (!parts) continue;
    report.findings.push(...weakAlgorithmFindings(parts, opts.allowSha1));
    const outcome = checkSignature(parts, opts.trusted, pins);
    if ('finding' in outcome) report.findings.push(outcome.finding);
    else report.verified.push(outcome.verified);
  }

  report.signedResponse = report.verified.find((v) => v.kind === 'response' && v.element === root)?.element;
  report.signedAssertion = coveredAssertion(report.verified, report.signedResponse);
  return report;
}

/** Exactly one assertion must be covered; two candidates are ambiguous, and ambiguity is never resolved in the attacker's favour. */
function coveredAssertion(verified: VerifiedSignature[], signedResponse: Element | undefined): Element | undefined {
  const own = new Set(verified.filter((v) => v.kind === 'assertion').map((v) => v.element));
  if (own.size === 1) return [...own][0];
  if (own.size > 1) return undefined;
  if (!signedResponse) return undefined;
  const inside = childElements(signedResponse, SAML, 'Assertion');
  return inside.length === 1 ? inside[0] : undefined;
}

function weakAlgorithmFindings(parts: SignatureParts, allowSha1: boolean): Finding[] {
  const weak = [
    parts.signatureAlgorithm.hash === 'sha1' ? parts.signatureAlgorithm.uri : undefined,
    parts.digestAlgorithm.hash === 'sha1' ? parts.digestAlgorithm.uri : undefined,
  ].filter((u): u is string => u !== undefined);
  if (weak.length === 0) return [];
  return [
    finding(weakAlgorithm, {
      severity: allowSha1 ? 'warning' : 'error',
      message: `the ${parts.kind} signature uses SHA-1${allowSha1 ? ' (allowed by the configuration)' : ''}`,
      expected: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256 with http://www.w3.org/2001/04/xmlenc#sha256',
      actual: weak,
      hint: 'IdP admin, in Microsoft Entra: Enterprise applications › your app › Single sign-on › SAML Certificates › Signing Algorithm: SHA-256.',
      location: elementPath(parts.signature),
    }),
  ];
}

type Outcome = { verified: VerifiedSignature } | { finding: Finding };

function checkSignature(parts: SignatureParts, trusted: readonly TrustedCert[], pins: ReadonlySet<string>): Outcome {
  const location = elementPath(parts.signature);
  let digestInput: string;
  let signedInfoInput: string;
  try {
    digestInput = canonicalize(parts.signed, { exclude: parts.signature, withComments: false, inclusivePrefixes: parts.referencePrefixes });
    signedInfoInput = canonicalize(parts.signedInfo, {
      withComments: parts.canonicalization === EXC_C14N_WITH_COMMENTS,
      inclusivePrefixes: parts.signedInfoPrefixes,
    });
  } catch (e) {
    return {
      finding: finding(signatureMalformed, {
        message: `the signed content cannot be canonicalised: ${e instanceof Error ? e.message : String(e)}`,
        location,
      }),
    };
  }

  const digest = createHash(parts.digestAlgorithm.hash).update(digestInput, 'utf8').digest('base64');
  if (digest !== parts.digestValue) {
    return {
      finding: finding(digestMismatch, {
        message: `the ${parts.signed.tagName} was modified after it was signed (digest mismatch)`,
        expected: parts.digestValue,
        actual: digest,
        hint: 'Capture the SAMLResponse again straight from the browser (HAR or SAML-tracer) without editing or re-formatting it; if it still fails, something between the IdP and the app rewrites the message.',
        location,
      }),
    };
  }

  const keyInfo = parts.keyInfoCert ? readKeyInfoCert(parts.keyInfoCert) : undefined;
  const keyInfoCert = keyInfo?.summary;
  // A pin makes the KeyInfo certificate usable, but only that exact certificate.
  const allowed = keyInfo && isPinned(keyInfo.summary, pins) ? [...trusted, pinnedCert(keyInfo.x509)] : trusted;
  // The configured certificate the message names goes first, so that during a rollover each extra
  // configured certificate costs nothing. Only the order changes: the same configured keys are tried.
  const candidates = keyInfoCert ? [...allowed].sort((x, y) => Number(y.sha256 === keyInfoCert.sha256) - Number(x.sha256 === keyInfoCert.sha256)) : allowed;
  const data = Buffer.from(signedInfoInput, 'utf8');
  const { hash, keyType } = parts.signatureAlgorithm;
  for (const cert of candidates) {
    if (cert.key.asymmetricKeyType !== keyType) continue;
    let ok = false;
    try {
      ok = cryptoVerify(hash, data, keyType === 'ec' ? { key: cert.key, dsaEncoding: 'ieee-p1363' } : cert.key, parts.signatureValue);
    } catch {
      ok = false;
    }
    if (ok) {
      return {
        verified: {
          element: parts.signed,
          kind: parts.kind,
          signatureAlgorithm: parts.signatureAlgorithm.uri,
          digestAlgorithm: parts.digestAlgorithm.uri,
          canonicalization: parts.canonicalization,
          certificate: cert,
          ...(keyInfoCert ? { keyInfoCert } : {}),
        },
      };
    }
  }
  return { finding: failureFinding(parts, trusted, pins, keyInfoCert, location) };
}

function failureFinding(
  parts: SignatureParts,
  trusted: readonly TrustedCert[],
  pins: ReadonlySet<string>,
  keyInfoCert: CertSummary | undefined,
  location: string,
): Finding {
  const what = `the ${parts.kind} signature`;
  if (trusted.length === 0 && pins.size === 0) {
    return finding(signatureNotVerified, {
      message: `${what} was not verified: no IdP certificate or fingerprint was given`,
      expected: 'a configured IdP signing certificate',
      actual: keyInfoCert ? { keyInfoCertificate: keyInfoCert } : 'no certificate given and none in the message',
      hint: 'Pass the certificate the app is configured with (idp.certificates in the config, or --cert). The certificate inside the message proves nothing by itself.',
      location,
    });
  }
  const configured = trusted.map((c) => ({ label: c.label, ...summarizeCert(c.x509) }));
  const keyInfoIsConfigured =
    keyInfoCert !== undefined && (configured.some((c) => c.sha256 === keyInfoCert.sha256) || isPinned(keyInfoCert, pins));
  if (keyInfoCert && !keyInfoIsConfigured) {
    const newer = configured.length > 0 && configured.every((c) => c.notBefore < keyInfoCert.notBefore);
    return finding(certificateMismatch, {
      message: `${what} was made with a certificate that is not configured (SHA-256 ${keyInfoCert.sha256})`,
      expected: configured.length ? configured : { fingerprints: [...pins] },
      actual: keyInfoCert,
      hint:
        `The IdP signs with a different${newer ? ', newer' : ''} (maybe rotated) certificate than the app trusts. ` +
        'SP admin: get the current signing certificate from the IdP and configure it, never from the message itself ' +
        '(in Microsoft Entra: Enterprise applications › your app › Single sign-on › SAML Certificates › Certificate (Base64); ' +
        'check which certificate is Active there).',
      location,
    });
  }
  return finding(signatureInvalid, {
    message: keyInfoCert
      ? `${what} does not verify with the configured certificate it names (SHA-256 ${keyInfoCert.sha256})`
      : `${what} does not verify with any configured certificate, and the message carries no certificate to compare`,
    expected: configured.length ? configured : { fingerprints: [...pins] },
    actual: keyInfoCert ?? 'no KeyInfo certificate',
    hint: keyInfoCert
      ? 'The signed content is intact but the signature value is wrong: capture the response again unmodified; if it persists, the message was tampered with.'
      : 'Either the IdP signs with a certificate the app does not have (SP admin: compare with the IdP\'s SAML Certificates page) or the message was tampered with.',
    location,
  });
}
