import type { SpProfile } from '../types.js';

export const zendesk: SpProfile = {
  name: 'zendesk',
  title: 'Zendesk',
  summary: 'Zendesk SSO: entity ID https://<subdomain>.zendesk.com, ACS /access/saml, trusts a SHA-256 certificate fingerprint',
  source: 'Microsoft Entra SAML integration for SaaS apps (Zendesk walkthrough)',
  expects: {
    spInitiatedOnly: false,
    nameIdMustBeEmail: false,
    attributes: {},
    requiredAttributes: [],
    destinationIsAcs: true,
    certificateTrust: 'sha256-fingerprint',
  },
  urls: {
    spEntityId: [{ template: 'https://<subdomain>.zendesk.com', pattern: /^https:\/\/[a-z0-9][a-z0-9-]*\.zendesk\.com$/ }],
    acsUrl: [
      {
        template: 'https://<subdomain>.zendesk.com/access/saml',
        pattern: /^https:\/\/[a-z0-9][a-z0-9-]*\.zendesk\.com\/access\/saml$/,
      },
    ],
  },
  fields: {
    idpSsoUrl: 'SAML SSO URL',
    certificate: 'Certificate fingerprint (SHA-256)',
  },
  settingsPage: 'Admin Center › Account › Security › Single sign-on › SAML',
  symptoms: {},
  requirements: [
    'SP entity ID https://<subdomain>.zendesk.com; ACS URL https://<subdomain>.zendesk.com/access/saml (same subdomain)',
    'Zendesk trusts the SHA-256 fingerprint of the IdP signing certificate, not the PEM',
    'no mandatory attributes',
  ],
};
