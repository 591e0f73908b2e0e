/**
 * Why two URLs (or URL-shaped identifiers) that should be equal are not. SAML compares them as
 * exact strings, so a trailing slash is a real difference; naming the kind of difference tells the
 * admin which character to change instead of leaving them to stare at two long lines.
 */
export type UrlDifference =
  | 'trailing-slash'
  | 'host-case'
  | 'scheme'
  | 'port'
  | 'region-host'
  | 'path-case'
  | 'whitespace';

export function urlDifference(expected: string, actual: string): UrlDifference | undefined {
  if (expected === actual) return undefined;
  if (expected.trim() === actual.trim()) return 'whitespace';
  const strip = (s: string) => s.trim().replace(/\/+$/, '');
  if (strip(expected) === strip(actual)) return 'trailing-slash';
  const e = tryUrl(expected.trim());
  const a = tryUrl(actual.trim());
  if (!e || !a) return expected.toLowerCase() === actual.toLowerCase() ? 'path-case' : undefined;
  const rest = (u: URL) => `${u.pathname}${u.search}${u.hash}`;
  // URL() lower-cases the host, so compare the raw text to see a case-only difference.
  if (e.href === a.href) return hostOf(expected) !== hostOf(actual) ? 'host-case' : undefined;
  const same = (u: URL, v: URL) => u.hostname === v.hostname && rest(u) === rest(v);
  if (same(e, a) && e.protocol !== a.protocol && e.port === a.port) return 'scheme';
  if (same(e, a) && e.protocol === a.protocol && e.port !== a.port) return 'port';
  if (e.protocol === a.protocol && rest(e) === rest(a) && baseDomain(e.hostname) === baseDomain(a.hostname)) {
    return 'region-host';
  }
  if (e.origin === a.origin && rest(e).toLowerCase() === rest(a).toLowerCase()) return 'path-case';
  return undefined;
}

/** One sentence for the hint: what exactly differs. */
export function describeUrlDifference(expected: string, actual: string): string | undefined {
  const kind = urlDifference(expected, actual);
  switch (kind) {
    case undefined:
      return undefined;
    case 'whitespace':
      return 'the two differ only by spaces or line breaks around the value';
    case 'trailing-slash':
      return 'the two differ only by a trailing slash, and SAML compares them character for character';
    case 'host-case':
      return 'the two differ only in the letter case of the host name';
    case 'scheme':
      return `the two differ only in the scheme (${schemeOf(expected)} expected, ${schemeOf(actual)} sent)`;
    case 'port':
      return 'the two differ only in the port number';
    case 'path-case':
      return 'the two differ only in letter case';
    case 'region-host':
      return (
        `the two differ only in the host (${hostOf(expected)} expected, ${hostOf(actual)} sent): ` +
        'a regional or data-residency host of the same service'
      );
  }
}

/** The difference from the closest of several accepted values (the first that differs in a nameable way). */
export function describeUrlDifferenceFromAny(accepted: readonly string[], actual: string): string | undefined {
  return accepted.map((u) => describeUrlDifference(u, actual)).find(Boolean);
}

/** A description as the hint's opening sentence ("The two differ only … . "), or nothing. */
export function leadSentence(why: string | undefined): string {
  return why ? `${why[0]!.toUpperCase()}${why.slice(1)}. ` : '';
}

function tryUrl(s: string): URL | undefined {
  try {
    return new URL(s);
  } catch {
    return undefined;
  }
}

function hostOf(s: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(s.trim())?.[1] ?? s;
}

function schemeOf(s: string): string {
  return /^([a-z][a-z0-9+.-]*):/i.exec(s.trim())?.[1] ?? '(none)';
}

/** The last two labels ("elevenlabs.io" of "eu.residency.elevenlabs.io"). */
function baseDomain(host: string): string {
  return host.split('.').slice(-2).join('.');
}
