/** Certificates: read whatever people paste, lint it, repair it, describe and compare it. */
export { lintCertificateText, isSettledByRepair } from './lint.js';
export { describeCertificate } from './describe.js';
export { configCertificates } from './config-source.js';
export type { ConfigCertificateEntry, ConfigCertificates } from './config-source.js';
export type { CertInputKind, CertLintOptions, CertLintResult, LintedCertificate } from './lint.js';
export { parseCertificate, fingerprint, fingerprints, colonHex, normaliseFingerprint, commonName } from './facts.js';
export type { CertFacts, Fingerprint, ParsedCertificate, ParseOutcome } from './facts.js';
export { canonicalPem, pemToDer } from './pem.js';
export { classifyDer, pkcs7Certificates } from './classify.js';
export type { DerKind, DerShape } from './classify.js';
export { compareCertificates, fingerprintMatches } from './compare.js';
export type { CertComparison, CertDifference, ComparedField } from './compare.js';
