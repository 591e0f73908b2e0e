import type { Finding } from '../types.js';
import { finding } from '../types.js';
import type { CertCheck } from './context.js';
import { certSha1Signature } from './rules.js';

/** The hash the issuer used to sign the certificate itself (not the SAML signature). */
export const signatureAlgorithmCheck: CertCheck = {
  name: 'certificate signature',
  rules: [certSha1Signature],
  run({ facts, label, location }): Finding[] {
    const { hash, name } = facts.signatureAlgorithm;
    if (hash !== 'SHA-1' && hash !== 'MD5') return [];
    // Pinned self-signed certificates are trusted by their bytes, so the hash of their self-signature matters little.
    const selfSigned = facts.selfSigned;
    return [
      finding(certSha1Signature, {
        severity: selfSigned ? 'info' : 'warning',
        message: `${label} is signed with ${name}` + (selfSigned ? ' (self-signed: trusted by its bytes, so this matters little)' : ''),
        expected: 'a SHA-256 (or stronger) certificate signature',
        actual: name,
        hint: selfSigned
          ? 'Nothing to do now; when the IdP admin next rotates the certificate, the new one will use SHA-256.'
          : 'IdP admin: have the CA reissue the certificate with SHA-256, then give it to the SP admin.',
        location,
      }),
    ];
  },
  passed({ facts }) {
    return facts.signatureAlgorithm.name;
  },
};
