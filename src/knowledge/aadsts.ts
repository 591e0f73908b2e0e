import type { AadstsEntry } from './types.js';

const E = 'Microsoft Entra ID';
const APP = 'Enterprise applications › your app';

/**
 * AADSTS error codes that turn up in SAML sign-ins, with the usual cause and the fix.
 * Only codes whose meaning is well established are listed; anything else is left unexplained
 * rather than guessed.
 */
const ENTRIES: readonly AadstsEntry[] = [
  {
    code: '50011',
    title: 'Reply URL mismatch',
    cause:
      'The ACS URL the app asked for (AssertionConsumerServiceURL in its AuthnRequest) is not one of the Reply URLs ' +
      'of the enterprise application. The comparison is exact: a trailing slash, http versus https or a different ' +
      'path are all mismatches.',
    fix: `IdP admin, in ${E}: ${APP} › Single sign-on › Basic SAML Configuration › Reply URL (Assertion Consumer Service URL): add the exact URL from the error message.`,
  },
  {
    code: '50105',
    title: 'User not assigned to the application',
    cause:
      'The application requires assignment (Assignment required = Yes) and the signed-in user is neither assigned ' +
      'directly nor through a directly assigned group (nested groups do not count).',
    fix: `IdP admin, in ${E}: ${APP} › Users and groups › Add user/group: assign the user or one of their groups.`,
  },
  {
    code: '700016',
    title: 'Application not found in the directory',
    cause:
      'The Issuer in the AuthnRequest (the SP entity ID) matches no Identifier (Entity ID) of any application in this ' +
      'tenant, or the app sent the request to a different tenant.',
    fix:
      `IdP admin, in ${E}: ${APP} › Single sign-on › Basic SAML Configuration › Identifier (Entity ID): set it to the ` +
      "exact Issuer of the SP's AuthnRequest; SP admin checks that the SP sends sign-in requests to this tenant's Login URL.",
  },
  {
    code: '75011',
    title: 'Authentication method does not match the requested one',
    cause:
      'The AuthnRequest asks for a specific authentication context (RequestedAuthnContext, e.g. PasswordProtectedTransport) ' +
      'but the user already has a session from a different method (e.g. Windows integrated or MFA).',
    fix:
      'SP admin: stop requesting a specific authentication context (leave RequestedAuthnContext out of the AuthnRequest), ' +
      'or request the method your users actually sign in with.',
  },
  {
    code: '750054',
    title: 'SAMLRequest or SAMLResponse missing from the query string',
    cause:
      'A request reached the HTTP-Redirect endpoint without a SAMLRequest (or SAMLResponse) query parameter: usually a ' +
      'bookmark or Sign on URL pointing at the Login URL itself, or a request sent with the POST binding to a redirect URL.',
    fix:
      'SP admin: start sign-in from the SP so it builds a real AuthnRequest, and send it with the HTTP-Redirect binding; ' +
      'do not link users to the bare Login URL.',
  },
  {
    code: '5000819',
    title: 'Email claim missing or not in the expected domain (federated IdP)',
    cause:
      'In SAML/WS-Fed IdP federation (B2B direct federation) the external IdP sent an assertion without an email ' +
      'claim, or with an email whose domain does not match the federation configuration.',
    fix:
      "External IdP admin: send the user's email (as NameID or an email claim) in the domain configured for the federation; " +
      `${E} admin: check External Identities › All identity providers › the SAML/WS-Fed IdP.`,
  },
  {
    code: '50107',
    title: 'Federation realm object does not exist',
    cause:
      'An external IdP sent a token whose Issuer is not the issuer URI configured for it in this tenant ' +
      '(federated domain or SAML/WS-Fed IdP federation).',
    fix: `${E} admin: set the issuer URI of the federation configuration to the exact Issuer the external IdP sends (or fix the IdP's entity ID).`,
  },
  {
    code: '50126',
    title: 'Invalid username or password',
    cause: 'The user typed a wrong password or user name. SAML configuration is not involved.',
    fix: 'The user retries or resets the password; nothing to change in the SAML settings.',
  },
  {
    code: '50034',
    title: 'User account not found in the directory',
    cause: 'The sign-in name does not exist in this tenant (typo, wrong tenant, or a guest who was never invited).',
    fix: `IdP admin, in ${E}: create or invite the user, or have them sign in with the account the tenant knows.`,
  },
  {
    code: '50020',
    title: 'User from another identity provider does not exist in the tenant',
    cause: 'The account belongs to a different tenant or identity provider and has not been added to this one as a guest.',
    fix: `IdP admin, in ${E}: invite the user as a guest, or have them use an account of this tenant.`,
  },
  {
    code: '50053',
    title: 'Account locked',
    cause: 'Too many failed sign-in attempts, or sign-ins from a blocked address: Entra locked the account for a while.',
    fix: 'Wait for the lockout to end or have an admin unlock it; nothing to change in the SAML settings.',
  },
  {
    code: '50055',
    title: 'Password expired',
    cause: "The user's password expired.",
    fix: 'The user changes the password; nothing to change in the SAML settings.',
  },
  {
    code: '50057',
    title: 'User account disabled',
    cause: 'The account is disabled (Block sign in).',
    fix: `IdP admin, in ${E}: Users › the user › Properties: allow sign-in, if the user should have access.`,
  },
  {
    code: '50076',
    title: 'Multi-factor authentication required',
    cause: 'A policy requires MFA for this sign-in and the user has not completed it.',
    fix: 'The user completes MFA; if it is requested through a non-interactive flow, start an interactive sign-in.',
  },
  {
    code: '50079',
    title: 'MFA registration required',
    cause: 'The user must register an MFA method before signing in.',
    fix: 'The user registers an MFA method at the prompt (or at the My Sign-ins security info page).',
  },
  {
    code: '53003',
    title: 'Blocked by Conditional Access',
    cause: 'A Conditional Access policy blocked this sign-in (location, device, app or risk conditions).',
    fix: `${E} admin: Sign-in logs › the failed sign-in › Conditional Access: see which policy blocked it and adjust the policy or the user's situation.`,
  },
  {
    code: '53000',
    title: 'Device not compliant',
    cause: 'Conditional Access requires a compliant (managed) device and this device is not.',
    fix: 'The user signs in from a compliant device, or the device is enrolled and made compliant.',
  },
  {
    code: '65001',
    title: 'Consent missing',
    cause: 'Neither the user nor an administrator has consented to the application using the requested permissions.',
    fix: `${E} admin: ${APP} › Permissions › Grant admin consent.`,
  },
  {
    code: '90014',
    title: 'Required field missing from the request',
    cause: 'The request lacks a field the protocol requires; for SAML, usually an AuthnRequest that was truncated or built incorrectly.',
    fix: "SP admin: capture the AuthnRequest (saml-doctor inspect) and check that it is complete and encoded for its binding.",
  },
  {
    code: '75005',
    title: 'SAML request not supported',
    cause: 'The SAML message the app sent is not a well-formed AuthnRequest Entra supports (wrong message type, encoding or binding).',
    fix: 'SP admin: send a SAML 2.0 AuthnRequest with the HTTP-Redirect or HTTP-POST binding; inspect it with saml-doctor inspect.',
  },
  {
    code: '75008',
    title: 'Unexpected Destination in the SAML request',
    cause: "The AuthnRequest's Destination is not the Entra endpoint that received it.",
    fix: `SP admin: set the IdP sign-in URL to the Login URL shown in ${E} (Set up <app> › Login URL) so the Destination matches.`,
  },
  {
    code: '50008',
    title: 'SAML token missing or misconfigured (federated IdP)',
    cause: 'The token from an external (federated) IdP is missing or not a valid SAML assertion.',
    fix: 'External IdP admin: check the assertion the IdP sends (saml-doctor validate) against the federation configuration.',
  },
  {
    code: '50006',
    title: 'Signature verification failed (federated IdP)',
    cause: 'The signature on a token from an external IdP does not verify with the signing certificate configured for it.',
    fix: `${E} admin: update the external IdP's signing certificate in the federation configuration (it may have been rotated).`,
  },
  {
    code: '90072',
    title: 'Account from an external IdP not in the tenant',
    cause: 'The user signed in with an account from another tenant or IdP that is not a member or guest of this tenant.',
    fix: `${E} admin: invite the user as a guest, or the user signs in with an account of this tenant.`,
  },
];

const BY_CODE = new Map(ENTRIES.map((e) => [e.code, e]));

/** Explanation of an AADSTS code ("AADSTS50011", "50011"); undefined when the code is not known. */
export function explainAadsts(code: string): AadstsEntry | undefined {
  const digits = /^\s*(?:AADSTS)?(\d{5,7})\s*$/i.exec(code)?.[1];
  return digits ? BY_CODE.get(digits) : undefined;
}

/** Every AADSTS code mentioned in a text (an error page, a URL, a JSON body), once each, in order. */
export function findAadstsCodes(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/AADSTS(\d{5,7})\b/g)) out.add(m[1]!);
  return [...out];
}

export function listAadsts(): readonly AadstsEntry[] {
  return ENTRIES;
}
