import type { ParsedCertificate } from '../../config/certificate.js';
import type { EntityModel, KeyUse, RoleKind } from '../../saml/metadata.js';

/** One certificate of a KeyDescriptor, parsed once for all checks. */
export interface EntityCertificate {
  roleKind: RoleKind;
  use: KeyUse;
  base64: string;
  parsed: ParsedCertificate;
  /** Where it is, for finding locations: entity path, role and position. */
  location: string;
}

export interface MetadataEntityContext {
  entity: EntityModel;
  certificates: readonly EntityCertificate[];
  now: Date;
}

/** Distinct (by SHA-256) parseable signing certificates: use="signing" or no use. */
export function signingCertificates(ctx: MetadataEntityContext, kind?: RoleKind): EntityCertificate[] {
  const seen = new Set<string>();
  return ctx.certificates.filter((c) => {
    if (c.use === 'encryption' || !c.parsed.ok || (kind && c.roleKind !== kind)) return false;
    if (seen.has(c.parsed.facts.sha256)) return false;
    seen.add(c.parsed.facts.sha256);
    return true;
  });
}

/** "entity https://idp.example/ (line 3)" style label for messages about one entity. */
export function entityLabel(ctx: MetadataEntityContext): string {
  return ctx.entity.entityId ?? ctx.entity.path;
}
