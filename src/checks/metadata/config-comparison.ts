import type { Finding } from '../types.js';
import { finding } from '../types.js';
import { parseCertificateText } from '../../config/certificate.js';
import { colonHex, normaliseFingerprint } from '../../crypto/cert/facts.js';
import type { CertificateFacts } from '../../config/certificate.js';
import type { SsoConfig } from '../../config/types.js';
import { BINDINGS } from '../../saml/metadata.js';
import type { MetadataEntityContext } from './context.js';
import { signingCertificates } from './context.js';
import {
  metadataCertificateNotConfigured,
  metadataConfiguredCertificateMissing,
  metadataEntityIdMismatch,
  metadataSsoUrlMismatch,
} from './rules.js';

/**
 * The SSO config against the IdP metadata it should have been built from: entity ID, sign-in URL,
 * certificates. Each difference is its own finding with both values.
 */
export function compareWithConfig(ctx: MetadataEntityContext, config: SsoConfig): Finding[] {
  return [...entityIdDiff(ctx, config), ...ssoUrlDiff(ctx, config), ...certificateDiff(ctx, config)];
}

function entityIdDiff(ctx: MetadataEntityContext, config: SsoConfig): Finding[] {
  const meta = ctx.entity.entityId;
  if (meta === undefined || meta === config.idp.entityId) return [];
  const near = meta.replace(/\/+$/, '') === config.idp.entityId.replace(/\/+$/, '') ? ' (they differ only in a trailing slash)' : '';
  return [
    finding(metadataEntityIdMismatch, {
      message: `the config's IdP entity ID is not the metadata entityID${near}`,
      expected: meta,
      actual: config.idp.entityId,
      location: '$.idp.entityId',
      hint: 'SP admin: set Identity Provider Entity Id (idp.entityId) to the metadata entityID, character for character.',
    }),
  ];
}

function ssoUrlDiff(ctx: MetadataEntityContext, config: SsoConfig): Finding[] {
  const url = config.idp.ssoUrl;
  if (url === undefined) return [];
  const services = ctx.entity.roles.filter((r) => r.kind === 'idp').flatMap((r) => r.singleSignOnServices);
  if (services.length === 0 || services.some((s) => s.location === url)) return [];
  const preferred = preferredSsoUrl(services);
  return [
    finding(metadataSsoUrlMismatch, {
      message: "the config's IdP sign-in URL is none of the metadata's SingleSignOnService Locations",
      expected: preferred ?? services.map((s) => s.location),
      actual: url,
      location: '$.idp.ssoUrl',
      hint: 'SP admin: set Identity Provider Sign-In URL (idp.ssoUrl) to the HTTP-Redirect SingleSignOnService Location.',
    }),
  ];
}

/** The sign-in URL a config should use: HTTP-Redirect, else HTTP-POST. */
export function preferredSsoUrl(services: ReadonlyArray<{ binding: string; location: string }>): string | undefined {
  return (services.find((s) => s.binding === BINDINGS.redirect) ?? services.find((s) => s.binding === BINDINGS.post))?.location;
}

function certificateDiff(ctx: MetadataEntityContext, config: SsoConfig): Finding[] {
  const published = signingCertificates(ctx, 'idp').flatMap((c) => (c.parsed.ok ? [c.parsed.facts] : []));
  const configured = config.idp.certificates.flatMap((c) => {
    const p = parseCertificateText(c.pem);
    return p.ok ? [{ label: c.label, facts: p.facts }] : [];
  });
  const pins = new Set(config.idp.fingerprints.map(normaliseFingerprint));
  if (published.length === 0 || (configured.length === 0 && pins.size === 0)) return [];

  const trusted = (f: CertificateFacts) =>
    configured.some((c) => c.facts.sha256 === f.sha256) || pins.has(f.sha256) || pins.has(f.sha1);
  const missing = published.filter((f) => !trusted(f));
  const anyTrusted = missing.length < published.length;
  const out: Finding[] = missing.map((f) =>
    finding(metadataCertificateNotConfigured, {
      severity: anyTrusted ? 'warning' : 'error',
      message: anyTrusted
        ? `the metadata also publishes SHA-256 ${colonHex(f.sha256).slice(0, 23)}… (valid from ${f.notBefore.slice(0, 10)}), which the config does not trust`
        : `the config trusts none of the metadata's signing certificates; SHA-256 ${colonHex(f.sha256).slice(0, 23)}… is missing`,
      expected: describe(f),
      actual: configured.length ? configured.map((c) => `${c.label}: ${describe(c.facts)}`) : [...pins],
      location: '$.idp.certificates',
      hint: anyTrusted
        ? 'SP admin: add this certificate too, so sign-in keeps working when the IdP switches to it.'
        : 'SP admin: replace the configured certificate with the one in the metadata (config init --from-metadata writes it).',
    }),
  );
  const publishedSha = new Set(published.map((f) => f.sha256));
  for (const c of configured) {
    if (publishedSha.has(c.facts.sha256)) continue;
    out.push(
      finding(metadataConfiguredCertificateMissing, {
        message: `the configured certificate ${c.label} is not published in the metadata`,
        expected: published.map(describe),
        actual: describe(c.facts),
        location: '$.idp.certificates',
        hint: 'SP admin: if the IdP has finished rotating away from it, remove it from the config and the app.',
      }),
    );
  }
  return out;
}

/** Shortened fingerprint: the metadata command lists the published ones in full; JSON has them all. */
function describe(f: CertificateFacts): string {
  return `SHA-256 ${colonHex(f.sha256).slice(0, 23)}…, ${f.subject}, valid ${f.notBefore.slice(0, 10)} – ${f.notAfter.slice(0, 10)}`;
}
