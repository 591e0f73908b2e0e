/** SAML read models: pure readers that take the element to read (see types.ts). */
export * from './types.js';
export { identifyMessage } from './identify.js';
export { readResponse } from './response.js';
export { readAssertion } from './assertion.js';
export { readAuthnRequest } from './authn-request.js';
export { readLogoutRequest, readLogoutResponse } from './logout.js';
export { readSignaturePresence } from './signature.js';
export { readStatus } from './status.js';
export { readNameId } from './name-id.js';
