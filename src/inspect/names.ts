/** Short, familiar names for the URIs SAML is full of; unknown URIs are shown as they are. */

const NAMEID_FORMATS: Record<string, string> = {
  'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress': 'emailAddress',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent': 'persistent',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:transient': 'transient',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified': 'unspecified',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:entity': 'entity',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:kerberos': 'kerberos',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:encrypted': 'encrypted',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName': 'X509SubjectName',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:WindowsDomainQualifiedName': 'WindowsDomainQualifiedName',
};

const ALGORITHMS: Record<string, string> = {
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1': 'RSA-SHA1',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256': 'RSA-SHA256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384': 'RSA-SHA384',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512': 'RSA-SHA512',
  'http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1': 'RSA-PSS-SHA256',
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1': 'ECDSA-SHA1',
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256': 'ECDSA-SHA256',
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384': 'ECDSA-SHA384',
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512': 'ECDSA-SHA512',
  'http://www.w3.org/2000/09/xmldsig#dsa-sha1': 'DSA-SHA1',
  'http://www.w3.org/2000/09/xmldsig#hmac-sha1': 'HMAC-SHA1',
  'http://www.w3.org/2000/09/xmldsig#sha1': 'SHA-1',
  'http://www.w3.org/2001/04/xmlenc#sha256': 'SHA-256',
  'http://www.w3.org/2001/04/xmldsig-more#sha384': 'SHA-384',
  'http://www.w3.org/2001/04/xmlenc#sha512': 'SHA-512',
  'http://www.w3.org/2001/10/xml-exc-c14n#': 'exc-c14n',
  'http://www.w3.org/2001/10/xml-exc-c14n#WithComments': 'exc-c14n with comments',
  'http://www.w3.org/TR/2001/REC-xml-c14n-20010315': 'c14n',
  'http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments': 'c14n with comments',
  'http://www.w3.org/2006/12/xml-c14n11': 'c14n 1.1',
  'http://www.w3.org/2000/09/xmldsig#enveloped-signature': 'enveloped',
};

const BINDINGS: Record<string, string> = {
  'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST': 'HTTP-POST',
  'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect': 'HTTP-Redirect',
  'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact': 'HTTP-Artifact',
  'urn:oasis:names:tc:SAML:2.0:bindings:SOAP': 'SOAP',
  'urn:oasis:names:tc:SAML:2.0:bindings:PAOS': 'PAOS',
};

const CONFIRMATION_METHODS: Record<string, string> = {
  'urn:oasis:names:tc:SAML:2.0:cm:bearer': 'bearer',
  'urn:oasis:names:tc:SAML:2.0:cm:holder-of-key': 'holder-of-key',
  'urn:oasis:names:tc:SAML:2.0:cm:sender-vouches': 'sender-vouches',
};

const STATUS_PREFIX = 'urn:oasis:names:tc:SAML:2.0:status:';
const AUTHN_CONTEXT_PREFIX = 'urn:oasis:names:tc:SAML:2.0:ac:classes:';

/** What each status code means, in words a support engineer can pass on. */
const STATUS_MEANING: Record<string, string> = {
  Success: 'the IdP signed the user in and issued an assertion',
  Requester: 'the IdP refused the request: the problem is on the SP side or in the user\'s access',
  Responder: 'the IdP failed or declined on its own side',
  VersionMismatch: 'the IdP does not accept the SAML version of the request',
  AuthnFailed: 'the IdP could not authenticate the user',
  InvalidAttrNameOrValue: 'an attribute name or value in the request is not acceptable to the IdP',
  InvalidNameIDPolicy: 'the IdP cannot issue the NameID format the SP asked for in NameIDPolicy',
  NoAuthnContext: 'the IdP cannot meet the authentication context (e.g. MFA, password) the SP asked for',
  NoAvailableIDP: 'no identity provider was available to a proxying IdP',
  NoPassive: 'the SP asked for a passive (no prompt) login but the user would have to sign in interactively',
  NoSupportedIDP: 'none of the identity providers a proxying IdP knows is supported',
  PartialLogout: 'logout succeeded only for some of the sessions',
  ProxyCountExceeded: 'the request was proxied more times than allowed',
  RequestDenied: 'the IdP chose not to answer, typically because the user is not assigned to the application',
  RequestUnsupported: 'the IdP does not support this kind of request',
  RequestVersionDeprecated: 'the IdP no longer accepts the protocol version of the request',
  RequestVersionTooHigh: 'the request\'s protocol version is newer than the IdP supports',
  RequestVersionTooLow: 'the request\'s protocol version is older than the IdP supports',
  ResourceNotRecognized: 'the IdP does not recognise the resource named in the request',
  TooManyResponses: 'the response would contain more elements than the IdP can return',
  UnknownAttrProfile: 'the IdP does not know the attribute profile of the request',
  UnknownPrincipal: 'the IdP does not know the user the request names',
  UnsupportedBinding: 'the IdP cannot answer by the binding the SP asked for (ProtocolBinding)',
};

export function nameIdFormatName(uri: string | undefined): string | undefined {
  return uri === undefined ? undefined : NAMEID_FORMATS[uri] ?? uri;
}

/** RSA-SHA256, SHA-256, exc-c14n; unknown algorithms keep their URI. */
export function algorithmName(uri: string | undefined): string | undefined {
  return uri === undefined ? undefined : ALGORITHMS[uri] ?? uri;
}

export function bindingName(uri: string | undefined): string | undefined {
  return uri === undefined ? undefined : BINDINGS[uri] ?? uri;
}

export function confirmationMethodName(uri: string | undefined): string | undefined {
  return uri === undefined ? undefined : CONFIRMATION_METHODS[uri] ?? uri;
}

/** "Success", "Requester", "RequestDenied"; other URIs unchanged. */
export function statusName(uri: string | undefined): string | undefined {
  if (uri === undefined) return undefined;
  return uri.startsWith(STATUS_PREFIX) ? uri.slice(STATUS_PREFIX.length) : uri;
}

export function statusMeaning(uri: string | undefined): string | undefined {
  const name = statusName(uri);
  return name === undefined ? undefined : STATUS_MEANING[name];
}

/** "PasswordProtectedTransport" for the standard classes; other class refs unchanged. */
export function authnContextName(uri: string | undefined): string | undefined {
  if (uri === undefined) return undefined;
  return uri.startsWith(AUTHN_CONTEXT_PREFIX) ? uri.slice(AUTHN_CONTEXT_PREFIX.length) : uri;
}
