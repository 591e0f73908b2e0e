import { isAbsolute, join } from 'node:path';
import type { Finding, Passed } from '../checks/types.js';
import { finding } from '../checks/types.js';
import { configNotJson, configSchema, configUnknownKey } from '../checks/config/rules.js';
import { configChecks } from '../checks/config/checks.js';
import type { LoadedCertificateEntry } from '../checks/config/context.js';
import { getProfile } from '../knowledge/index.js';
import { parseCertificateText } from './certificate.js';
import { isInlineCertificate } from '../crypto/cert/config-source.js';
import { parseJsonText } from './json-text.js';
import { SSO_CONFIG_SCHEMA } from './schema.js';
import { validateAgainstSchema } from './schema-validate.js';
import type { ConfiguredCertificate, SignedPart, SsoConfig } from './types.js';
import { DEFAULT_CLOCK_SKEW_SECONDS } from './types.js';

/** The part of an SP profile the loader uses for defaults. */
export interface ProfileDefaults {
  expects: { nameIdMustBeEmail: boolean };
}

export interface LoadConfigOptions {
  /** Directory certificate paths are relative to (the config file's directory). */
  baseDir?: string;
  /** Reads a certificate file; throws when it cannot. Injected so the core never touches fs. */
  readFile: (path: string) => string;
  /** When given, certificates are judged for expiry at this time. */
  now?: Date;
  /** Looks up an SP profile by name, for defaults the file leaves out; default: the built-in profiles. */
  getProfile?: (name: string) => ProfileDefaults | undefined;
}

export interface LoadedConfig {
  /** Absent when the file is not JSON or breaks the schema: nothing downstream can rely on it. */
  config?: SsoConfig;
  findings: Finding[];
  passed: Passed[];
}

/**
 * Reads an SSO config file's text: JSON, schema, certificates (inline or files), defaults,
 * then the semantic checks (URLs, certificates, fingerprints, domains). Never throws.
 * `config-not-json` is the one finding the CLI turns into exit code 2.
 */
export function loadConfig(text: string, opts: LoadConfigOptions): LoadedConfig {
  const json = parseJsonText(text);
  if (!json.ok) {
    const wrongFile = wrongKindOfFile(text);
    return {
      findings: [
        finding(configNotJson, {
          message: wrongFile ? `the config is ${wrongFile.what}, not JSON` : `the config is not valid JSON: ${json.message}`,
          location: `line ${json.line}, column ${json.column}`,
          hint: wrongFile?.hint ?? 'Look for a trailing comma, a missing comma, a comment or single quotes near that place.',
        }),
      ],
      passed: [],
    };
  }
  const findings = validateAgainstSchema(json.value, SSO_CONFIG_SCHEMA);
  if (!isRecord(json.value)) return { findings, passed: [] };

  const file = json.value;
  const certificates = loadCertificates(arrayOf(field(file, 'idp'), 'certificates'), opts);
  const config = resolve(file, certificates, opts);
  const ctx = { config, present: presentPaths(file), certificates, now: opts.now };
  const passed: Passed[] = [];
  for (const check of configChecks) {
    const found = check.run(ctx);
    findings.push(...found);
    if (found.length === 0) passed.push({ check: check.name, detail: passDetail(check.name, config) });
  }
  const schemaBroken = findings.some((f) => f.code === configSchema.code);
  if (!findings.some((f) => f.code === configSchema.code || f.code === configUnknownKey.code)) passed.unshift({ check: 'schema', detail: 'matches sso-config.schema.json' });
  return { config: schemaBroken ? undefined : config, findings, passed };
}

function loadCertificates(entries: unknown[], opts: LoadConfigOptions): LoadedCertificateEntry[] {
  return entries.flatMap((entry, i): LoadedCertificateEntry[] => {
    if (typeof entry !== 'string' || entry.trim() === '') return [];
    const location = `$.idp.certificates[${i}]`;
    if (isInlineCertificate(entry)) return [{ location, text: entry, parsed: parseCertificateText(entry) }];
    const path = entry.trim();
    const full = isAbsolute(path) ? path : join(opts.baseDir ?? '.', path);
    let text: string;
    try {
      text = opts.readFile(full);
    } catch (e) {
      const code = (e as { code?: string }).code;
      return [{ location, path, readError: code === 'ENOENT' ? 'no such file' : (e as Error).message }];
    }
    return [{ location, path, text, parsed: parseCertificateText(text) }];
  });
}

