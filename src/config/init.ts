import type { Finding } from '../checks/types.js';
import { preferredSsoUrl } from '../checks/metadata/config-comparison.js';
import { getProfile } from '../knowledge/index.js';
import { BINDINGS } from '../saml/metadata.js';
import type { EntityModel } from '../saml/metadata.js';
import { CertificateCache, entityContext } from '../metadata/entity-context.js';
import { readMetadataText } from '../metadata/read.js';
import { signingCertificates } from '../checks/metadata/context.js';
import { validityAt } from './certificate.js';
import { SCHEMA_ID } from './schema.js';
import type { SsoConfigFile } from './types.js';
import { DEFAULT_CLOCK_SKEW_SECONDS } from './types.js';

export interface InitFromMetadataOptions {
  spEntityId?: string;
  acsUrl?: string;
  profile?: string;
  /** In an aggregate, the IdP to use. */
  entityId?: string;
  /** Expired certificates are left out when a valid one exists. */
  now: Date;
}

export type InitOutcome =
  | { ok: true; config: SsoConfigFile; text: string }
  /** Why no config can be written; `findings` holds the metadata's parse problems, if that was the cause. */
  | { ok: false; reason: string; findings: Finding[] };

/**
 * `config init --from-metadata`: a complete config from IdP metadata — its entity ID, the
 * HTTP-Redirect (else HTTP-POST) sign-in URL, every signing certificate inline — and the SP values
 * from the options, else from the profile.
 */
export function initConfigFromMetadata(metadataText: string, opts: InitFromMetadataOptions): InitOutcome {
  const fail = (reason: string, findings: Finding[] = []): InitOutcome => ({ ok: false, reason, findings });
  const read = readMetadataText(metadataText);
  if (!read.metadata) return fail('the metadata could not be read', read.findings);

  const profile = opts.profile ? getProfile(opts.profile) : undefined;
  if (opts.profile && !profile) return fail(`unknown profile '${opts.profile}'`);
  const spEntityId = opts.spEntityId ?? profile?.expects.spEntityId;
  const acsUrl = opts.acsUrl ?? profile?.expects.acsUrl;
  if (!spEntityId) return fail(`--sp-entity-id is required${profile ? ` (profile ${profile.name} has no fixed SP entity ID)` : ''}`);
  if (!acsUrl) return fail(`--acs-url is required${profile ? ` (profile ${profile.name} has no fixed ACS URL)` : ''}`);

  const idp = pickIdp(read.metadata.entities, opts.entityId);
  if (typeof idp === 'string') return fail(idp);

  const ctx = entityContext(idp, opts.now, new CertificateCache());
  const signing = signingCertificates(ctx, 'idp').flatMap((c) => (c.parsed.ok ? [c.parsed.facts] : []));
  if (signing.length === 0) return fail(`the metadata of ${idp.entityId} publishes no readable signing certificate`);
  const current = signing.filter((f) => validityAt(f, opts.now) !== 'expired');
  const certificates = (current.length ? current : signing).map((f) => f.pem.trimEnd());

  const services = idp.roles.filter((r) => r.kind === 'idp').flatMap((r) => r.singleSignOnServices);
  const ssoUrl =
    profile?.expects.idpSsoBinding === 'HTTP-POST'
      ? (services.find((s) => s.binding === BINDINGS.post)?.location ?? preferredSsoUrl(services))
      : preferredSsoUrl(services);

  const config: SsoConfigFile = {
    $schema: SCHEMA_ID,
    profile: profile?.name ?? 'generic',
    sp: { entityId: spEntityId, acsUrl },
    idp: { entityId: idp.entityId!, ...(ssoUrl ? { ssoUrl } : {}), certificates },
    ...(profile?.expects.nameIdFormat ? { nameId: { format: profile.expects.nameIdFormat } } : {}),
    security: { signed: 'either', allowSha1: false, clockSkewSeconds: DEFAULT_CLOCK_SKEW_SECONDS, allowIdpInitiated: false },
  };
  return { ok: true, config, text: JSON.stringify(config, null, 2) + '\n' };
}

function pickIdp(entities: readonly EntityModel[], entityId: string | undefined): EntityModel | string {
  const idps = entities.filter((e) => e.entityId && e.roles.some((r) => r.kind === 'idp'));
  if (entityId) {
    return idps.find((e) => e.entityId === entityId) ?? `no IdP with entityID ${entityId} in the metadata`;
  }
  if (idps.length === 1) return idps[0]!;
  if (idps.length === 0) return 'the metadata describes no identity provider (no IDPSSODescriptor with an entityID)';
  return `the metadata holds ${idps.length} identity providers; pick one with --entity ID`;
}
