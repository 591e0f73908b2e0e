import type { Check } from '../types.js';
import { finding } from '../types.js';
import type { MetadataEntityContext } from './context.js';
import { entityLabel } from './context.js';
import { metadataSignedRequestsWithoutKey, metadataWantsSignedRequests } from './rules.js';

/** Request signing: an SP that promises signed requests needs a published key; an IdP that demands them needs an SP that signs. */
export const signedRequestsCheck: Check<MetadataEntityContext> = {
  name: 'request signing',
  rules: [metadataSignedRequestsWithoutKey, metadataWantsSignedRequests],
  run(ctx) {
    return ctx.entity.roles.flatMap((role) => {
      if (role.kind === 'sp' && role.authnRequestsSigned) {
        const keys = ctx.certificates.filter((c) => c.roleKind === 'sp' && c.use !== 'encryption');
        if (keys.length > 0) return [];
        return [
          finding(metadataSignedRequestsWithoutKey, {
            message: `the SP ${entityLabel(ctx)} says AuthnRequestsSigned="true" but publishes no signing certificate`,
            expected: 'a KeyDescriptor use="signing" with the request-signing certificate',
            actual: 'none',
            location: `${ctx.entity.path}/${role.element}`,
            hint: 'SP admin: add the request-signing certificate to the SP metadata, or set AuthnRequestsSigned="false".',
          }),
        ];
      }
      if (role.kind === 'idp' && role.wantAuthnRequestsSigned) {
        return [
          finding(metadataWantsSignedRequests, {
            message: `the IdP ${entityLabel(ctx)} only accepts signed AuthnRequests (WantAuthnRequestsSigned="true")`,
            location: `${ctx.entity.path}/${role.element}`,
            hint:
              'SP admin: turn on AuthnRequest signing in the app and give the IdP admin the SP signing certificate; ' +
              'IdP-initiated sign-in is not affected.',
          }),
        ];
      }
      return [];
    });
  },
};
