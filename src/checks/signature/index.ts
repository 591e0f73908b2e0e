import type { Rule } from '../types.js';
import { assertionEncrypted } from './assertion-encrypted.js';
import { assertionUnsigned } from './assertion-unsigned.js';
import { c14nWithComments } from './c14n-with-comments.js';
import { certificateMismatch } from './certificate-mismatch.js';
import { configuredCertificateUnusable } from './configured-certificate-unusable.js';
import { decryptFailed } from './decrypt-failed.js';
import { digestMismatch } from './digest-mismatch.js';
import { responseUnsigned } from './response-unsigned.js';
import { signatureInvalid } from './signature-invalid.js';
import { signatureMalformed } from './signature-malformed.js';
import { signatureMissing } from './signature-missing.js';
import { signatureNotVerified } from './signature-not-verified.js';
import { signingCertificateExpired, signingCertificateFindings } from './signing-certificate-expired.js';
import { signatureWrapping } from './signature-wrapping.js';
import { unsupportedAlgorithm } from './unsupported-algorithm.js';
import { weakAlgorithm } from './weak-algorithm.js';

export {
  assertionEncrypted,
  assertionUnsigned,
  c14nWithComments,
  certificateMismatch,
  configuredCertificateUnusable,
  decryptFailed,
  digestMismatch,
  responseUnsigned,
  signatureInvalid,
  signatureMalformed,
  signatureMissing,
  signatureNotVerified,
  signatureWrapping,
  signingCertificateExpired,
  signingCertificateFindings,
  unsupportedAlgorithm,
  weakAlgorithm,
};
export { checkSignatureRequirement } from './requirement.js';
export type { SignatureRequirement } from './requirement.js';

export const signatureRules: readonly Rule[] = [
  signatureMissing,
  assertionUnsigned,
  responseUnsigned,
  signatureWrapping,
  signatureMalformed,
  digestMismatch,
  signatureInvalid,
  certificateMismatch,
  weakAlgorithm,
  unsupportedAlgorithm,
  c14nWithComments,
  signatureNotVerified,
  signingCertificateExpired,
  configuredCertificateUnusable,
  assertionEncrypted,
  decryptFailed,
];
