import type { IdpKnowledge } from '../types.js';

const APP = 'PingOne: Applications › your app (PingFederate: your SP connection)';

export const ping: IdpKnowledge = {
  id: 'ping',
  name: 'PingOne / PingFederate',
  shortName: 'Ping',
  screens: {
    app: APP,
    spEntityId: `${APP} › Entity ID (PingFederate: Partner's Entity ID)`,
    acsUrl: `${APP} › ACS URLs (PingFederate: Assertion Consumer Service URL, under Protocol Settings)`,
    attributes: `${APP} › Attribute Mappings (PingFederate: Attribute Contract, under Browser SSO and Assertion Creation)`,
    assignment: 'PingOne: Applications › your app › Access',
  },
  values: {},
  facts: {},
  clues: [
    {
      on: 'entityId',
      pattern: /^https:\/\/auth\.pingone\.(com|eu|asia|ca|com\.au)\/[0-9a-f-]{36}\/?$/i,
      confidence: 'certain',
      reason: 'issuer https://auth.pingone.com/<environment id> is PingOne',
    },
    {
      on: 'url',
      pattern: /^https:\/\/auth\.pingone\.(com|eu|asia|ca|com\.au)\//i,
      confidence: 'certain',
      reason: 'auth.pingone.com is the PingOne sign-in host',
    },
    {
      on: 'url',
      pattern: /\/idp\/(SSO\.saml2|startSSO\.ping)\b/,
      confidence: 'likely',
      reason: '/idp/SSO.saml2 is the PingFederate SAML 2.0 sign-in endpoint',
    },
  ],
};
