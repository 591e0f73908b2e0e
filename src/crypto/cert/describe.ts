import type { LintedCertificate } from './lint.js';
import { relativeTime } from '../../util/time.js';

/** The facts people ask for (and Zendesk-style apps want: the fingerprint), as aligned text lines. */
export function describeCertificate(c: LintedCertificate, now: Date, heading: string): string[] {
  const f = c.facts;
  const row = (name: string, value: string) => `  ${name.padEnd(11)} ${value}`;
  const key = f.key.curve ? `${f.key.type} ${f.key.curve}` : f.key.bits ? `${f.key.type} ${f.key.bits} bits` : f.key.type;
  const expiry = Date.parse(f.notAfter) <= now.getTime() ? 'expired' : 'expires';
  const role = c.role === 'leaf' ? ' — signing (leaf) certificate' : c.role === 'ca' ? ' — CA certificate' : '';
  const uses = c.uses?.length ? ` — ${c.uses.join(' and ')}` : '';
  return [
    `${heading}${role}${uses}`,
    row('subject', f.subject),
    row('issuer', f.issuer + (f.selfSigned ? ' (self-signed)' : '')),
    row('serial', f.serialNumber),
    row('valid from', `${when(f.notBefore)} (${relativeTime(new Date(f.notBefore), now)})`),
    row('valid to', `${when(f.notAfter)} (${expiry} ${relativeTime(new Date(f.notAfter), now)})`),
    row('key', key),
    row('signature', f.signatureAlgorithm.name),
    row('SHA-1', f.fingerprints.sha1.colon),
    row('', f.fingerprints.sha1.hex),
    row('SHA-256', f.fingerprints.sha256.colon),
    row('', f.fingerprints.sha256.hex),
    ...(c.occurrences > 1 ? [row('copies', String(c.occurrences))] : []),
  ];
}

function when(iso: string): string {
  return iso.replace('T', ' ').replace(/\.000Z$/, ' UTC');
}
