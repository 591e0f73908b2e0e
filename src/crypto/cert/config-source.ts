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
      return isInlineCertificate(v) ? { label, inline: v } : { label, path: v };
    })
    .filter((e): e is ConfigCertificateEntry => e !== undefined);
  const fps = Array.isArray(idp.fingerprints) ? idp.fingerprints : [];
  return {
    entries,
    fingerprints: fps.filter((f): f is string => typeof f === 'string').map(normaliseFingerprint),
  };
}

/**
 * True when a config entry is certificate text (PEM, or a bare base64 body as copied from
 * metadata) rather than a file path. Either armour line counts, so a PEM cut short on either
 * end is still diagnosed as a certificate, not reported as a missing file.
 */
export function isInlineCertificate(text: string): boolean {
  if (/-----(BEGIN|END)/.test(text)) return true;
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+=*$/.test(compact)) return false;
  // DER starts with a SEQUENCE tag, "MI" in base64; no plausible path is this long without a dot.
  return (compact.length >= 64 && compact.startsWith('MI')) || compact.length >= 100;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
