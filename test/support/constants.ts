/** Shared fixture conventions: every test uses these values so that fixtures line up across areas. */

/** Fixed judging time for tests. */
export const NOW = new Date('2026-11-20T09:15:02Z');

export const TENANT_ID = '3f1c9a52-7d4e-4b8a-9c1e-2a6f0d5b8e71';

export const IDP = {
  entityId: `https://sts.windows.net/${TENANT_ID}/`,
  ssoUrl: `https://login.microsoftonline.com/${TENANT_ID}/saml2`,
  /** Entra's certificate subject. */
  certSubject: 'CN=Microsoft Azure Federated SSO Certificate',
} as const;

export const SP = {
  entityId: 'https://elevenlabs.io',
  acsUrl: 'https://elevenlabs.io/__/auth/handler',
} as const;

export const USER = {
  nameId: 'ada.lovelace@contoso.com',
  domain: 'contoso.com',
  givenName: 'Ada',
  surname: 'Lovelace',
  displayName: 'Ada Lovelace',
  objectId: '6b1d2e8f-4c3a-4f7e-9a0b-1c2d3e4f5a6b',
  /** What Entra sends for a persistent NameID: opaque, per-application. */
  persistentId: '8kQ2xVh7PqL0sT3nW9yZ1aB4cD6eF8gH',
  groups: ['a1b2c3d4-0000-4000-8000-000000000001', 'a1b2c3d4-0000-4000-8000-000000000002'],
} as const;

/** Times of the canonical login (Entra issues a 70-minute Conditions window starting 5 minutes early). */
export const TIMES = {
  issueInstant: '2026-11-20T09:15:00Z',
  notBefore: '2026-11-20T09:10:00Z',
  notOnOrAfter: '2026-11-20T10:25:00Z',
  subjectNotOnOrAfter: '2026-11-20T09:20:00Z',
  authnInstant: '2026-11-20T09:14:58Z',
  sessionNotOnOrAfter: '2026-11-21T09:15:00Z',
} as const;

/** IDs of the canonical login; Entra uses "_" followed by a GUID. */
export const IDS = {
  request: '_4c2f8a10-5b3e-4d7a-8f19-6e0b2c9d1a37',
  response: '_9d1c4e0a-7b2f-4c85-a3e6-0f4b8d2c7e19',
  assertion: '_b7e3a9f2-1c4d-4e6a-9b8f-2d5c7a0e3f41',
  sessionIndex: '_b7e3a9f2-1c4d-4e6a-9b8f-2d5c7a0e3f41',
} as const;

export const NS = {
  samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
  saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
  xenc: 'http://www.w3.org/2001/04/xmlenc#',
  xenc11: 'http://www.w3.org/2009/xmlenc11#',
} as const;

export const NAMEID_FORMAT = {
  email: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  persistent: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
  transient: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
  unspecified: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
} as const;

export const STATUS = {
  success: 'urn:oasis:names:tc:SAML:2.0:status:Success',
  requester: 'urn:oasis:names:tc:SAML:2.0:status:Requester',
  responder: 'urn:oasis:names:tc:SAML:2.0:status:Responder',
  authnFailed: 'urn:oasis:names:tc:SAML:2.0:status:AuthnFailed',
  requestDenied: 'urn:oasis:names:tc:SAML:2.0:status:RequestDenied',
} as const;

export const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';

/** Claim names as Microsoft Entra sends them (full URIs). */
export const CLAIM = {
  tenantId: 'http://schemas.microsoft.com/identity/claims/tenantid',
  objectId: 'http://schemas.microsoft.com/identity/claims/objectidentifier',
  displayName: 'http://schemas.microsoft.com/identity/claims/displayname',
  identityProvider: 'http://schemas.microsoft.com/identity/claims/identityprovider',
  authnMethods: 'http://schemas.microsoft.com/claims/authnmethodsreferences',
  givenName: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
  surname: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
  email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
  name: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
  groups: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
  /** Sent instead of `groups` when the user is in too many groups (overage). */
  groupsLink: 'http://schemas.microsoft.com/claims/groups.link',
} as const;

export const BINDING = {
  post: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
  redirect: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
} as const;
