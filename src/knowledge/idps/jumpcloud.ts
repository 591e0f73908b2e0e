import type { IdpKnowledge } from '../types.js';

const APP = 'Admin Portal › SSO Applications › your app';
const SSO = `${APP} › SSO`;

export const jumpcloud: IdpKnowledge = {
  id: 'jumpcloud',
  name: 'JumpCloud',
  shortName: 'JumpCloud',
  screens: {
    app: APP,
    spEntityId: `${SSO} › SP Entity ID`,
    acsUrl: `${SSO} › ACS URLs`,
    recipientDestination: `${SSO} › ACS URLs`,
    nameIdFormat: `${SSO} › SAMLSubject NameID Format`,
    nameIdSource: `${SSO} › SAMLSubject NameID`,
    attributes: `${SSO} › Attributes › User Attributes`,
    groups: `${SSO} › Attributes › Include group attribute`,
    idpEntityId: `${SSO} › IdP Entity ID`,
    signingOption: `${SSO} › Sign Assertion / Sign Response`,
    signingAlgorithm: `${SSO} › Signature Algorithm`,
    assignment: `${APP} › User Groups`,
  },
  values: {
    emailSource: 'email',
    sha256: 'RSA-SHA256',
  },
  facts: {},
  clues: [
    {
      on: 'entityId',
      pattern: /^JumpCloud$/i,
      confidence: 'certain',
      reason: 'issuer "JumpCloud" is the default IdP Entity ID of JumpCloud',
    },
    {
      on: 'url',
      pattern: /^https:\/\/sso\.jumpcloud\.com\//i,
      confidence: 'certain',
      reason: 'sso.jumpcloud.com is the JumpCloud sign-in host',
    },
    {
      on: 'certSubject',
      pattern: /JumpCloud/i,
      confidence: 'likely',
      reason: 'the signing certificate names JumpCloud',
    },
  ],
};
