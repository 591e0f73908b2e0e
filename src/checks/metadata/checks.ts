import type { Check } from '../types.js';
import type { MetadataEntityContext } from './context.js';
import { certificateParseCheck } from './certificate-parse.js';
import { certificateRotationCheck } from './certificate-rotation.js';
import { endpointsHttpsCheck } from './endpoints-https.js';
import { entityIdCheck } from './entity-id.js';
import { rolePresentCheck } from './role-present.js';
import { signedRequestsCheck } from './signed-requests.js';
import { signingCertificatePresentCheck } from './signing-certificate-present.js';
import { signingCertificateValidityCheck } from './signing-certificate-validity.js';
import { ssoBindingCheck } from './sso-binding.js';
import { validUntilCheck } from './valid-until.js';

/** Checks run on every entity of a metadata document. */
export const entityChecks: readonly Check<MetadataEntityContext>[] = [
  entityIdCheck,
  rolePresentCheck,
  validUntilCheck,
  signingCertificatePresentCheck,
  certificateParseCheck,
  signingCertificateValidityCheck,
  certificateRotationCheck,
  ssoBindingCheck,
  endpointsHttpsCheck,
  signedRequestsCheck,
];
