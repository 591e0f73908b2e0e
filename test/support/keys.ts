/** The fixture keys and certificates (PEM), read once from fixtures/keys. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const KEYS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'keys');

export type KeyName = 'idp' | 'idp-rotated' | 'idp-old' | 'attacker' | 'sp' | 'idp-ec';

export interface KeyPair {
  name: KeyName;
  /** PKCS#8 private key, PEM. */
  key: string;
  /** Self-signed X.509 certificate, PEM. */
  cert: string;
}

function load(name: KeyName): KeyPair {
  return {
    name,
    key: readFileSync(join(KEYS_DIR, `${name}.key.pem`), 'utf8'),
    cert: readFileSync(join(KEYS_DIR, `${name}.crt.pem`), 'utf8'),
  };
}

/** IdP's current signing certificate (RSA 2048, valid 2025-01-01..2028-01-01). */
export const IDP_KEY = load('idp');
/** The IdP's next certificate, after a rotation (valid from 2026-10-01). */
export const IDP_ROTATED_KEY = load('idp-rotated');
/** An IdP certificate that expired on 2025-06-30. */
export const IDP_OLD_KEY = load('idp-old');
/** Someone else's key with a look-alike subject. */
export const ATTACKER_KEY = load('attacker');
/** The SP's encryption/signing key. */
export const SP_KEY = load('sp');
/** An EC P-256 IdP key. */
export const IDP_EC_KEY = load('idp-ec');

/** Certificate body without PEM armour or line breaks, as it appears in X509Certificate elements. */
export function certBase64(pem: string): string {
  return pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}
