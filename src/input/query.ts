/** URL encoding and query strings, kept byte-exact where a redirect signature needs it. */

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** True when the text holds at least one %XX escape. */
export function hasPercentEscape(text: string): boolean {
  for (let i = text.indexOf('%'); i !== -1 && i + 2 < text.length; i = text.indexOf('%', i + 1)) {
    if (hexValue(text.charCodeAt(i + 1)) >= 0 && hexValue(text.charCodeAt(i + 2)) >= 0) return true;
  }
  return false;
}

/**
 * Percent-decodes, tolerating stray '%' (kept as is) and invalid UTF-8 (replacement characters),
 * unlike decodeURIComponent, which throws. `plusIsSpace` applies form encoding, where '+' means
 * space; for a base64 value leave it off, since a literal '+' there was a base64 '+' all along.
 */
export function percentDecode(text: string, plusIsSpace: boolean): string {
  const plain = plusIsSpace ? text.replaceAll('+', ' ') : text;
  if (!hasPercentEscape(text)) return plain;
  try {
    // The native decoder is fast; it throws on a stray '%' or bad UTF-8, which the loop below tolerates.
    return decodeURIComponent(plain);
  } catch {
    // fall through
  }
  const src = Buffer.from(text, 'utf8');
  const out = Buffer.allocUnsafe(src.length);
  let o = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === 0x25 && i + 2 < src.length) {
      const hi = hexValue(src[i + 1]!);
      const lo = hexValue(src[i + 2]!);
      if (hi >= 0 && lo >= 0) {
        out[o++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[o++] = plusIsSpace && c === 0x2b ? 0x20 : c;
  }
  return out.subarray(0, o).toString('utf8');
}

export interface QueryParam {
  /** Name as written (percent-decoded). */
  name: string;
  /** Value exactly as it appears in the input, still encoded. */
  raw: string;
  /** Raw `name=value` segment, for rebuilding a signed query byte for byte. */
  segment: string;
}

/** Splits `a=1&b=2` (a leading '?' and a '#fragment' are dropped) without decoding values. */
export function parseQuery(query: string): QueryParam[] {
  let q = query.startsWith('?') ? query.slice(1) : query;
  const hash = q.indexOf('#');
  if (hash !== -1) q = q.slice(0, hash);
  const params: QueryParam[] = [];
  for (const segment of q.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const rawName = eq === -1 ? segment : segment.slice(0, eq);
    params.push({ name: percentDecode(rawName, true), raw: eq === -1 ? '' : segment.slice(eq + 1), segment });
  }
  return params;
}

/** Case-insensitive lookup: some hand-written SPs send `samlresponse` or `SAMLresponse`. */
export function findParam(params: readonly QueryParam[], name: string): QueryParam | undefined {
  const lower = name.toLowerCase();
  return params.find((p) => p.name === name) ?? params.find((p) => p.name.toLowerCase() === lower);
}

/**
 * The octets an HTTP-Redirect signature covers (SAML 2.0 Bindings, 3.4.4.1):
 * `SAMLRequest=…&RelayState=…&SigAlg=…` in that order, each value exactly as received.
 */
export function signedQueryOf(
  message: QueryParam,
  relayState: QueryParam | undefined,
  sigAlg: QueryParam,
): string {
  const parts = [message.segment];
  if (relayState) parts.push(relayState.segment);
  parts.push(sigAlg.segment);
  return parts.join('&');
}
