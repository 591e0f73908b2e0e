import type { Check } from '../types.js';
import { finding } from '../types.js';
import type { ConfigLintContext } from './context.js';
import { configDomainsEmpty } from './rules.js';

/** An explicitly empty emailDomains list: every user would fail the domain check. */
export const domainsEmptyCheck: Check<ConfigLintContext> = {
  name: 'email domains',
  rules: [configDomainsEmpty],
  run({ config, present }) {
    if (!present.has('$.emailDomains') || config.emailDomains.length > 0) return [];
    return [
      finding(configDomainsEmpty, {
        message: 'emailDomains is an empty list',
        expected: 'at least one verified domain, e.g. ["contoso.com"]',
        actual: [],
        location: '$.emailDomains',
        hint: 'SP admin: list the domains verified in the SaaS app (subdomains are allowed), or remove the key.',
      }),
    ];
  },
};
