import type { Check } from '../types.js';
import { finding } from '../types.js';
import { normaliseFingerprint } from '../../crypto/cert/facts.js';
import type { ConfigLintContext } from './context.js';
import { configFingerprintInvalid } from './rules.js';

/** Fingerprints must be 40 (SHA-1) or 64 (SHA-256) hex digits once separators are removed. */
export const fingerprintFormatCheck: Check<ConfigLintContext> = {
  name: 'fingerprints',
  rules: [configFingerprintInvalid],
  run({ config }) {
    return config.idp.fingerprints.flatMap((value, i) => {
      const hex = normaliseFingerprint(value);
      const isHex = /^[0-9a-f]*$/.test(hex);
      if (isHex && (hex.length === 40 || hex.length === 64)) return [];
      return [
        finding(configFingerprintInvalid, {
          message: isHex
            ? `fingerprint has ${hex.length} hex digits; a SHA-1 fingerprint has 40, a SHA-256 one 64`
            : 'fingerprint contains characters that are not hexadecimal digits',
          expected: '40 (SHA-1) or 64 (SHA-256) hex digits, colons optional',
          actual: value,
          location: `$.idp.fingerprints[${i}]`,
          hint: 'Copy the fingerprint again from the IdP (Entra shows the SHA-1 Thumbprint), or configure the certificate itself.',
        }),
      ];
    });
  },
};
