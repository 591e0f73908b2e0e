import type { SsoConfig } from '../config/types.js';
import type { SpProfile } from '../knowledge/index.js';
import type { Expectations } from './context.js';

/**
 * The SP's expectations: the config where it says something, the profile's documented defaults
 * elsewhere. Booleans the loader already resolved combine so that a profile requirement
 * (SP-initiated only, NameID must be an email) cannot be switched off by a default.
 */
export function buildExpectations(config: SsoConfig, profile: SpProfile | undefined): Expectations {
  const p = profile?.expects;
  const attributes = { ...(p?.attributes ?? {}) };
  for (const [key, value] of Object.entries(config.attributes)) {
    if (value) attributes[key as keyof typeof attributes] = value;
  }
  return {
    spEntityId: config.sp.entityId,
    acsUrls: [config.sp.acsUrl, ...config.sp.additionalAcsUrls],
    idpEntityId: config.idp.entityId,
    nameIdFormat: config.nameId.format ?? p?.nameIdFormat,
    nameIdMustBeEmail: config.nameId.mustBeEmail || (p?.nameIdMustBeEmail ?? false),
    emailDomains: config.emailDomains,
    attributes,
    // An email attribute the SP was told to read is what it signs users in with.
    requiredAttributes: [...new Set([...(p?.requiredAttributes ?? []), ...(config.attributes.email ? (['email'] as const) : [])])],
    expectedGroups: config.expectedGroups,
    allowIdpInitiated: config.security.allowIdpInitiated && !(p?.spInitiatedOnly ?? false),
    profile: profile?.name ?? config.profile ?? 'generic',
  };
}
