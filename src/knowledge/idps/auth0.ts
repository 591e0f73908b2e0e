import type { IdpKnowledge } from '../types.js';

const APP = 'Applications › your app';
const ADDON = `${APP} › Addons › SAML2 Web App`;

export const auth0: IdpKnowledge = {
  id: 'auth0',
  name: 'Auth0',
  shortName: 'Auth0',
  screens: {
    app: APP,
    spEntityId: `${ADDON} › Settings › "audience"`,
    acsUrl: `${ADDON} › Settings › Application Callback URL`,
    recipientDestination: `${ADDON} › Settings › "recipient" and "destination"`,
    nameIdFormat: `${ADDON} › Settings › "nameIdentifierFormat"`,
    nameIdSource: `${ADDON} › Settings › "nameIdentifierProbes"`,
    attributes: `${ADDON} › Settings › "mappings"`,
    groups: `${ADDON} › Settings › "mappings" (with the groups added to the user by a rule or Action)`,
    signingCertificate: `${APP} › Settings › Advanced Settings › Certificates › Download Certificate`,
    idpEntityId: `${ADDON} › Usage › Issuer`,
    idpSsoUrl: `${ADDON} › Usage › Identity Provider Login URL`,
    signingOption: `${ADDON} › Settings › "signResponse"`,
    signingAlgorithm: `${ADDON} › Settings › "signatureAlgorithm" and "digestAlgorithm"`,
  },
  values: {
    nameIdFormatEmail: '"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"',
    emailSource: '["email"] as the first of "nameIdentifierProbes"',
    sha256: '"rsa-sha256" with "digestAlgorithm": "sha256"',
    signAssertion: 'the Assertion is signed by default (do not remove the signature)',
    signResponse: '"signResponse": true',
  },
  facts: {},
  clues: [
    {
      on: 'entityId',
      pattern: /^urn:[a-z0-9-]+(\.[a-z]{2})?\.auth0\.com$/i,
      confidence: 'certain',
      reason: 'issuer urn:<tenant>.auth0.com is Auth0',
    },
    {
      on: 'url',
      pattern: /^https:\/\/[a-z0-9-]+(\.[a-z]{2})?\.auth0\.com\/samlp\//i,
      confidence: 'certain',
      reason: '<tenant>.auth0.com/samlp/<client id> is the Auth0 SAML endpoint',
    },
    {
      on: 'certSubject',
      pattern: /CN=[a-z0-9-]+(\.[a-z]{2})?\.auth0\.com/i,
      confidence: 'likely',
      reason: 'the signing certificate is an Auth0 tenant certificate',
    },
  ],
};
