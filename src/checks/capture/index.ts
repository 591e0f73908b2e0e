import type { Rule } from '../types.js';
import { defineRule } from '../types.js';

/*
 * What a browser capture (HAR or SAML-tracer export) says beyond its SAML messages: that it holds
 * none, or what the IdP or the app said in words when the login broke.
 */

export const captureNoSaml = defineRule({
  code: 'capture-no-saml',
  title: 'The capture holds no SAML message',
  severity: 'error',
  area: 'capture',
  explain:
    'No request or page in the HAR or SAML-tracer export carries a SAMLRequest or SAMLResponse, so there is ' +
    'nothing to diagnose. The message lists the hosts the capture did see: if the IdP host (for example ' +
    'login.microsoftonline.com) and the app\'s ACS host are missing, recording started too late or stopped too ' +
    'early. Chrome and Edge clear the Network tab on every navigation unless "Preserve log" is ticked, which ' +
    'drops the SAML POST. Whoever captures: open devtools, tick Preserve log, start from the app\'s sign-in ' +
    'page, sign in, then export with "Save all as HAR with content". If the login uses OIDC rather than SAML, ' +
    'this tool does not apply.',
});

export const captureIdpError = defineRule({
  code: 'capture-idp-error',
  title: 'The IdP showed an error page during the login',
  severity: 'error',
  area: 'capture',
  explain:
    'A page from the identity provider carried an error code, such as Microsoft Entra\'s AADSTS codes ' +
    '(AADSTS50011: the reply URL in the request is not one of the app\'s Reply URLs; AADSTS50105: the user is ' +
    'not assigned to the app; AADSTS700016: no app with that identifier in the tenant), or OAuth-style error ' +
    'parameters on the IdP\'s host. The IdP stopped the flow, usually before any SAML Response was issued, so ' +
    'the fix is in the IdP\'s app settings or in what the SP sends. The finding quotes the page\'s words and ' +
    'names the SAML request it answered; the IdP admin acts on the app in the IdP console.',
});

export const captureAppError = defineRule({
  code: 'capture-app-error',
  title: 'The app reported an error after the SAML step',
  severity: 'error',
  area: 'capture',
  explain:
    'The service provider said in words why it refused the login: a JSON error body (Firebase / Google ' +
    'Identity Platform apps answer `accounts:signInWithIdp` with messages such as "INVALID_IDP_RESPONSE : ' +
    'Error when parsing certificate" or "user mismatch"), or error/error_description parameters in a URL. ' +
    'The IdP side may look perfectly successful in its sign-in logs while this happens. The finding quotes ' +
    'the app\'s words next to the SAML Response they belong to; read it together with the other findings on ' +
    'that Response, which usually say which setting differs (certificate, NameID, audience...).',
  mirrors: 'INVALID_IDP_RESPONSE',
});

export const captureAcsHttpError = defineRule({
  code: 'capture-acs-http-error',
  title: 'The ACS URL answered the SAML POST with an HTTP error',
  severity: 'error',
  area: 'capture',
  explain:
    'The browser delivered the SAML Response to the assertion consumer service URL and the app answered ' +
    'with a 4xx or 5xx status. A 404 or 405 usually means the ACS URL configured at the IdP is not an ' +
    'endpoint of the app (wrong path, wrong region host, missing trailing segment); 400, 401 and 403 mean the ' +
    'app rejected the Response (see the other findings for why); a 5xx is a failure inside the app. Compare ' +
    'the URL with the ACS / Reply URL in the app\'s SSO settings (SP admin) and in the IdP app (IdP admin).',
});

export const captureNoResponse = defineRule({
  code: 'capture-no-response',
  title: 'The capture has an AuthnRequest but no SAML Response after it',
  severity: 'warning',
  area: 'capture',
  explain:
    'The app sent the browser to the IdP with an AuthnRequest, but no Response came back in the capture. ' +
    'Either the IdP stopped the flow (look for an IdP error page in the same capture: an AADSTS code, a ' +
    'password or MFA prompt that was not completed, a user who is not assigned to the app), or the capture ' +
    'was stopped or cleared before the POST back to the app (in Chrome and Edge tick "Preserve log"). ' +
    'Capture the whole login again, through to the error the app shows.',
});

export const captureRules: readonly Rule[] = [captureNoSaml, captureIdpError, captureAppError, captureAcsHttpError, captureNoResponse];
