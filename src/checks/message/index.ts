import type { Rule } from '../types.js';
import { defineRule } from '../types.js';

/* What the decoded XML turned out to be, when it is not a message saml-doctor can read. */

export const notSaml = defineRule({
  code: 'not-saml',
  title: 'The XML is not a SAML message or SAML metadata',
  severity: 'error',
  area: 'input',
  explain:
    'The input decoded to well-formed XML, but its root element is not in a SAML namespace (protocol, ' +
    'assertion or metadata). The message names the root element and its namespace. Common cases: a ' +
    'WS-Federation token or an XHTML error page was copied instead of the SAMLResponse, or the XML lost ' +
    'its namespace declaration on the way. Copy the SAMLResponse or SAMLRequest value itself, from the ' +
    'POST to the app\'s ACS URL or from a HAR of the login.',
});

export const unknownMessage = defineRule({
  code: 'unknown-message',
  title: 'A SAML element saml-doctor does not summarise',
  severity: 'warning',
  area: 'input',
  explain:
    'The root element is in a SAML namespace but is not a Response, Assertion, AuthnRequest, ' +
    'LogoutRequest, LogoutResponse or metadata document (for example an ArtifactResolve, an ' +
    'AttributeQuery or a bare EncryptedAssertion). The tool shows what it can and stops there. A web SSO ' +
    'login through an ACS URL carries a samlp:Response: if you expected one, check that you copied the ' +
    'right parameter from the right step of the flow.',
});

export const messageRules: readonly Rule[] = [notSaml, unknownMessage];
