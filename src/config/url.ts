/** Why a URL is not acceptable for SAML traffic: undefined for absolute https (or http on localhost). */
export function httpsProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not an absolute URL';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') return isLocalhost(url.hostname) ? undefined : 'uses http, not https';
  return `uses the ${url.protocol.replace(/:$/, '')} scheme, not https`;
}

function isLocalhost(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]';
}
