import { defineRule, finding } from '../types.js';
import type { ProfileCheck } from './input.js';

export const elasticCloudLoginPrefixInvalid = defineRule({
  code: 'elastic-cloud-login-prefix-invalid',
  title: 'The Elastic Cloud login identifier prefix may only use lowercase letters, digits and hyphens',
  severity: 'error',
  area: 'profile',
  explain:
    'The login identifier prefix becomes part of the organization’s Elastic Cloud SSO login URL, and Elastic ' +
    'accepts only lowercase alphanumeric characters and hyphens in it. Upper case letters, spaces, dots or ' +
    'underscores are refused when the SP admin saves the IdP registration. Pick a prefix such as the company ' +
    'name in lower case with hyphens; it can be changed later.',
});

const VALID = /^[a-z0-9-]+$/;

export const elasticCloudLoginPrefix: ProfileCheck = {
  name: 'elastic-cloud login identifier prefix',
  profile: 'elastic-cloud',
  rules: [elasticCloudLoginPrefixInvalid],
  run(input) {
    const prefix = input.config.loginIdentifierPrefix;
    if (prefix === undefined || VALID.test(prefix)) return [];
    const suggestion = prefix
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
    return [
      finding(elasticCloudLoginPrefixInvalid, {
        message: `login identifier prefix '${prefix}' contains characters other than lowercase letters, digits and hyphens`,
        expected: 'lowercase letters, digits and hyphens',
        actual: prefix,
        hint:
          `SP admin, in Elastic Cloud: ${input.profile.settingsPage} › Configure SSO › Login identifier prefix` +
          (suggestion ? `: for example ${suggestion}` : ''),
        location: 'config loginIdentifierPrefix',
      }),
    ];
  },
};
