import type { IdpKnowledge, IdpScreens, IdpValues } from '../types.js';

const APP = "your IdP's SAML application for this service";

/** Wording for any IdP, and the fallback for places a product module does not state. */
export const genericScreens: IdpScreens = {
  app: APP,
  spEntityId: `${APP} › SP entity ID (Audience)`,
  acsUrl: `${APP} › ACS (Assertion Consumer Service) URL`,
  recipientDestination: `${APP} › Recipient and Destination`,
  nameIdFormat: `${APP} › NameID format`,
  nameIdSource: `${APP} › NameID value`,
  attributes: `${APP} › attribute statements (claims)`,
  groups: `${APP} › group attribute (claim)`,
  signingCertificate: "your IdP's metadata or application › signing certificate",
  certificateRotation: 'create the next signing certificate, give it to the SP, then make it active',
  idpEntityId: "your IdP's metadata › entityID",
  idpSsoUrl: "your IdP's metadata › SingleSignOnService Location",
  signingOption: `${APP} › signing settings`,
  signingAlgorithm: `${APP} › signature algorithm`,
  encryption: `${APP} › assertion encryption`,
  assignment: `${APP} › the users and groups allowed to sign in`,
  relayState: `${APP} › default RelayState`,
};

export const genericValues: IdpValues = {
  nameIdFormatEmail: 'email address (urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress)',
  emailSource: "the user's email address",
  sha256: 'RSA-SHA256',
  signAssertion: 'sign the Assertion',
  signResponse: 'sign the Response',
};

export const generic: IdpKnowledge = {
  id: 'generic',
  name: 'your IdP',
  shortName: 'IdP',
  screens: genericScreens,
  values: genericValues,
  facts: {},
  clues: [],
};
