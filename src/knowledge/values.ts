/** Small value tests shared by the knowledge-driven checks. */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An Entra-style object ID (a GUID), as sent when a group claim carries IDs instead of names. */
export function looksLikeObjectId(value: string): boolean {
  return GUID.test(value.trim());
}

/** The domain part of an email address, lower-cased; undefined when the value is not an address. */
export function emailDomain(value: string): string | undefined {
  const m = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/.exec(value.trim());
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Whether an email's domain is one of the allowed domains (optionally a subdomain of one). */
export function domainAllowed(domain: string, allowed: readonly string[], subdomainsAllowed: boolean): boolean {
  const d = domain.toLowerCase();
  return allowed.some((a) => {
    const x = a.trim().toLowerCase().replace(/^@/, '');
    return d === x || (subdomainsAllowed && d.endsWith(`.${x}`));
  });
}
