import { defineRule, finding } from '../types.js';
import type { ProfileCheck } from './input.js';

export const zendeskFingerprintNotSha256 = defineRule({
  code: 'zendesk-fingerprint-not-sha256',
  title: 'The Zendesk certificate fingerprint is not a SHA-256 fingerprint',
  severity: 'error',
  area: 'profile',
  explain:
    'Zendesk does not take the IdP certificate itself: it trusts the certificate’s SHA-256 fingerprint ' +
    '(64 hexadecimal digits, often written in pairs separated by colons). A 40-digit value is a SHA-1 ' +
    'thumbprint and anything else is not a fingerprint at all, so Zendesk cannot match the signing ' +
    'certificate and every login fails. Run saml-doctor cert on the IdP certificate to print its SHA-256 ' +
    'fingerprint, and paste that into Zendesk’s Certificate fingerprint field.',
});

export const zendeskFingerprint: ProfileCheck = {
  name: 'zendesk certificate fingerprint',
  profile: 'zendesk',
  rules: [zendeskFingerprintNotSha256],
  run(input) {
    return (input.config.fingerprints ?? []).flatMap((fp) => {
      const hex = fp.replace(/[\s:]/g, '');
      if (/^[0-9a-f]{64}$/i.test(hex)) return [];
      const kind = /^[0-9a-f]{40}$/i.test(hex) ? 'a SHA-1 thumbprint (40 hex digits)' : `${hex.length} characters, not a fingerprint`;
      return [
        finding(zendeskFingerprintNotSha256, {
          message: `the certificate fingerprint is ${kind}; Zendesk expects the SHA-256 fingerprint`,
          expected: 'SHA-256 fingerprint: 64 hex digits',
          actual: fp,
          hint:
            `SP admin, in Zendesk: ${input.profile.settingsPage} › ${input.profile.fields.certificate}: paste the ` +
            'SHA-256 fingerprint of the IdP signing certificate (saml-doctor cert prints it)',
          location: 'config fingerprints',
        }),
      ];
    });
  },
};
