export { verifyDocumentSignatures } from './verify.js';
export type { SignatureReport, VerifiedSignature, VerifyOptions } from './verify.js';
export { prepareTrustedCerts, summarizeCert } from './trusted.js';
export type { CertSummary, TrustedCert } from './trusted.js';
export type { SignedKind } from './structure.js';
