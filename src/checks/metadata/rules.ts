import { defineRule } from '../types.js';

export const metadataNotMetadata = defineRule({
  code: 'metadata-not-metadata',
  title: 'The input is not SAML metadata',
  severity: 'error',
  area: 'metadata',
  explain:
    'The root element is not an md:EntityDescriptor or md:EntitiesDescriptor in the SAML 2.0 metadata namespace ' +
    '(urn:oasis:names:tc:SAML:2.0:metadata). Often this is the wrong download: an HTML login page instead of the ' +
    'metadata XML, a SAML response, or WS-Federation metadata with the SAML role missing. Download the federation ' +
    'metadata XML again (Entra: SAML Certificates › Federation Metadata XML; Okta: Sign On › Metadata URL).',
});

export const metadataNoEntityId = defineRule({
  code: 'metadata-no-entity-id',
  title: 'An EntityDescriptor has no entityID',
  severity: 'error',
  area: 'metadata',
  explain:
    'Every EntityDescriptor must carry an entityID attribute: it is the value the other party compares the Issuer ' +
    'or Audience against. Without it, the metadata cannot be used to configure anything. Whoever publishes the ' +
    'metadata must fix it.',
});

export const metadataNoRole = defineRule({
  code: 'metadata-no-role',
  title: 'The entity has no IdP or SP role',
  severity: 'error',
  area: 'metadata',
  explain:
    'The EntityDescriptor has neither an IDPSSODescriptor (identity provider) nor an SPSSODescriptor (service ' +
    'provider), so it says nothing about SAML single sign-on. This happens with WS-Federation-only metadata and with ' +
    'attribute-authority entries in federation aggregates. Use the SAML metadata of the application instead.',
});

export const metadataNoSigningCertificate = defineRule({
  code: 'metadata-no-signing-certificate',
  title: 'The IdP metadata has no signing certificate',
  severity: 'error',
  area: 'metadata',
  explain:
    'An identity provider must publish the certificate it signs responses with, in a KeyDescriptor with use="signing" ' +
    '(or without a use attribute). Without it the service provider has nothing to verify signatures against and must ' +
    'reject every response. IdP admin: make sure a signing certificate is active for the application and download ' +
    'the metadata again.',
});

export const metadataCertificateInvalid = defineRule({
  code: 'metadata-certificate-invalid',
  title: 'A certificate in the metadata cannot be parsed',
  severity: 'error',
  area: 'metadata',
  mirrors: 'INVALID_IDP_RESPONSE: Error when parsing certificate',
  explain:
    'A ds:X509Certificate in a KeyDescriptor is not a readable X.509 certificate: the base64 is truncated, or the ' +
    'metadata was edited by hand. A service provider that imports this metadata fails when it uses the certificate. ' +
    'Download the metadata again from the IdP instead of editing it.',
});

export const metadataCertificatesExpired = defineRule({
  code: 'metadata-certificates-expired',
  title: 'Every signing certificate in the metadata has expired',
  severity: 'error',
  area: 'metadata',
  explain:
    'No signing certificate in the metadata is valid at the time it was judged. Service providers that check ' +
    'validity reject the responses, and an expired certificate usually means the IdP has already moved on to a ' +
    'new one that this copy of the metadata does not show. Download current metadata; IdP admin: activate a valid ' +
    'signing certificate.',
});

export const metadataCertificatesExpiring = defineRule({
  code: 'metadata-certificates-expiring',
  title: 'Every valid signing certificate in the metadata expires within 30 days',
  severity: 'warning',
  area: 'metadata',
  explain:
    'The signing certificates are still valid but all of them expire soon, and no successor is published yet. When ' +
    'they expire sign-in stops. IdP admin: create the next certificate now (Entra: SAML Certificates › Edit › New ' +
    'Certificate; Okta: SAML Signing Certificates › Generate new certificate) so it appears in the metadata and the ' +
    'service providers can trust it before the switch.',
});

export const metadataCertificateRotation = defineRule({
  code: 'metadata-certificate-rotation',
  title: 'The metadata publishes more than one signing certificate (rotation)',
  severity: 'info',
  area: 'metadata',
  explain:
    'During a certificate rotation the IdP publishes the current and the next signing certificate side by side. ' +
    'The finding says which one is newer. Service providers should trust both until the IdP switches to the new one, ' +
    'then remove the old one; an SP that only has the old certificate fails the moment the IdP switches.',
});

export const metadataExpired = defineRule({
  code: 'metadata-expired',
  title: 'The metadata is past its validUntil time',
  severity: 'error',
  area: 'metadata',
  explain:
    'The validUntil attribute says until when the metadata may be relied upon. After that, conforming software ' +
    'refuses to use it, and the content (certificates, endpoints) may be out of date. Download a fresh copy; ' +
    'federation aggregates are re-published regularly and must be refreshed automatically.',
});

export const metadataEndpointNotHttps = defineRule({
  code: 'metadata-endpoint-not-https',
  title: 'An SSO, logout or ACS endpoint in the metadata is not https',
  severity: 'error',
  area: 'metadata',
  explain:
    'SAML messages carry personal data and bearer credentials and must only travel over https. An http endpoint ' +
    '(other than localhost for development) exposes them and is refused by most identity providers. The publisher ' +
    'of the metadata must change the endpoint to https.',
});

export const metadataNoSsoBinding = defineRule({
  code: 'metadata-no-sso-binding',
  title: 'The IdP offers no HTTP-Redirect or HTTP-POST sign-in endpoint',
  severity: 'error',
  area: 'metadata',
  explain:
    'Browser-based SSO needs a SingleSignOnService with the HTTP-Redirect or HTTP-POST binding: that Location is ' +
    'the "Identity Provider Sign-In URL" SaaS apps ask for. Metadata that only lists SOAP or Artifact endpoints, or ' +
    'none, cannot be used for a browser login. Check that this is the SAML (not WS-Federation) metadata of the right ' +
    'application.',
});

