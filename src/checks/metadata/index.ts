import type { Rule } from '../types.js';
import * as r from './rules.js';

export * from './rules.js';

export const metadataRules: readonly Rule[] = [
  r.metadataNotMetadata,
  r.metadataNoEntityId,
  r.metadataNoRole,
  r.metadataNoSigningCertificate,
  r.metadataCertificateInvalid,
  r.metadataCertificatesExpired,
  r.metadataCertificatesExpiring,
  r.metadataCertificateRotation,
  r.metadataExpired,
  r.metadataEndpointNotHttps,
  r.metadataNoSsoBinding,
  r.metadataSignedRequestsWithoutKey,
  r.metadataWantsSignedRequests,
  r.metadataDuplicateEntityId,
  r.metadataSignatureInvalid,
  r.metadataSignatureUnverified,
  r.metadataSignatureMissing,
  r.metadataEntityIdMismatch,
  r.metadataSsoUrlMismatch,
  r.metadataCertificateNotConfigured,
  r.metadataConfiguredCertificateMissing,
];