function resolve(file: Record<string, unknown>, certs: LoadedCertificateEntry[], opts: LoadConfigOptions): SsoConfig {
  const sp = field(file, 'sp');
  const idp = field(file, 'idp');
  const nameId = field(file, 'nameId');
  const attributes = field(file, 'attributes');
  const security = field(file, 'security');
  const profile = stringOf(file, 'profile') ?? 'generic';
  const profileDefaults = (opts.getProfile ?? getProfile)(profile);
  const configured: ConfiguredCertificate[] = certs.flatMap((c) =>
    c.parsed?.ok ? [{ label: c.path ?? c.location.replace(/^\$\./, ''), pem: c.parsed.facts.pem }] : [],
  );
  const signed = stringOf(security, 'signed');
  const skew = field(security, 'clockSkewSeconds');
  return {
    profile,
    sp: {
      entityId: stringOf(sp, 'entityId') ?? '',
      acsUrl: stringOf(sp, 'acsUrl') ?? '',
      additionalAcsUrls: strings(arrayOf(sp, 'additionalAcsUrls')),
    },
    idp: {
      entityId: stringOf(idp, 'entityId') ?? '',
      ssoUrl: stringOf(idp, 'ssoUrl'),
      certificates: configured,
      fingerprints: strings(arrayOf(idp, 'fingerprints')),
    },
    emailDomains: strings(arrayOf(file, 'emailDomains')),
    nameId: {
      format: stringOf(nameId, 'format'),
      mustBeEmail: boolOf(nameId, 'mustBeEmail') ?? profileDefaults?.expects.nameIdMustBeEmail ?? false,
    },
    attributes: {
      email: stringOf(attributes, 'email'),
      firstName: stringOf(attributes, 'firstName'),
      lastName: stringOf(attributes, 'lastName'),
      groups: stringOf(attributes, 'groups'),
    },
    expectedGroups: strings(arrayOf(file, 'expectedGroups')),
    security: {
      signed: isSignedPart(signed) ? signed : 'either',
      allowSha1: boolOf(security, 'allowSha1') ?? false,
      clockSkewSeconds: Number.isInteger(skew) && (skew as number) >= 0 ? (skew as number) : DEFAULT_CLOCK_SKEW_SECONDS,
      allowIdpInitiated: boolOf(security, 'allowIdpInitiated') ?? false,
    },
  };
}

function passDetail(check: string, config: SsoConfig): string {
  switch (check) {
    case 'urls':
      return `ACS URL ${config.sp.acsUrl}${config.idp.ssoUrl ? ` and sign-in URL ${config.idp.ssoUrl}` : ''} are https`;
    case 'trust anchor':
      return [count(config.idp.certificates.length, 'certificate'), count(config.idp.fingerprints.length, 'fingerprint')]
        .filter(Boolean)
        .join(' and ') + ' configured';
    case 'certificates parse':
      return 'every configured certificate parses';
    case 'certificate validity':
      return 'no configured certificate is expired, not yet valid or expiring within 30 days';
    case 'fingerprints':
      return 'fingerprints are well-formed';
    case 'email domains':
      return config.emailDomains.length ? `email domains: ${config.emailDomains.join(', ')}` : 'no domain list (domain check off)';
    default:
      return 'ok';
  }
}

/** JSON paths of keys present in the file, one level into the sections, for "given but empty" checks. */
function presentPaths(file: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(file)) {
    out.add(`$.${k}`);
    if (isRecord(v)) for (const sub of Object.keys(v)) out.add(`$.${k}.${sub}`);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function field(obj: unknown, key: string): unknown {
  return isRecord(obj) ? obj[key] : undefined;
}

function stringOf(obj: unknown, key: string): string | undefined {
  const v = field(obj, key);
  return typeof v === 'string' ? v : undefined;
}

function boolOf(obj: unknown, key: string): boolean | undefined {
  const v = field(obj, key);
  return typeof v === 'boolean' ? v : undefined;
}

function arrayOf(obj: unknown, key: string): unknown[] {
  const v = field(obj, key);
  return Array.isArray(v) ? v : [];
}

function strings(values: unknown[]): string[] {
  return values.filter((v): v is string => typeof v === 'string');
}

function isSignedPart(v: string | undefined): v is SignedPart {
  return v === 'response' || v === 'assertion' || v === 'either' || v === 'both';
}

/** The files people most often pass as --config by mistake, named so the fix is obvious. */
function wrongKindOfFile(text: string): { what: string; hint: string } | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('-----BEGIN')) {
    return {
      what: 'a PEM file (a certificate or key)',
      hint: 'Put the IdP certificate in the config\'s idp.certificates (inline or as a path), and pass the config JSON with --config. `saml-doctor config init --from-metadata` writes one.',
    };
  }
  if (start.startsWith('<')) {
    return {
      what: 'an XML file (IdP metadata?)',
      hint: 'Build a config from the metadata with `saml-doctor config init --from-metadata FILE`, then pass that JSON with --config.',
    };
  }
  return undefined;
}

function count(n: number, noun: string): string {
  return n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`;
}
