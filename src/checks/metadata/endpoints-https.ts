import type { Check } from '../types.js';
import { finding } from '../types.js';
import { httpsProblem } from '../../config/url.js';
import type { MetadataEntityContext } from './context.js';
import { metadataEndpointNotHttps } from './rules.js';

/** Every SSO, SLO and ACS Location (and ResponseLocation) must be https. */
export const endpointsHttpsCheck: Check<MetadataEntityContext> = {
  name: 'endpoints https',
  rules: [metadataEndpointNotHttps],
  run({ entity }) {
    return entity.roles.flatMap((role) => {
      const endpoints = [
        ...role.singleSignOnServices.map((e) => ({ kind: 'SingleSignOnService', e })),
        ...role.singleLogoutServices.map((e) => ({ kind: 'SingleLogoutService', e })),
        ...role.assertionConsumerServices.map((e) => ({ kind: 'AssertionConsumerService', e })),
      ];
      return endpoints.flatMap(({ kind, e }) =>
        [e.location, e.responseLocation].flatMap((url) => {
          if (url === undefined) return [];
          const problem = httpsProblem(url);
          if (!problem) return [];
          return [
            finding(metadataEndpointNotHttps, {
              message: `${kind} ${url || '(empty Location)'} ${problem}`,
              expected: 'an absolute https:// URL',
              actual: url,
              location: `${entity.path}/${role.element}/${kind}`,
              hint:
                role.kind === 'sp'
                  ? 'SP admin: publish the https ACS URL of the application.'
                  : 'IdP admin: publish https sign-in endpoints; users must never be sent to an http sign-in page.',
            }),
          ];
        }),
      );
    });
  },
};
