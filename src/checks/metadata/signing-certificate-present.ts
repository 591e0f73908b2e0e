import type { Check } from '../types.js';
import { finding } from '../types.js';
import type { MetadataEntityContext } from './context.js';
import { entityLabel } from './context.js';
import { metadataNoSigningCertificate } from './rules.js';

/** An IdP must publish the certificate it signs with. */
export const signingCertificatePresentCheck: Check<MetadataEntityContext> = {
  name: 'signing certificate',
  rules: [metadataNoSigningCertificate],
  run(ctx) {
    if (!ctx.entity.roles.some((r) => r.kind === 'idp')) return [];
    const signing = ctx.certificates.filter((c) => c.roleKind === 'idp' && c.use !== 'encryption');
    if (signing.length > 0) return [];
    const uses = ctx.certificates.filter((c) => c.roleKind === 'idp').map((c) => `use="${c.use}"`);
    return [
      finding(metadataNoSigningCertificate, {
        message: `the IdP ${entityLabel(ctx)} publishes no signing certificate`,
        expected: 'a KeyDescriptor use="signing" (or without use) with a ds:X509Certificate in the IDPSSODescriptor',
        actual: uses.length ? `only ${uses.join(', ')}` : 'no KeyDescriptor with a certificate',
        location: ctx.entity.path,
        hint: 'IdP admin: make sure the application has an active signing certificate, then download the metadata again.',
      }),
    ];
  },
};
