import { explainAadsts, findAadstsCodes } from '../../knowledge/index.js';
import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';

export const statusNotSuccess = defineRule({
  code: 'status-not-success',
  title: 'The IdP answered with an error status instead of a sign-in',
  severity: 'error',
  area: 'response',
  explain:
    'The Response carries a samlp:StatusCode other than Success: the IdP did not sign the user in and ' +
    'sent no usable assertion. The top-level code says who is to blame (Requester: the SP\'s request; ' +
    'Responder: the IdP; VersionMismatch: SAML versions), the second-level code says why (for example ' +
    'InvalidNameIDPolicy: the IdP cannot produce the NameID format the SP asked for; AuthnFailed: the ' +
    'user could not authenticate; RequestDenied: the IdP refused, often because the user is not ' +
    'assigned to the application; NoPassive: the SP asked for a silent login but the user must interact). ' +
    'The StatusMessage, if any, is the IdP\'s own words (Microsoft Entra puts an AADSTS code there). ' +
    'Fix the cause named by the codes; the SP cannot accept a Response that is not Success.',
});

const PREFIX = 'urn:oasis:names:tc:SAML:2.0:status:';

/** Plain words for each status code, with who acts. */
const MEANING: Record<string, string> = {
  Success: 'success',
  Requester: 'the request from the SP was wrong or not acceptable',
  Responder: 'the IdP could not or would not complete the sign-in',
  VersionMismatch: 'the IdP does not accept the SAML version of the request',
  AuthnFailed: 'the user could not be authenticated (wrong password, MFA not completed, account locked or disabled)',
  InvalidAttrNameOrValue: 'an attribute name or value in the request was not acceptable',
  InvalidNameIDPolicy:
    'the IdP cannot issue a NameID in the format the SP asked for (the AuthnRequest NameIDPolicy Format does not match what the IdP application is set to send)',
  NoAuthnContext: 'the IdP cannot authenticate the user the way the SP required (RequestedAuthnContext)',
  NoAvailableIDP: 'no identity provider was available (proxying IdP)',
  NoPassive: 'the SP asked for a silent (IsPassive) sign-in but the user has no session and must interact',
  NoSupportedIDP: 'none of the identity providers the SP named is supported (proxying IdP)',
  PartialLogout: 'logout did not reach every session',
  ProxyCountExceeded: 'the request was proxied too many times',
  RequestDenied: 'the IdP refused the request — often because the user is not assigned to the application, or a policy blocked the sign-in',
  RequestUnsupported: 'the IdP does not support this kind of request',
  RequestVersionDeprecated: 'the IdP no longer accepts this protocol version',
  RequestVersionTooHigh: 'the request uses a protocol version newer than the IdP supports',
  RequestVersionTooLow: 'the request uses a protocol version older than the IdP supports',
  ResourceNotRecognized: 'the IdP does not recognise the resource in the request',
  TooManyResponses: 'the response would contain more elements than the IdP can send',
  UnknownAttrProfile: 'the IdP does not know the attribute profile that was requested',
  UnknownPrincipal: 'the IdP does not know the user the request is about',
  UnsupportedBinding: 'the IdP cannot answer over the binding the SP asked for (ProtocolBinding)',
};

/** "Requester" for the standard URN, the whole value otherwise. */
export function statusName(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  return code.startsWith(PREFIX) ? code.slice(PREFIX.length) : code;
}

function fixFor(sub: string | undefined, top: string | undefined, idp: string): string {
  switch (sub) {
    case 'InvalidNameIDPolicy':
      return `Make the NameID formats agree: IdP admin sets the NameID format in ${idp}, or SP admin changes the NameIDPolicy Format the SP requests.`;
    case 'AuthnFailed':
      return `The user must complete sign-in at ${idp}; IdP admin checks the sign-in logs for the reason (account, password, MFA, conditional access).`;
    case 'RequestDenied':
      return `IdP admin, in ${idp}: assign the user (or a group they are in) to the application and check access policies; the sign-in log names the exact reason.`;
    case 'NoPassive':
      return 'SP admin: do not send IsPassive="true" unless the app can fall back to an interactive sign-in.';
    case 'UnsupportedBinding':
      return 'SP admin: request the HTTP-POST binding for the Response (ProtocolBinding), which every IdP supports.';
    case 'NoAuthnContext':
      return `SP admin: relax or remove RequestedAuthnContext, or IdP admin enables that authentication method in ${idp}.`;
    default:
      return top === 'Requester'
        ? `SP admin: the IdP rejected the AuthnRequest; compare it with what ${idp} expects (issuer/entity ID, ACS URL, signing).`
        : `IdP admin: look up this sign-in in ${idp}'s sign-in logs for the reason.`;
  }
}

/** Microsoft Entra names the exact cause with an AADSTS code in StatusMessage; its fix beats the generic one. */
function aadstsFix(message: string | undefined): string | undefined {
  const entries = findAadstsCodes(message ?? '').flatMap((c) => explainAadsts(c) ?? []);
  return entries.length ? entries.map((e) => `AADSTS${e.code} (${e.title}): ${e.fix}`).join(' ') : undefined;
}

export const statusCheck: ValidateCheck = {
  name: 'status',
  rules: [statusNotSuccess],
  reads: 'response',
  run(ctx) {
    const { code, subCode, message, detail } = ctx.response.status;
    const top = statusName(code);
    if (top === 'Success') return [];
    const sub = statusName(subCode);
    const words = [top ? (MEANING[top] ?? `unknown status ${top}`) : 'no status code at all'];
    if (sub) words.push(MEANING[sub] ?? `second-level status ${sub}`);
    const said = message ? `; the IdP says: "${message}"` : detail ? `; detail: ${detail}` : '';
    return [
      finding(statusNotSuccess, {
        message: `the IdP did not sign the user in: ${[top, sub].filter(Boolean).join('/') || 'missing StatusCode'} — ${words.join('; ')}${said}`,
        expected: 'urn:oasis:names:tc:SAML:2.0:status:Success',
        actual: [code ?? '(no StatusCode)', subCode, message].filter((x) => x !== undefined).join(' / '),
        hint: aadstsFix(message) ?? fixFor(sub, top, ctx.advice.idpName ?? 'the IdP'),
        location: '/samlp:Response/samlp:Status',
      }),
    ];
  },
  passed: () => 'Success',
};
