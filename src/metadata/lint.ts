import type { Finding, Passed } from '../checks/types.js';
import { entityChecks } from '../checks/metadata/checks.js';
import { compareWithConfig } from '../checks/metadata/config-comparison.js';
import { duplicateEntityIds } from '../checks/metadata/duplicate-entity-ids.js';
import { validUntilFinding } from '../checks/metadata/valid-until.js';
import type { MetadataEntityContext } from '../checks/metadata/context.js';
import type { SsoConfig } from '../config/types.js';
import { recognizeIdp } from '../knowledge/index.js';
import { makeResult } from '../report/build.js';
import type { Result } from '../report/types.js';
import type { EntityModel } from '../saml/metadata.js';
import { nearest } from '../util/nearest.js';
import { parseXml } from '../xml/parse.js';
import type { XmlLimits } from '../xml/parse.js';
import { describeAggregate, describeEntity, entityDetails } from './describe.js';
import { CertificateCache, entityContext } from './entity-context.js';
import { readMetadataText } from './read.js';
import type { MetadataDocument } from './read.js';
import { unverifiedSignature, verifyMetadataSignature } from './signature.js';
import type { MetadataSignatureOutcome, TrustAnchor } from './signature.js';
import { formatUtc } from '../util/time.js';

export interface LintMetadataOptions {
  label: string;
  now: Date;
  /** Certificates to verify the metadata signature with (--trust). */
  trust?: readonly TrustAnchor[];
  /** Compare the IdP entity against this config (--config). */
  config?: SsoConfig;
  /** In an aggregate, report on this entity only (--entity). */
  entityId?: string;
  limits?: Partial<XmlLimits>;
}

export type LintMetadataOutcome =
  | { ok: true; result: Result }
  /** --entity named an entityID the aggregate does not hold: a usage problem, not a finding. */
  | { ok: false; missingEntity: string; suggestions: string[] };

/** What a passed entity check established, in words (a bare "ok" tells the reader nothing). */
const PASSED_DETAIL: Record<string, string> = {
  entityID: 'entityID present',
  role: 'an IdP or SP role is described',
  validUntil: 'not past validUntil (or none set)',
  'signing certificate': 'published where required (IdP role)',
  'certificates parse': 'every certificate parses',
  'certificate validity': 'no signing certificate expired or expiring within 30 days',
  rotation: 'one signing certificate per role, no rotation under way',
  'sso bindings': 'HTTP-Redirect or HTTP-POST sign-in where required (IdP role)',
  'endpoints https': 'every endpoint is https',
  'request signing': 'AuthnRequest signing settings are consistent',
};

