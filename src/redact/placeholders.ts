/**
 * Stable stand-ins for personal values: the same value always maps to the same placeholder, so
 * equalities stay visible (the NameID equals the email attribute, two requests share a cookie).
 * Placeholders are recognised when seen again, so redacting twice changes nothing.
 */

export interface RedactOptions {
  /** Keep the domain of email addresses (it matters for domain checks); the local part is still replaced. */
  keepDomains?: boolean;
}

export type PlaceholderKind = 'email' | 'name' | 'value' | 'id' | 'guid' | 'ip' | 'secret';

export class Placeholders {
  private readonly maps = new Map<PlaceholderKind, Map<string, string>>();
  private readonly produced = new Set<string>();

  constructor(private readonly opts: RedactOptions = {}) {}

  /** How many distinct values of each kind were replaced. */
  counts(): Partial<Record<PlaceholderKind, number>> {
    const out: Partial<Record<PlaceholderKind, number>> = {};
    for (const [kind, map] of this.maps) out[kind] = map.size;
    return out;
  }

  private next(kind: PlaceholderKind, value: string, make: (n: number) => string): string {
    if (this.produced.has(value)) return value;
    let map = this.maps.get(kind);
    if (!map) this.maps.set(kind, (map = new Map()));
    let out = map.get(value);
    if (out === undefined) {
      out = make(map.size + 1);
      map.set(value, out);
      this.produced.add(out);
    }
    return out;
  }

  email(value: string): string {
    const at = value.lastIndexOf('@');
    const domain = at === -1 ? '' : value.slice(at + 1).toLowerCase();
    // Case differences in an address are the same mailbox: keep them one placeholder.
    return this.next('email', value.toLowerCase(), (n) => `user${n}@${this.opts.keepDomains && domain ? domain : 'example.invalid'}`);
  }

  name(value: string): string {
    return this.next('name', value, (n) => `name-${n}`);
  }

  value(value: string): string {
    return this.next('value', value, (n) => `value-${n}`);
  }

  /** Opaque identifiers: persistent NameIDs, object IDs that are not GUID-shaped. */
  id(value: string): string {
    return this.next('id', value, (n) => `id-${n}`);
  }

  /** GUID-shaped values keep their shape, so "these are object IDs, not names" stays diagnosable. */
  guid(value: string): string {
    return this.next('guid', value.toLowerCase(), (n) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`);
  }

  ip(value: string): string {
    return this.next('ip', value, (n) => (value.includes(':') ? `2001:db8::${n.toString(16)}` : `192.0.2.${n % 254 || 254}`));
  }

  /** Cookie values, bearer tokens, session keys. */
  secret(value: string): string {
    return this.next('secret', value, (n) => `redacted-${n}`);
  }
}

export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const EMAIL_ENCODED = /[A-Za-z0-9._+-]+%40[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Four dotted numbers not part of a version string ("Chrome/130.0.0.0") or a longer number.
const IPV4 = /(?<![\w./-])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\w.])/g;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isEmail(value: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(value.trim());
}

export function isGuid(value: string): boolean {
  return GUID.test(value.trim());
}

/** Emails (plain and percent-encoded) and IPv4 addresses inside free text. */
export function redactText(text: string, ph: Placeholders): string {
  if (!text) return text;
  let out = text;
  if (out.includes('@')) out = out.replace(EMAIL, (m) => ph.email(m));
  if (out.includes('%40')) out = out.replace(EMAIL_ENCODED, (m) => encodeURIComponent(ph.email(decodeURIComponent(m))));
  if (/\d\.\d/.test(out)) out = out.replace(IPV4, (m) => ph.ip(m));
  return out;
}
