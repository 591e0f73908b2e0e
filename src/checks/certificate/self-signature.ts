import type { Finding } from '../types.js';
import { finding } from '../types.js';
import type { CertCheck } from './context.js';
import { certAltered } from './rules.js';

/**
 * A self-issued certificate must verify with its own key. When it does not, the bytes changed after
 * signing: the tell-tale of a certificate "reformatted" by a language model or OCR.
 */
export const selfSignatureCheck: CertCheck = {
  name: 'integrity',
  rules: [certAltered],
  run({ facts, label, location }): Finding[] {
    if (!facts.selfSignatureBroken) return [];
    return [
      finding(certAltered, {
        message: `${label} names itself as issuer but its signature does not verify with its own key: the content was changed`,
        expected: 'a self-signature that verifies',
        actual: 'signature does not match the certificate content',
        hint:
          'Download the certificate again from the IdP (Microsoft Entra: SAML Certificates › Certificate (Base64)) ' +
          'and copy it unchanged; do not let an LLM or editor reformat it.',
        location,
      }),
    ];
  },
  passed({ facts }) {
    return facts.selfSigned ? 'self-signed, signature verifies' : 'issued by another certificate (CA)';
  },
};
