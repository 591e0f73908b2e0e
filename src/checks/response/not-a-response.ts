import type { Finding } from '../types.js';
import { defineRule, finding } from '../types.js';
import type { MessageKind } from '../../saml/types.js';

export const notAResponse = defineRule({
  code: 'not-a-response',
  title: 'The message is not a SAML Response',
  severity: 'error',
  area: 'response',
  explain:
    'validate judges a samlp:Response, the message the IdP posts to the SP after sign-in. The input held ' +
    'something else: an AuthnRequest (the SP asking the IdP to sign in, which travels the other way), a ' +
    'logout message, metadata, or an unknown root element. The element is recognised by its namespace ' +
    'and local name, not by its prefix. Capture the POST to the ACS URL (the SAMLResponse form field) ' +
    'instead, or use `saml-doctor inspect` to look at any other message.',
});

const WHAT: Record<MessageKind, string> = {
  response: 'a Response',
  assertion: 'a bare Assertion without the Response around it',
  'authn-request': 'an AuthnRequest (the SP asking the IdP to sign someone in)',
  'logout-request': 'a LogoutRequest',
  'logout-response': 'a LogoutResponse',
  'entity-descriptor': 'SAML metadata (EntityDescriptor)',
  'entities-descriptor': 'SAML metadata (EntitiesDescriptor)',
  unknown: 'not a SAML message',
};

/** Emitted by the pipeline before any other check: nothing else can be judged without a Response. */
export function notAResponseFinding(kind: MessageKind, rootName: string): Finding {
  return finding(notAResponse, {
    message:
      kind === 'unknown'
        ? `the input is XML with the root element <${rootName}>, not a SAML message`
        : `the input is ${WHAT[kind]}, not a samlp:Response`,
    expected: 'samlp:Response (urn:oasis:names:tc:SAML:2.0:protocol)',
    actual: kind === 'unknown' ? `<${rootName}>` : rootName,
    hint:
      kind === 'authn-request'
        ? 'Capture the message the IdP posts back to the ACS URL (the SAMLResponse form field); use `saml-doctor inspect` for requests.'
        : kind === 'entity-descriptor' || kind === 'entities-descriptor'
          ? 'Use `saml-doctor metadata` for metadata; give validate the SAMLResponse posted to the ACS URL.'
          : 'Give validate the SAMLResponse form field posted to the ACS URL (or a HAR of the login).',
    location: `/${rootName}`,
  });
}
