import type { Rule } from '../types.js';
import { defineRule } from '../types.js';

/*
 * Checks across the messages of one captured login: whether the Response answers the request
 * that was sent, came back where the request asked, with the same RelayState, and whether the
 * request went where the config says the IdP is. Reused codes (in-response-to-mismatch,
 * unsolicited-response, clock-skew) are declared by the validate area.
 */

export const acsUrlMismatch = defineRule({
  code: 'acs-url-mismatch',
  title: 'The Response was posted to a different URL than the AuthnRequest asked for',
  severity: 'error',
  area: 'flow',
  explain:
    'The AuthnRequest names an AssertionConsumerServiceURL: where the app wants the Response. In the capture ' +
    'the browser posted the Response somewhere else. IdPs such as Microsoft Entra send the Response to the ' +
    'Reply URL that matches the requested one exactly, or to their first configured Reply URL when none is ' +
    'requested, so a difference means the IdP app is set up with another ACS URL than the app uses (a region ' +
    'host, http vs https, a trailing slash, an old path). The SP admin copies the ACS URL from the app\'s SSO ' +
    'settings; the IdP admin enters exactly that as the Reply URL (ACS URL) of the IdP app.',
});

export const relayStateChanged = defineRule({
  code: 'relay-state-changed',
  title: 'RelayState did not come back unchanged',
  severity: 'warning',
  area: 'flow',
  explain:
    'The app sends an opaque RelayState with its AuthnRequest and expects the IdP to return it byte for byte ' +
    'with the Response. Many apps keep the login state (where to go after sign-in, a CSRF token) in it and ' +
    'refuse or misroute a login whose RelayState is missing or different. A changed value usually comes from ' +
    'a default RelayState configured at the IdP overriding the app\'s, or from a proxy that rewrites URLs. ' +
    'IdP admin: clear the default RelayState / "Relay State" field of the IdP app for SP-initiated logins.',
});

export const ssoUrlMismatch = defineRule({
  code: 'sso-url-mismatch',
  title: 'The AuthnRequest went to another sign-in URL than the configured IdP\'s',
  severity: 'error',
  area: 'flow',
  explain:
    'The app sent the browser with its AuthnRequest to a URL that is not the IdP sign-in URL in the SSO ' +
    'config. The app is probably configured with another tenant\'s or another app\'s Login URL (Entra: ' +
    'Single sign-on › Set up › Login URL; Okta: Sign On URL), or with an outdated one. The IdP that answers ' +
    'then does not know the app, or signs with a certificate the app does not expect. SP admin: copy the ' +
    'IdP\'s sign-in URL again into the app\'s "Identity Provider Sign-In URL" field.',
});

export const redirectSignatureInvalid = defineRule({
  code: 'redirect-signature-invalid',
  title: 'The HTTP-Redirect signature does not verify',
  severity: 'error',
  area: 'flow',
  explain:
    'With the redirect binding the signature is not inside the XML: the sender signs the exact query bytes ' +
    '"SAMLRequest=...&RelayState=...&SigAlg=..." and sends the result as the Signature parameter. It did ' +
    'not verify with the certificate given for the sender (the SP\'s for an AuthnRequest). Either the SP signs ' +
    'with another key than the certificate registered at the IdP (the IdP then rejects the request, Entra with ' +
    'AADSTS errors about the signature), or the query was re-encoded on the way (a proxy or the capture tool ' +
    'changed percent-encoding). SP admin: upload the SP\'s current signing certificate to the IdP app, or turn ' +
    'request signing off on both sides.',
});

export const flowRules: readonly Rule[] = [acsUrlMismatch, relayStateChanged, ssoUrlMismatch, redirectSignatureInvalid];
