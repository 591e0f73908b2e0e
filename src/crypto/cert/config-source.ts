import { normaliseFingerprint } from './facts.js';

/**
 * The certificates an SSO config file names (see src/config/types.ts, idp.certificates and
 * idp.fingerprints). Entries are inline PEM / base64 or paths relative to the config file; reading
 * the paths is the caller's job (the core does no I/O).
 */
export interface ConfigCertificateEntry {
  /** 'idp.certificates[0]' for messages. */
  label: string;
  /** Inline certificate text, or a path to read. */
  inline?: string;
  path?: string;
}

export interface ConfigCertificates {
  entries: ConfigCertificateEntry[];
  /** Plain lower-case hex. */
  fingerprints: string[];
}

/** Undefined when the JSON is not shaped like an SSO config (no idp object). */
export function configCertificates(json: unknown): ConfigCertificates | undefined {
  if (!isObject(json) || !isObject(json.idp)) return undefined;
  const idp = json.idp;
  const list = Array.isArray(idp.certificates) ? idp.certificates : [];
  const entries = list
    .map((v, i): ConfigCertificateEntry | undefined => {
      if (typeof v !== 'string') return undefined;
      const label = `idp.certificates[${i}]`;
      return looksInline(v) ? { label, inline: v } : { label, path: v };
    })
    .filter((e): e is ConfigCertificateEntry => e !== undefined);
  const fps = Array.isArray(idp.fingerprints) ? idp.fingerprints : [];
  return {
    entries,
    fingerprints: fps.filter((f): f is string => typeof f === 'string').map(normaliseFingerprint),
  };
}

/** A PEM or a base64 body, rather than a file name. */
function looksInline(v: string): boolean {
  return /BEGIN|END/.test(v) || /^[\sA-Za-z0-9+/=]{100,}$/.test(v);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
