import { domainAllowed, emailDomain, profileSymptom } from '../../knowledge/index.js';
import { defineRule, finding } from '../types.js';
import { findAttribute } from './helpers.js';
import type { ProfileCheck } from './input.js';

export const elasticCloudEmailDomainNotClaimed = defineRule({
  code: 'elastic-cloud-email-domain-not-claimed',
  title: 'The email attribute is not in a domain the Elastic Cloud organization claimed',
  severity: 'error',
  area: 'profile',
  explain:
    'Elastic Cloud only lets users in whose email attribute matches a domain the organization claimed ' +
    '(Security › Domains, verified with a _elastic_domain_challenge DNS TXT record); otherwise the login does ' +
    'not complete. Either the IdP sends a different address than expected (for example a UPN in an internal ' +
    'domain), or the domain still needs to be claimed: an organization owner claims it, or the IdP admin ' +
    'sends the address in a claimed domain.',
  mirrors: 'Failure to redirect back to Elastic Cloud after IdP log in, or redirected to /access-denied',
});

export const elasticCloudEmailDomain: ProfileCheck = {
  name: 'elastic-cloud claimed domain',
  profile: 'elastic-cloud',
  rules: [elasticCloudEmailDomainNotClaimed],
  run(input) {
    const claimed = input.config.verifiedDomains ?? [];
    const attr = findAttribute(input, input.profile.expects.attributes.email!);
    const email = attr?.values[0];
    if (!attr || email === undefined || claimed.length === 0) return [];
    const domain = emailDomain(email);
    const subdomains = input.profile.expects.verifiedDomains?.subdomainsAllowed ?? false;
    if (domain && domainAllowed(domain, claimed, subdomains)) return [];
    return [
      finding(elasticCloudEmailDomainNotClaimed, {
        message: domain
          ? `the email attribute is in ${domain}, which is not a claimed domain`
          : `the email attribute '${email}' is not an email address`,
        expected: claimed,
        actual: email,
        hint:
          `Organization owner, in Elastic Cloud: ${input.profile.settingsPage} › Domains › Add domain` +
          (domain ? `: claim ${domain}` : '') +
          `; or IdP admin sends the user's address in ${claimed.join(', ')} as the email attribute`,
        mirrors: profileSymptom(input.profile, elasticCloudEmailDomainNotClaimed.code, input.idp?.id),
        location: `Attribute ${attr.name}`,
      }),
    ];
  },
};
