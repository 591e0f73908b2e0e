import type { Rule } from '../types.js';
import {
  configCertificateExpired,
  configCertificateExpiring,
  configCertificateInvalid,
  configCertificateNotYetValid,
  configCertificateUnreadable,
  configDomainsEmpty,
  configFingerprintInvalid,
  configNoTrust,
  configNotJson,
  configSchema,
  configUnknownKey,
  configUrlNotHttps,
} from './rules.js';

export * from './rules.js';
export type { ConfigLintContext, LoadedCertificateEntry } from './context.js';

export const configRules: readonly Rule[] = [
  configNotJson,
  configSchema,
  configUnknownKey,
  configUrlNotHttps,
  configCertificateUnreadable,
  configCertificateInvalid,
  configCertificateExpired,
  configCertificateNotYetValid,
  configCertificateExpiring,
  configNoTrust,
  configFingerprintInvalid,
  configDomainsEmpty,
];
