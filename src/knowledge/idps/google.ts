import type { IdpKnowledge } from '../types.js';

const APP = 'Admin console › Apps › Web and mobile apps › your app';

export const google: IdpKnowledge = {
  id: 'google',
  name: 'Google Workspace',
  shortName: 'Google',
  screens: {
    app: APP,
    spEntityId: `${APP} › Service provider details › Entity ID`,
    acsUrl: `${APP} › Service provider details › ACS URL`,
    recipientDestination: `${APP} › Service provider details › ACS URL`,
    nameIdFormat: `${APP} › Service provider details › Name ID format`,
    nameIdSource: `${APP} › Service provider details › Name ID`,
    attributes: `${APP} › SAML attribute mapping`,
    groups: `${APP} › SAML attribute mapping › Group membership`,
    signingCertificate: `${APP} › Download metadata (or Google Identity Provider details › Certificate)`,
    idpEntityId: `${APP} › Google Identity Provider details › Entity ID`,
    idpSsoUrl: `${APP} › Google Identity Provider details › SSO URL`,
    signingOption: `${APP} › Service provider details › Signed response`,
    assignment: `${APP} › User access`,
  },
  values: {
    nameIdFormatEmail: 'EMAIL',
    emailSource: 'Basic Information › Primary email',
    signResponse: 'Signed response ticked',
  },
  facts: {},
  clues: [
    {
      on: 'entityId',
      pattern: /^https:\/\/accounts\.google\.com\/o\/saml2\?idpid=[A-Za-z0-9]+$/,
      confidence: 'certain',
      reason: 'issuer https://accounts.google.com/o/saml2?idpid=... is Google Workspace',
    },
    {
      on: 'url',
      pattern: /^https:\/\/accounts\.google\.com\/o\/saml2\//,
      confidence: 'certain',
      reason: 'accounts.google.com/o/saml2/... is the Google Workspace SAML endpoint',
    },
    {
      on: 'certSubject',
      pattern: /O=Google/i,
      confidence: 'likely',
      reason: 'the signing certificate was issued by Google',
    },
  ],
};