/** `metadata`: read, check every entity, verify the signature, compare with a config. Pure. */
export function lintMetadata(text: string, opts: LintMetadataOptions): LintMetadataOutcome {
  const read = readMetadataText(text, opts.limits);
  const context = [`metadata ${opts.label}`, `judged at ${formatUtc(opts.now)}`];
  if (!read.metadata) {
    return { ok: true, result: makeResult({ input: opts.label, type: 'metadata', findings: read.findings, context }) };
  }
  const doc = read.metadata;
  const selected = selectEntities(doc, opts);
  if ('missing' in selected) return { ok: false, missingEntity: selected.missing, suggestions: selected.suggestions };

  const findings: Finding[] = [...read.findings];
  const cache = new CertificateCache();
  const failedChecks = new Set<string>();
  const contexts: MetadataEntityContext[] = [];
  for (const entity of selected.entities) {
    const ctx = entityContext(entity, opts.now, cache);
    contexts.push(ctx);
    for (const check of entityChecks) {
      const found = check.run(ctx);
      if (found.length) {
        findings.push(...found);
        failedChecks.add(check.name);
      }
    }
  }
  const passed: Passed[] = entityChecks
    .filter((c) => !failedChecks.has(c.name))
    .map((c) => ({
      check: c.name,
      detail: `${PASSED_DETAIL[c.name] ?? 'ok'}${selected.entities.length === 1 ? '' : ` (all ${selected.entities.length} entities)`}`,
    }));

  if (doc.kind === 'aggregate' && !opts.entityId) {
    findings.push(...duplicateEntityIds(doc.entities));
    const expired = validUntilFinding(doc.aggregate!.validUntil, opts.now, 'EntitiesDescriptor');
    if (expired) findings.push(expired);
  }

  const signature = signatureFindings(text, doc, opts, findings);
  if (signature.verifiedWith) passed.push({ check: 'signature', detail: `verified with ${signature.verifiedWith}` });

  const single = contexts.length === 1 ? contexts[0] : undefined;
  const isIdp = (c: MetadataEntityContext) => c.entity.roles.some((r) => r.kind === 'idp');
  // The config holds IdP values: only an IdP entity can be compared with it.
  const idpForConfig = opts.config
    ? contexts.find((c) => c.entity.entityId === opts.config!.idp.entityId && isIdp(c)) ?? (single && isIdp(single) ? single : undefined)
    : undefined;
  if (opts.config && idpForConfig) {
    const diff = compareWithConfig(idpForConfig, opts.config);
    // Against a config, "add the newer certificate" is the rotation note turned into an action: say it once.
    if (diff.some((f) => f.code === 'metadata-certificate-not-configured')) {
      const path = idpForConfig.entity.path;
      for (let i = findings.length - 1; i >= 0; i--) {
        if (findings[i]!.code === 'metadata-certificate-rotation' && findings[i]!.location === path) findings.splice(i, 1);
      }
    }
    findings.push(...diff);
    context.push(`compared with the SSO config (IdP entity ${idpForConfig.entity.entityId ?? '?'})`);
    if (diff.length === 0) passed.push({ check: 'config', detail: 'entity ID, sign-in URL and certificates match the config' });
  } else if (opts.config) {
    context.push(
      single
        ? 'not compared with the SSO config: this metadata describes no IdP'
        : `the config's IdP entity ${opts.config.idp.entityId} is not in this aggregate; not compared (use --entity)`,
    );
  }

  if (single) {
    const sso = single.entity.roles.flatMap((r) => r.singleSignOnServices).map((s) => s.location)[0];
    const idp = recognizeIdp({ entityId: single.entity.entityId, ssoUrl: sso });
    context[0] = `metadata ${opts.label}: ${roleSummary(single.entity)}${idp ? ` (${idp.idp.name})` : ''}`;
  }
  context.push(`signature: ${signature.present ? (signature.verifiedWith ? 'verified' : opts.trust?.length ? 'does not verify' : 'present, not verified') : 'none'}`);

  const body = single ? describeEntity(single) : describeAggregate(doc.aggregate!, doc.entities);
  const details = single
    ? { entity: entityDetails(single), signature: signature.present ? { verifiedWith: signature.verifiedWith ?? null } : null }
    : {
        aggregate: doc.aggregate,
        entities: doc.entities.map((e) => ({ entityId: e.entityId, roles: e.roles.map((r) => r.kind) })),
      };
  return { ok: true, result: makeResult({ input: opts.label, type: 'metadata', findings, passed, context, body, details }) };
}

function selectEntities(
  doc: MetadataDocument,
  opts: LintMetadataOptions,
): { entities: EntityModel[] } | { missing: string; suggestions: string[] } {
  if (!opts.entityId) return { entities: doc.entities };
  const match = doc.entities.filter((e) => e.entityId === opts.entityId);
  if (match.length) return { entities: match.slice(0, 1) };
  const ids = [...new Set(doc.entities.flatMap((e) => (e.entityId ? [e.entityId] : [])))];
  return { missing: opts.entityId, suggestions: nearest(opts.entityId, ids) };
}

/** Verifying needs the whole document's DOM; for an aggregate it is built only when asked to verify. */
function signatureFindings(text: string, doc: MetadataDocument, opts: LintMetadataOptions, findings: Finding[]): MetadataSignatureOutcome {
  const trust = opts.trust ?? [];
  let outcome: MetadataSignatureOutcome;
  if (trust.length === 0) {
    outcome = unverifiedSignature(doc.kind === 'aggregate' ? doc.aggregate!.signed : doc.entities[0]?.signature !== undefined);
  } else {
    const parsed = parseXml(text, opts.limits);
    outcome = parsed.doc ? verifyMetadataSignature(parsed.doc, trust) : { findings: parsed.findings, present: false };
  }
  findings.push(...outcome.findings);
  return outcome;
}

function roleSummary(entity: EntityModel): string {
  const kinds = new Set(entity.roles.map((r) => r.kind));
  if (kinds.has('idp') && kinds.has('sp')) return 'IdP and SP';
  if (kinds.has('idp')) return 'IdP';
  if (kinds.has('sp')) return 'SP';
  return 'no SAML role';
}
