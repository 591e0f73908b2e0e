import type { IdpKnowledge } from '../types.js';

const APP = 'Admin console › your realm › Clients › your client';
const MAPPERS = 'Admin console › your realm › Clients › your client › Client scopes › <client>-dedicated › Mappers';

export const keycloak: IdpKnowledge = {
  id: 'keycloak',
  name: 'Keycloak',
  shortName: 'Keycloak',
  screens: {
    app: APP,
    spEntityId: `${APP} › Settings › Client ID (it is the SP entity ID)`,
    acsUrl: `${APP} › Advanced › Fine Grain SAML Endpoint Configuration › Assertion Consumer Service POST Binding URL`,
    recipientDestination: `${APP} › Advanced › Fine Grain SAML Endpoint Configuration › Assertion Consumer Service POST Binding URL`,
    nameIdFormat: `${APP} › Settings › Name ID format (with Force name ID format on)`,
    nameIdSource: `${APP} › Settings › Name ID format`,
    attributes: MAPPERS,
    groups: `${MAPPERS} › a Group list mapper`,
    signingCertificate: 'Admin console › your realm › Realm settings › Keys › RS256 › Certificate',
    idpEntityId: 'https://<host>/realms/<realm> (the entityID in /realms/<realm>/protocol/saml/descriptor)',
    idpSsoUrl: 'https://<host>/realms/<realm>/protocol/saml',
    signingOption: `${APP} › Keys / Signature and Encryption › Sign documents and Sign assertions`,
    signingAlgorithm: `${APP} › Signature and Encryption › Signature algorithm`,
    encryption: `${APP} › Keys › Encrypt assertions`,
  },
  values: {
    nameIdFormatEmail: 'email',
    emailSource: 'email',
    sha256: 'RSA_SHA256',
    signAssertion: 'Sign assertions On',
    signResponse: 'Sign documents On',
  },
  facts: {},
  clues: [
    {
      on: 'entityId',
      pattern: /^https?:\/\/[^/]+(\/auth)?\/realms\/[^/]+\/?$/i,
      confidence: 'likely',
      reason: 'issuer https://<host>/realms/<realm> is the shape of a Keycloak realm',
    },
    {
      on: 'url',
      pattern: /\/realms\/[^/]+\/protocol\/saml\b/i,
      confidence: 'certain',
      reason: '/realms/<realm>/protocol/saml is the Keycloak SAML endpoint',
    },
  ],
  fixes: {
    'groups-as-names': () =>
      `IdP admin, in Keycloak: ${MAPPERS} › the Group list mapper: set Full group path Off when the SP ` +
      'expects bare group names rather than /parent/child paths',
  },
};
