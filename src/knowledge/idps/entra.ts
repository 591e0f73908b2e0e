import type { IdpKnowledge } from '../types.js';

const TENANT = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const APP = 'Enterprise applications › your app';
const SSO = `${APP} › Single sign-on`;

export const entra: IdpKnowledge = {
  id: 'entra',
  name: 'Microsoft Entra ID',
  shortName: 'Entra',
  screens: {
    app: APP,
    spEntityId: `${SSO} › Basic SAML Configuration › Identifier (Entity ID)`,
    acsUrl: `${SSO} › Basic SAML Configuration › Reply URL (Assertion Consumer Service URL)`,
    recipientDestination: `${SSO} › Basic SAML Configuration › Reply URL (Assertion Consumer Service URL)`,
    nameIdFormat: `${SSO} › Attributes & Claims › Unique User Identifier (Name ID) › Name identifier format`,
    nameIdSource: `${SSO} › Attributes & Claims › Unique User Identifier (Name ID) › Source attribute`,
    attributes: `${SSO} › Attributes & Claims`,
    groups: `${SSO} › Attributes & Claims › Add a group claim`,
    signingCertificate: `${SSO} › SAML Certificates › Certificate (Base64) › Download`,
    certificateRotation: `${SSO} › SAML Certificates › edit › New Certificate, then Make certificate active`,
    idpEntityId: `${SSO} › Set up <app> › Microsoft Entra Identifier`,
    idpSsoUrl: `${SSO} › Set up <app> › Login URL`,
    signingOption: `${SSO} › SAML Certificates › edit › Signing Option`,
    signingAlgorithm: `${SSO} › SAML Certificates › edit › Signing Algorithm`,
    encryption: `${APP} › Token encryption`,
    assignment: `${APP} › Users and groups › Add user/group`,
    relayState: `${SSO} › Basic SAML Configuration › Relay State (Optional)`,
  },
  values: {
    nameIdFormatEmail: 'Email address',
    emailSource: 'user.mail (user.userprincipalname if mail is empty for some users)',
    sha256: 'SHA-256',
    signAssertion: 'Sign SAML response and assertion (or Sign SAML assertion)',
    signResponse: 'Sign SAML response and assertion (or Sign SAML response)',
  },
  facts: {
    assertionValidityMinutes: 70,
    bearerWindowMinutes: 5,
    groupClaimLimit: 150,
    groupOverageAttribute: 'http://schemas.microsoft.com/claims/groups.link',
    defaultNameIdSource: 'user.userprincipalname',
    certificateValidityYears: 3,
    certificateExpiryNoticeDays: [60, 30, 7],
    maxReplyUrls: 256,
  },
  clues: [
    {
      on: 'entityId',
      pattern: new RegExp(`^https://sts\\.windows\\.net/${TENANT}/?$`, 'i'),
      confidence: 'certain',
      reason: 'issuer https://sts.windows.net/<tenant>/ is the SAML issuer of Microsoft Entra ID',
    },
    {
      on: 'entityId',
      pattern: new RegExp(`^https://sts\\.chinacloudapi\\.cn/${TENANT}/?$`, 'i'),
      confidence: 'certain',
      reason: 'issuer https://sts.chinacloudapi.cn/<tenant>/ is Microsoft Entra ID operated by 21Vianet',
    },
    {
      on: 'entityId',
      pattern: new RegExp(`^https://login\\.microsoftonline\\.(com|us)/${TENANT}/v2\\.0/?$`, 'i'),
      confidence: 'certain',
      reason: 'https://login.microsoftonline.com/<tenant>/v2.0 is a Microsoft Entra ID issuer (used by OIDC tokens)',
    },
    {
      on: 'url',
      pattern: new RegExp(
        `^https://login\\.(microsoftonline\\.(com|us)|partner\\.microsoftonline\\.cn)/(${TENANT}|common|organizations)/`,
        'i',
      ),
      confidence: 'certain',
      reason: 'login.microsoftonline.com/<tenant>/... is a Microsoft Entra ID endpoint',
    },
    {
      on: 'certSubject',
      pattern: /CN=Microsoft Azure Federated SSO Certificate/i,
      confidence: 'likely',
      reason: 'the signing certificate is the one Microsoft Entra ID generates for SAML apps',
    },
  ],
  fixes: {
    'groups-overage': (_idp, a) =>
      `IdP admin, in Microsoft Entra ID: ${SSO} › Attributes & Claims › the group claim › ` +
      'Groups associated with the user: Groups assigned to the application, and assign only the groups ' +
      `that matter to ${a.spName ?? 'this app'}. Past 150 groups Entra leaves the group claim out entirely ` +
      'and sends a groups.link claim pointing at Microsoft Graph instead',
    'groups-as-names': () =>
      `IdP admin, in Microsoft Entra ID: ${SSO} › Attributes & Claims › the group claim: ` +
      'Groups assigned to the application, Source attribute: sAMAccountName (groups synchronised from ' +
      'Active Directory) or Cloud-only group display names, so the claim carries group names, not object IDs',
    'attribute-name': (_idp, a) =>
      `IdP admin, in Microsoft Entra ID: ${SSO} › Attributes & Claims › ` +
      `${a.actualAttribute ? `the claim ${a.actualAttribute}` : 'the claim'} › Name` +
      `${a.attribute ? `: ${a.attribute}` : ''}. Entra puts the Namespace in front of the Name; ` +
      'clear Namespace to send a short name',
    'certificate-rotation': (_idp, a) =>
      `IdP admin, in Microsoft Entra ID: ${SSO} › SAML Certificates › edit › New Certificate (it is created ` +
      `Inactive); SP admin adds it to ${a.spName ?? 'the SP'} next to the current one; then IdP admin selects ` +
      'Make certificate active. Entra certificates last three years by default, and Entra emails the ' +
      'Notification Email addresses 60, 30 and 7 days before one expires',
  },
};
