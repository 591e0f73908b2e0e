import type { SpProfile } from '../types.js';

export const genericProfile: SpProfile = {
  name: 'generic',
  title: 'Generic SAML SP',
  summary: 'No product-specific rules: only what the SSO config says',
  source: 'the SSO config file',
  expects: {
    spInitiatedOnly: false,
    nameIdMustBeEmail: false,
    attributes: {},
    requiredAttributes: [],
    destinationIsAcs: true,
    certificateTrust: 'pem',
  },
  urls: {},
  fields: {},
  symptoms: {},
  requirements: ['only what the SSO config says'],
};
