import type { SpProfile } from '../types.js';

export const elevenlabs: SpProfile = {
  name: 'elevenlabs',
  title: 'ElevenLabs',
  summary: 'ElevenLabs workspace SSO: SP-initiated only, NameID must be the email of a verified domain',
  source: 'ElevenLabs docs: Microsoft Entra SAML SSO; Okta SAML SSO',
  expects: {
    spEntityId: 'https://elevenlabs.io',
    acsUrl: 'https://elevenlabs.io/__/auth/handler',
    spInitiatedOnly: true,
    nameIdMustBeEmail: true,
    nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    attributes: {},
    requiredAttributes: [],
    verifiedDomains: { subdomainsAllowed: true },
    destinationIsAcs: true,
    certificateTrust: 'pem',
  },
  urls: {
    spEntityId: [{ template: 'https://elevenlabs.io', pattern: /^https:\/\/elevenlabs\.io$/ }],
    acsUrl: [
      { template: 'https://elevenlabs.io/__/auth/handler', pattern: /^https:\/\/elevenlabs\.io\/__\/auth\/handler$/ },
      {
        template: 'https://<region>.residency.elevenlabs.io/__/auth/handler',
        pattern: /^https:\/\/[a-z0-9-]+\.residency\.elevenlabs\.io\/__\/auth\/handler$/,
      },
    ],
  },
  fields: {
    spEntityId: 'Service Provider Entity Id',
    acsUrl: 'Redirect URL',
    idpEntityId: 'Identity Provider Entity Id',
    idpSsoUrl: 'Identity Provider Sign-In URL',
    certificate: 'Certificate (Add Certificate)',
    domains: 'Domain (a verified domain, see User Auto Provisioning)',
  },
  settingsPage: 'Workspace settings › Security & SSO',
  symptoms: {
    default: 'the IdP shows a successful sign-in, but ElevenLabs says unable to sign in',
    byIdp: {
      entra: 'Microsoft Entra shows a successful sign-in, but ElevenLabs says unable to sign in',
      okta: "Okta's System Log says User single sign on to app SUCCESS, but ElevenLabs says unable to sign in",
    },
    byCode: {
      'nameid-not-email': 'Unable to login with saml.workspace... or user mismatch',
      'email-domain-not-allowed': 'Unable to login with saml.workspace... or user mismatch',
    },
    certificateParse: 'INVALID_IDP_RESPONSE: Error when parsing certificate',
  },
  requirements: [
    'SP-initiated sign-in only (start at https://elevenlabs.io/app/sign-in?use_sso=true); no IdP-initiated responses',
    'NameID is the user’s email address (Name ID format EmailAddress / Email address)',
    'the email’s domain is a verified ElevenLabs domain (subdomains allowed)',
    'SP entity ID https://elevenlabs.io; Redirect (ACS) URL https://elevenlabs.io/__/auth/handler, or https://<region>.residency.elevenlabs.io/__/auth/handler with data residency',
    'Destination and Recipient equal the Redirect URL',
    'the IdP certificate is pasted as a complete PEM (BEGIN/END lines included)',
    'Microsoft Entra is connected through SAML only (OIDC with Entra is not recommended)',
  ],
};
