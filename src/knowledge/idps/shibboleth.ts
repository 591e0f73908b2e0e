import type { IdpKnowledge } from '../types.js';

const SP_METADATA = 'the SP metadata the IdP loads (conf/metadata-providers.xml)';
const RP = 'conf/relying-party.xml › the SAML2.SSO profile configuration for this SP';

export const shibboleth: IdpKnowledge = {
  id: 'shibboleth',
  name: 'Shibboleth IdP',
  shortName: 'Shibboleth',
  screens: {
    app: `${SP_METADATA} and ${RP}`,
    spEntityId: `${SP_METADATA} › entityID`,
    acsUrl: `${SP_METADATA} › AssertionConsumerService Location`,
    recipientDestination: `${SP_METADATA} › AssertionConsumerService Location`,
    nameIdFormat: 'conf/saml-nameid.xml (and NameIDFormat in the SP metadata)',
    nameIdSource: 'conf/saml-nameid.xml',
    attributes: 'conf/attribute-resolver.xml and conf/attribute-filter.xml (release to this SP)',
    groups: 'conf/attribute-resolver.xml and conf/attribute-filter.xml (release a group attribute to this SP)',
    signingCertificate: 'credentials/idp-signing.crt (also in the IdP metadata)',
    idpEntityId: 'conf/idp.properties › idp.entityID',
    signingOption: `${RP} › signAssertions / signResponses`,
    encryption: `${RP} › encryptAssertions`,
  },
  values: {
    emailSource: 'mail',
    signAssertion: 'signAssertions true',
    signResponse: 'signResponses true',
  },
  facts: {},
  clues: [
    {
      on: 'entityId',
      pattern: /^https:\/\/[^/]+\/idp\/shibboleth\/?$/i,
      confidence: 'likely',
      reason: 'entity ID https://<host>/idp/shibboleth is the Shibboleth IdP default',
    },
    {
      on: 'url',
      pattern: /\/idp\/profile\/SAML2\/(POST|Redirect|POST-SimpleSign|SOAP)\/SSO\b/,
      confidence: 'certain',
      reason: '/idp/profile/SAML2/<binding>/SSO is the Shibboleth IdP sign-in endpoint',
    },
  ],
};
