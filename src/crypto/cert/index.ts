/** Certificates: read whatever people paste, lint it, repair it, describe and compare it. */
export { lintCertificateText } from './lint.js';
export type { CertInputKind, CertLintOptions, CertLintResult, LintedCertificate } from './lint.js';
export { parseCertificate, fingerprint, fingerprints, colonHex, normaliseFingerprint, commonName } from './facts.js';
export type { CertFacts, Fingerprint, ParsedCertificate, ParseOutcome } from './facts.js';
export { canonicalPem, pemToDer } from './pem.js';
export { classifyDer, pkcs7Certificates } from './classify.js';
export type { DerKind, DerShape } from './classify.js';
