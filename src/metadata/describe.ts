import { validityAt } from '../config/certificate.js';
import { colonHex } from '../crypto/cert/facts.js';
import type { MetadataEntityContext } from '../checks/metadata/context.js';
import { BINDINGS } from '../saml/metadata.js';
import type { EntityModel } from '../saml/metadata.js';
import type { AggregateInfo } from './read.js';

const BINDING_NAMES: Record<string, string> = {
  [BINDINGS.redirect]: 'HTTP-Redirect',
  [BINDINGS.post]: 'HTTP-POST',
  [BINDINGS.artifact]: 'HTTP-Artifact',
  [BINDINGS.soap]: 'SOAP',
};

export function bindingName(uri: string): string {
  return BINDING_NAMES[uri] ?? uri;
}

/** Human lines for one entity: what an admin copies from metadata, and what it says about keys. */
export function describeEntity(ctx: MetadataEntityContext): string[] {
  const { entity } = ctx;
  const lines = [`entityID          ${entity.entityId ?? '(none)'}`];
  if (entity.organizationName) lines.push(`organization      ${entity.organizationName}`);
  for (const role of entity.roles) {
    const name = role.kind === 'idp' ? 'IdP' : role.kind === 'sp' ? 'SP' : 'not used by SAML sign-in';
    lines.push(`role              ${name} (${role.element})`);
    for (const s of role.singleSignOnServices) lines.push(`  SSO  ${bindingName(s.binding).padEnd(14)} ${s.location}`);
    for (const s of role.singleLogoutServices) lines.push(`  SLO  ${bindingName(s.binding).padEnd(14)} ${s.location}`);
    for (const s of role.assertionConsumerServices) {
      const idx = s.index !== undefined ? ` [index ${s.index}${s.isDefault ? ', default' : ''}]` : s.isDefault ? ' [default]' : '';
      lines.push(`  ACS  ${bindingName(s.binding).padEnd(14)} ${s.location}${idx}`);
    }
    if (role.nameIdFormats.length) lines.push(`  NameIDFormat     ${role.nameIdFormats.join(', ')}`);
    if (role.wantAuthnRequestsSigned !== undefined) lines.push(`  WantAuthnRequestsSigned ${role.wantAuthnRequestsSigned}`);
    if (role.authnRequestsSigned !== undefined) lines.push(`  AuthnRequestsSigned ${role.authnRequestsSigned}`);
    if (role.wantAssertionsSigned !== undefined) lines.push(`  WantAssertionsSigned ${role.wantAssertionsSigned}`);
  }
  const seen = new Set<string>();
  for (const c of ctx.certificates) {
    // WS-Federation RoleDescriptors repeat the SAML role's keys; list each key once per SAML role.
    const key = `${c.roleKind} ${c.use} ${c.base64}`;
    if (c.roleKind === 'other' || seen.has(key)) continue;
    seen.add(key);
    const label = `${c.roleKind === 'idp' ? 'IdP' : 'SP'} ${c.use}`.padEnd(14);
    if (!c.parsed.ok) {
      lines.push(`key ${label}(unreadable: ${c.parsed.reason})`);
      continue;
    }
    const f = c.parsed.facts;
    lines.push(`key ${label}SHA-256 ${colonHex(f.sha256)}`);
    lines.push(`                  SHA-1 ${colonHex(f.sha1)}`);
    lines.push(`                  ${f.subject}, valid ${f.notBefore.slice(0, 10)} – ${f.notAfter.slice(0, 10)} (${validityAt(f, ctx.now)})`);
  }
  if (entity.validUntil) lines.push(`validUntil        ${entity.validUntil}`);
  if (entity.cacheDuration) lines.push(`cacheDuration     ${entity.cacheDuration}`);
  return lines;
}

/** JSON details for one entity: the model plus certificate facts (no PEM bodies). */
export function entityDetails(ctx: MetadataEntityContext): unknown {
  return {
    ...ctx.entity,
    roles: ctx.entity.roles.map((r) => ({
      ...r,
      keyDescriptors: r.keyDescriptors.map((k) => ({ use: k.use, keyNames: k.keyNames, certificates: k.certificates.length })),
    })),
    certificates: ctx.certificates.map((c) =>
      c.parsed.ok
        ? {
            use: c.use,
            role: c.roleKind,
            sha256: c.parsed.facts.sha256,
            sha1: c.parsed.facts.sha1,
            subject: c.parsed.facts.subject,
            notBefore: c.parsed.facts.notBefore,
            notAfter: c.parsed.facts.notAfter,
            validity: validityAt(c.parsed.facts, ctx.now),
          }
        : { use: c.use, role: c.roleKind, error: c.parsed.reason },
    ),
  };
}

export function describeAggregate(info: AggregateInfo, entities: readonly EntityModel[]): string[] {
  const idps = entities.filter((e) => e.roles.some((r) => r.kind === 'idp')).length;
  const sps = entities.filter((e) => e.roles.some((r) => r.kind === 'sp')).length;
  const lines = [`aggregate         ${info.name ?? '(no Name)'}`, `entities          ${entities.length} (${idps} IdP, ${sps} SP)`];
  if (info.groups.length) lines.push(`groups            ${info.groups.length} nested EntitiesDescriptor`);
  if (info.validUntil) lines.push(`validUntil        ${info.validUntil}`);
  if (info.cacheDuration) lines.push(`cacheDuration     ${info.cacheDuration}`);
  lines.push('pick one entity with --entity ID to see its endpoints and certificates');
  return lines;
}
