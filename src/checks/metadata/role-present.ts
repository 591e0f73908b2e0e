import type { Check } from '../types.js';
import { finding } from '../types.js';
import type { MetadataEntityContext } from './context.js';
import { entityLabel } from './context.js';
import { metadataNoRole } from './rules.js';

export const rolePresentCheck: Check<MetadataEntityContext> = {
  name: 'role',
  rules: [metadataNoRole],
  run(ctx) {
    const roles = ctx.entity.roles;
    if (roles.some((r) => r.kind !== 'other')) return [];
    return [
      finding(metadataNoRole, {
        message: `${entityLabel(ctx)} has no IDPSSODescriptor or SPSSODescriptor`,
        expected: 'md:IDPSSODescriptor (identity provider) or md:SPSSODescriptor (service provider)',
        actual: roles.length ? roles.map((r) => r.element) : '(no role descriptors)',
        location: ctx.entity.path,
        hint: 'Use the SAML 2.0 metadata of the application (not WS-Federation or attribute-authority metadata).',
      }),
    ];
  },
};
