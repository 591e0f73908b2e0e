import type { Check } from '../types.js';
import { finding } from '../types.js';
import { BINDINGS } from '../../saml/metadata.js';
import type { MetadataEntityContext } from './context.js';
import { entityLabel } from './context.js';
import { metadataNoSsoBinding } from './rules.js';

/** A browser login needs an HTTP-Redirect or HTTP-POST SingleSignOnService. */
export const ssoBindingCheck: Check<MetadataEntityContext> = {
  name: 'sso bindings',
  rules: [metadataNoSsoBinding],
  run(ctx) {
    return ctx.entity.roles
      .filter((r) => r.kind === 'idp')
      .flatMap((role) => {
        const usable = role.singleSignOnServices.filter((s) => s.binding === BINDINGS.redirect || s.binding === BINDINGS.post);
        if (usable.length > 0) return [];
        return [
          finding(metadataNoSsoBinding, {
            message: `the IdP ${entityLabel(ctx)} has no HTTP-Redirect or HTTP-POST SingleSignOnService`,
            expected: `a SingleSignOnService with Binding ${BINDINGS.redirect} or ${BINDINGS.post}`,
            actual: role.singleSignOnServices.length ? role.singleSignOnServices.map((s) => `${s.binding} ${s.location}`) : '(no SingleSignOnService)',
            location: `${ctx.entity.path}/${role.element}`,
            hint: 'Check that this is the SAML metadata of the right application; IdP admin: enable SAML browser SSO for it.',
          }),
        ];
      });
  },
};
