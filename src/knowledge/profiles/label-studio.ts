import type { AttributePreset, SpProfile } from '../types.js';

const ENTRA_URI = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';

/** The attribute-name presets on Label Studio's SSO & SAML page (reference: Label Studio SSO docs). */
export const LABEL_STUDIO_PRESETS: readonly AttributePreset[] = [
  { label: 'Default', names: { email: 'Email', firstName: 'FirstName', lastName: 'LastName', groups: 'Groups' } },
  {
    label: 'Entra ID (full URI)',
    apiValue: 'azure',
    names: {
      email: `${ENTRA_URI}/emailaddress`,
      firstName: `${ENTRA_URI}/givenname`,
      lastName: `${ENTRA_URI}/surname`,
      groups: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
    },
  },
  {
    label: 'Entra ID (short)',
    names: { email: 'emailAddress', firstName: 'givenName', lastName: 'surname', groups: 'groups' },
  },
  { label: 'Okta', names: { email: 'email', firstName: 'firstName', lastName: 'lastName', groups: 'groups' } },
  { label: 'Auth0', names: { email: 'email', firstName: 'given_name', lastName: 'family_name', groups: 'groups' } },
  {
    label: 'PingOne',
    names: { email: 'emailAddress', firstName: 'givenName', lastName: 'surname', groups: 'Groups' },
  },
];

export const labelStudio: SpProfile = {
  name: 'label-studio',
  title: 'Label Studio Enterprise',
  summary: 'Label Studio Enterprise SSO: identity from the email attribute, attribute-name presets per IdP, case-sensitive group names',
  source: 'Label Studio docs: Set up SSO authentication for Label Studio',
  expects: {
    spInitiatedOnly: false,
    nameIdMustBeEmail: false,
    nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
    identityAttribute: 'email',
    attributes: LABEL_STUDIO_PRESETS[0]!.names,
    requiredAttributes: ['email'],
    destinationIsAcs: true,
    certificateTrust: 'metadata',
    groupsCaseSensitive: true,
    emailCaseInsensitive: true,
  },
  urls: {
    // Label Studio asks for its ACS URL in both Entra fields: Identifier (Entity ID) and Reply URL.
    spEntityId: [{ template: 'https://<your-host>/saml/<token>/acs', pattern: /^https:\/\/[^/]+\/saml\/[^/]+\/acs$/ }],
    acsUrl: [{ template: 'https://<your-host>/saml/<token>/acs', pattern: /^https:\/\/[^/]+\/saml\/[^/]+\/acs$/ }],
  },
  fields: {
    acsUrl: 'Assertion Consumer Service (ACS) URL',
    idpEntityId: 'metadata XML or metadata URL',
    certificate: 'metadata XML or metadata URL',
    domains: 'Domain',
  },
  settingsPage: 'Organization › SSO & SAML',
  symptoms: {
    default: 'SSO login redirects to an error page',
    byCode: {
      'attribute-missing': 'Attributes not being extracted from SAML assertion',
      'label-studio-preset-mismatch': 'Attributes not being extracted from SAML assertion',
      'groups-are-object-ids': 'User created with wrong role after SSO login',
      'label-studio-groups-object-ids': 'User created with wrong role after SSO login',
      'label-studio-group-case-mismatch': 'User created with wrong role after SSO login',
    },
  },
  requirements: [
    'the user is identified by the mapped email attribute, not by the NameID (default NameID format transient)',
    'attribute names match the selected preset: Default (Email, FirstName, LastName, Groups), Okta, Entra ID short or full URI, Auth0, PingOne',
    'with Entra, groups are sent as names (sAMAccountName or another readable property), not object IDs',
    'group names match the mappings exactly, including case; emails are compared case-insensitively',
    'ACS URL https://<your-host>/saml/<token>/acs, used as both Identifier (Entity ID) and Reply URL',
  ],
  attributePresets: LABEL_STUDIO_PRESETS,
};
