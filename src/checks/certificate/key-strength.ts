import type { Finding } from '../types.js';
import { finding } from '../types.js';
import type { CertCheck } from './context.js';
import { certWeakKey } from './rules.js';

const MIN_RSA_BITS = 2048;

export const keyStrengthCheck: CertCheck = {
  name: 'key',
  rules: [certWeakKey],
  run({ facts, label, location }): Finding[] {
    const { type, bits } = facts.key;
    if (!type.startsWith('RSA') || bits === undefined || bits >= MIN_RSA_BITS) return [];
    return [
      finding(certWeakKey, {
        message: `${label} has a ${bits}-bit RSA key`,
        expected: `RSA of at least ${MIN_RSA_BITS} bits (or EC P-256)`,
        actual: `RSA ${bits} bits`,
        hint:
          'IdP admin: issue a new signing certificate with an RSA 2048-bit (or larger) key, then the SP admin ' +
          'uploads it to the app.',
        location,
      }),
    ];
  },
  passed({ facts }) {
    return describeKey(facts.key);
  },
};

function describeKey(key: { type: string; bits?: number; curve?: string }): string {
  if (key.curve) return `${key.type} ${key.curve}`;
  return key.bits ? `${key.type} ${key.bits} bits` : key.type;
}
