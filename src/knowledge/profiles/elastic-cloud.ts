import type { SpProfile } from '../types.js';

export const elasticCloud: SpProfile = {
  name: 'elastic-cloud',
  title: 'Elastic Cloud',
  summary: 'Elastic Cloud organization SSO: an email attribute in a claimed domain, groups for role mappings, SP-initiated only',
  source: 'Elastic docs: Configure Elastic Cloud SAML SSO',
  expects: {
    spInitiatedOnly: true,
    nameIdMustBeEmail: false,
    identityAttribute: 'email',
    attributes: { email: 'email', firstName: 'firstName', lastName: 'lastName', groups: 'groups' },
    requiredAttributes: ['email'],
    verifiedDomains: { subdomainsAllowed: false },
    destinationIsAcs: true,
    certificateTrust: 'pem',
    idpSsoBinding: 'HTTP-POST',
  },
  urls: {},
  fields: {
    spEntityId: 'Service provider Entity ID',
    acsUrl: 'Service provider ACS URL',
    idpEntityId: 'Identity Provider Entity ID',
    idpSsoUrl: 'Identity Provider SSO URL',
    certificate: 'Public x509 certificate',
    domains: 'Domains (claimed through a _elastic_domain_challenge TXT record)',
  },
  settingsPage: 'Organization › Security › User authentication',
  symptoms: {
    default: 'Failure to redirect back to Elastic Cloud after IdP log in, or redirected to /access-denied',
  },
  requirements: [
    'an attribute named email carrying an address in a claimed domain',
    'optional firstName and lastName attributes; a groups attribute for role mappings (mapping rules may use * wildcards)',
    'no IdP-initiated SSO: users start at the SSO Login URL',
    'Destination and Recipient equal the Service provider ACS URL; Audience equals the Service provider Entity ID',
    'Issuer equals the registered Identity Provider Entity ID; the response signature verifies with the registered PEM certificate',
    'Identity Provider SSO URL is the HTTP-POST binding endpoint',
    'Login identifier prefix uses lowercase letters, digits and hyphens only',
  ],
};