export const metadataSignedRequestsWithoutKey = defineRule({
  code: 'metadata-signed-requests-without-key',
  title: 'The SP says it signs AuthnRequests but publishes no signing key',
  severity: 'error',
  area: 'metadata',
  explain:
    'SPSSODescriptor AuthnRequestsSigned="true" promises signed requests, but there is no KeyDescriptor with a ' +
    'signing certificate, so the IdP has no key to verify them and will reject them (or accept them unverified). SP ' +
    'admin: add the request-signing certificate to the SP metadata, or turn request signing off.',
});

export const metadataWantsSignedRequests = defineRule({
  code: 'metadata-wants-signed-requests',
  title: 'The IdP requires signed AuthnRequests',
  severity: 'info',
  area: 'metadata',
  explain:
    'IDPSSODescriptor WantAuthnRequestsSigned="true" means the IdP rejects AuthnRequests that are not signed by a ' +
    'key it knows. SP-initiated sign-in only works when the service provider signs its requests and its signing ' +
    'certificate is registered at the IdP. SP admin: enable request signing and give the IdP admin the SP certificate.',
});

export const metadataDuplicateEntityId = defineRule({
  code: 'metadata-duplicate-entity-id',
  title: 'The same entityID appears more than once in the aggregate',
  severity: 'error',
  area: 'metadata',
  explain:
    'An entityID identifies one party; in a federation aggregate it must occur once. With duplicates, which entry ' +
    'software uses depends on the order it reads them, so certificates and endpoints can silently come from the ' +
    'wrong one. The federation operator must remove the duplicate.',
});

export const metadataSignatureInvalid = defineRule({
  code: 'metadata-signature-invalid',
  title: 'The metadata signature does not verify with the trusted certificate',
  severity: 'error',
  area: 'metadata',
  explain:
    'The metadata is signed, but the signature does not verify with the certificate given with --trust: the file ' +
    'was changed after signing (even re-formatting breaks it), it was signed with a different key, or the signature ' +
    'is malformed. Do not use metadata whose signature fails; download it again and check that --trust is the ' +
    'federation\'s (or IdP\'s) current metadata signing certificate.',
});

export const metadataSignatureUnverified = defineRule({
  code: 'metadata-signature-unverified',
  title: 'The metadata is signed, but the signature was not verified',
  severity: 'info',
  area: 'metadata',
  explain:
    'The metadata carries a signature, but no certificate was given to verify it with, so its content is only as ' +
    'trustworthy as the channel it came through. Pass the metadata signing certificate with --trust to verify it. ' +
    'The certificate inside the signature itself proves nothing.',
});

export const metadataSignatureMissing = defineRule({
  code: 'metadata-signature-missing',
  title: 'A trusted certificate was given, but the metadata is not signed',
  severity: 'error',
  area: 'metadata',
  explain:
    'You asked for the metadata signature to be verified (--trust), but the document root carries no signature. ' +
    'Unsigned metadata can be altered in transit or storage without anyone noticing. Use the signed metadata the ' +
    'publisher offers, or fetch it over a channel you trust.',
});

export const metadataEntityIdMismatch = defineRule({
  code: 'metadata-entity-id-mismatch',
  title: 'The config IdP entity ID differs from the metadata entityID',
  severity: 'error',
  area: 'metadata',
  explain:
    'The SSO config expects responses issued by one entity ID, but the IdP metadata says the IdP is called ' +
    'something else. Responses carry the metadata value as Issuer, so every login fails with an issuer mismatch. ' +
    'SP admin: set Identity Provider Entity Id to the metadata entityID (Entra: Microsoft Entra Identifier; Okta: ' +
    'Identity Provider Issuer), character for character, including any trailing slash.',
});

export const metadataSsoUrlMismatch = defineRule({
  code: 'metadata-sso-url-mismatch',
  title: 'The config IdP sign-in URL is not a SingleSignOnService of the metadata',
  severity: 'error',
  area: 'metadata',
  explain:
    'The sign-in URL in the config (where the app sends users to log in) matches none of the metadata\'s ' +
    'SingleSignOnService Locations, so SP-initiated sign-in goes to the wrong place. SP admin: set Identity Provider ' +
    'Sign-In URL to the HTTP-Redirect (or HTTP-POST) SingleSignOnService Location (Entra: Login URL; Okta: Identity ' +
    'Provider Single Sign-On URL).',
});

export const metadataCertificateNotConfigured = defineRule({
  code: 'metadata-certificate-not-configured',
  title: 'A signing certificate in the metadata is not in the config',
  severity: 'warning',
  area: 'metadata',
  explain:
    'The IdP publishes a signing certificate that the SSO config does not trust. If none of the configured ' +
    'certificates is in the metadata, responses will fail signature checks now (error); if the config has the other ' +
    'one, this is usually the next certificate of a rotation and logins fail as soon as the IdP switches (warning). ' +
    'SP admin: add the certificate (config init --from-metadata writes them all).',
});

export const metadataConfiguredCertificateMissing = defineRule({
  code: 'metadata-configured-certificate-not-in-metadata',
  title: 'A configured certificate is not published in the metadata',
  severity: 'warning',
  area: 'metadata',
  explain:
    'The SSO config trusts a certificate that the IdP no longer (or never) published. Usually it is the old ' +
    'certificate after a completed rotation and can be removed; if it is the only one configured, the IdP signs with ' +
    'something else and logins fail. SP admin: compare with the IdP\'s SAML certificate page and remove stale ones.',
});
