/**
 * Metadata in the shapes real IdPs publish (namespaces, prefixes, element order), built from the
 * fixture keys. Used by test/fixtures/metadata.ts to write fixtures/metadata/ and by tests for variants.
 */
import { BINDING, IDP, NAMEID_FORMAT, TENANT_ID } from '../support/constants.js';
import { IDP_KEY, IDP_ROTATED_KEY, SP_KEY, certBase64 } from '../support/keys.js';
import { signElementById } from '../support/saml-builder.js';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const SAML2P = 'urn:oasis:names:tc:SAML:2.0:protocol';
export const ENTRA_METADATA_ID = '_5e8c1f2a-9b3d-4c7e-8a6f-1d2e3c4b5a69';
export const ADFS_METADATA_ID = '_7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

export const OKTA = {
  entityId: 'http://www.okta.com/exk1a2b3c4d5E6f7G8h9',
  ssoUrl: 'https://contoso.okta.com/app/contoso_elevenlabs_1/exk1a2b3c4d5E6f7G8h9/sso/saml',
} as const;
export const GOOGLE = {
  entityId: 'https://accounts.google.com/o/saml2?idpid=C01abc2de',
  ssoUrl: 'https://accounts.google.com/o/saml2/idp?idpid=C01abc2de',
} as const;
export const ADFS = {
  entityId: 'http://adfs.contoso.com/adfs/services/trust',
  ssoUrl: 'https://adfs.contoso.com/adfs/ls/',
} as const;
export const SHIBBOLETH = {
  entityId: 'https://idp.contoso.edu/idp/shibboleth',
  ssoRedirect: 'https://idp.contoso.edu/idp/profile/SAML2/Redirect/SSO',
  ssoPost: 'https://idp.contoso.edu/idp/profile/SAML2/POST/SSO',
} as const;

function keyInfo(pem: string, prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  const ns = prefix ? `xmlns:${prefix}="${DS}"` : `xmlns="${DS}"`;
  return `<${p}KeyInfo ${ns}><${p}X509Data><${p}X509Certificate>${certBase64(pem)}</${p}X509Certificate></${p}X509Data></${p}KeyInfo>`;
}

export interface EntraOptions {
  certs?: string[];
  sign?: boolean;
  signKey?: { key: string; cert: string };
}

/** Microsoft Entra "Federation Metadata XML": default md namespace, WS-Fed RoleDescriptors first, signed by the token-signing key. */
export function entraMetadata(o: EntraOptions = {}): string {
  const certs = o.certs ?? [IDP_KEY.cert];
  const kd = certs.map((c) => `<KeyDescriptor use="signing">${keyInfo(c)}</KeyDescriptor>`).join('');
  const url = IDP.ssoUrl;
  const xml =
    `<?xml version="1.0" encoding="utf-8"?>` +
    `<EntityDescriptor ID="${ENTRA_METADATA_ID}" entityID="${IDP.entityId}" xmlns="${MD}">` +
    `<RoleDescriptor xsi:type="fed:SecurityTokenServiceType" protocolSupportEnumeration="http://docs.oasis-open.org/wsfed/federation/200706" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:fed="http://docs.oasis-open.org/wsfed/federation/200706">` +
    kd +
    `<fed:PassiveRequestorEndpoint><wsa:EndpointReference xmlns:wsa="http://www.w3.org/2005/08/addressing">` +
    `<wsa:Address>https://login.microsoftonline.com/${TENANT_ID}/wsfed</wsa:Address></wsa:EndpointReference></fed:PassiveRequestorEndpoint>` +
    `</RoleDescriptor>` +
    `<IDPSSODescriptor protocolSupportEnumeration="${SAML2P}">` +
    kd +
    `<SingleLogoutService Binding="${BINDING.redirect}" Location="${url}"/>` +
    `<SingleSignOnService Binding="${BINDING.redirect}" Location="${url}"/>` +
    `<SingleSignOnService Binding="${BINDING.post}" Location="${url}"/>` +
    `</IDPSSODescriptor></EntityDescriptor>`;
  if (o.sign === false) return xml;
  const signer = o.signKey ?? IDP_KEY;
  return signElementById(xml, ENTRA_METADATA_ID, { key: signer.key, cert: signer.cert });
}

/** Okta "Identity Provider metadata": md/ds prefixes, WantAuthnRequestsSigned="false", POST before Redirect. */
export function oktaMetadata(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<md:EntityDescriptor entityID="${OKTA.entityId}" xmlns:md="${MD}">` +
    `<md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="${SAML2P}">` +
    `<md:KeyDescriptor use="signing">${keyInfo(IDP_KEY.cert, 'ds')}</md:KeyDescriptor>` +
    `<md:NameIDFormat>${NAMEID_FORMAT.unspecified}</md:NameIDFormat>` +
    `<md:NameIDFormat>${NAMEID_FORMAT.email}</md:NameIDFormat>` +
    `<md:SingleSignOnService Binding="${BINDING.post}" Location="${OKTA.ssoUrl}"/>` +
    `<md:SingleSignOnService Binding="${BINDING.redirect}" Location="${OKTA.ssoUrl}"/>` +
    `</md:IDPSSODescriptor></md:EntityDescriptor>`
  );
}

/** Google Workspace "IdP metadata": md prefix, a validUntil years ahead, email NameID. */
export function googleMetadata(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
    `<md:EntityDescriptor xmlns:md="${MD}" entityID="${GOOGLE.entityId}" validUntil="2031-06-01T12:00:00.000Z">\n` +
    `  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="${SAML2P}">\n` +
    `    <md:KeyDescriptor use="signing">\n      ${keyInfo(IDP_KEY.cert, 'ds')}\n    </md:KeyDescriptor>\n` +
    `    <md:NameIDFormat>${NAMEID_FORMAT.email}</md:NameIDFormat>\n` +
    `    <md:SingleSignOnService Binding="${BINDING.redirect}" Location="${GOOGLE.ssoUrl}"/>\n` +
    `    <md:SingleSignOnService Binding="${BINDING.post}" Location="${GOOGLE.ssoUrl}"/>\n` +
    `  </md:IDPSSODescriptor>\n</md:EntityDescriptor>\n`
  );
}

/** AD FS FederationMetadata.xml: default md namespace, signed, SP and IdP roles, encryption and signing keys. */
export function adfsMetadata(): string {
  // ADFS publishes the same keys, logout endpoints and NameID formats in both of its roles.
  const roleCommon =
    `<KeyDescriptor use="encryption">${keyInfo(SP_KEY.cert)}</KeyDescriptor>` +
    `<KeyDescriptor use="signing">${keyInfo(IDP_KEY.cert)}</KeyDescriptor>` +
    `<SingleLogoutService Binding="${BINDING.redirect}" Location="${ADFS.ssoUrl}"/>` +
    `<SingleLogoutService Binding="${BINDING.post}" Location="${ADFS.ssoUrl}"/>` +
    `<NameIDFormat>${NAMEID_FORMAT.email}</NameIDFormat>` +
    `<NameIDFormat>${NAMEID_FORMAT.persistent}</NameIDFormat>` +
    `<NameIDFormat>${NAMEID_FORMAT.transient}</NameIDFormat>`;
  const xml =
    `<?xml version="1.0" encoding="utf-8"?>` +
    `<EntityDescriptor ID="${ADFS_METADATA_ID}" entityID="${ADFS.entityId}" xmlns="${MD}">` +
    `<SPSSODescriptor WantAssertionsSigned="true" protocolSupportEnumeration="${SAML2P}">` +
    roleCommon +
    `<AssertionConsumerService Binding="${BINDING.post}" Location="${ADFS.ssoUrl}" index="0" isDefault="true"/>` +
    `<AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="${ADFS.ssoUrl}" index="1"/>` +
    `<AssertionConsumerService Binding="${BINDING.redirect}" Location="${ADFS.ssoUrl}" index="2"/>` +
    `</SPSSODescriptor>` +
    `<IDPSSODescriptor protocolSupportEnumeration="${SAML2P}">` +
    roleCommon +
    `<SingleSignOnService Binding="${BINDING.redirect}" Location="${ADFS.ssoUrl}"/>` +
    `<SingleSignOnService Binding="${BINDING.post}" Location="${ADFS.ssoUrl}"/>` +
    `</IDPSSODescriptor></EntityDescriptor>`;
  return signElementById(xml, ADFS_METADATA_ID, { key: IDP_KEY.key, cert: IDP_KEY.cert });
}

/** Shibboleth IdP v4/v5 idp-metadata.xml: default md namespace, shibmd/mdui extensions, keys without use, SAML1 and SOAP endpoints. */
export function shibbolethMetadata(): string {
  const b64 = certBase64(IDP_KEY.cert).replace(/(.{64})/g, '$1\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!--
     This is example metadata only. Do *NOT* supply it as is without review.
-->
<EntityDescriptor xmlns="${MD}" xmlns:ds="${DS}" xmlns:shibmd="urn:mace:shibboleth:metadata:1.0"
    xmlns:xml="http://www.w3.org/XML/1998/namespace" xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui"
    entityID="${SHIBBOLETH.entityId}">
    <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol urn:oasis:names:tc:SAML:1.1:protocol urn:mace:shibboleth:1.0">
        <Extensions>
            <shibmd:Scope regexp="false">contoso.edu</shibmd:Scope>
            <mdui:UIInfo>
                <mdui:DisplayName xml:lang="en">Contoso University</mdui:DisplayName>
            </mdui:UIInfo>
        </Extensions>
        <KeyDescriptor use="signing">
            <ds:KeyInfo>
                <ds:X509Data>
                    <ds:X509Certificate>
${b64}
                    </ds:X509Certificate>
                </ds:X509Data>
            </ds:KeyInfo>
        </KeyDescriptor>
        <KeyDescriptor use="encryption">
            <ds:KeyInfo>
                <ds:X509Data>
                    <ds:X509Certificate>
${certBase64(SP_KEY.cert).replace(/(.{64})/g, '$1\n')}
                    </ds:X509Certificate>
                </ds:X509Data>
            </ds:KeyInfo>
        </KeyDescriptor>
        <ArtifactResolutionService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://idp.contoso.edu:8443/idp/profile/SAML2/SOAP/ArtifactResolution" index="2"/>
        <SingleLogoutService Binding="${BINDING.redirect}" Location="https://idp.contoso.edu/idp/profile/SAML2/Redirect/SLO"/>
        <SingleLogoutService Binding="${BINDING.post}" Location="https://idp.contoso.edu/idp/profile/SAML2/POST/SLO"/>
        <NameIDFormat>${NAMEID_FORMAT.transient}</NameIDFormat>
        <NameIDFormat>${NAMEID_FORMAT.persistent}</NameIDFormat>
        <SingleSignOnService Binding="urn:mace:shibboleth:1.0:profiles:AuthnRequest" Location="https://idp.contoso.edu/idp/profile/Shibboleth/SSO"/>
        <SingleSignOnService Binding="${BINDING.post}" Location="${SHIBBOLETH.ssoPost}"/>
        <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST-SimpleSign" Location="https://idp.contoso.edu/idp/profile/SAML2/POST-SimpleSign/SSO"/>
        <SingleSignOnService Binding="${BINDING.redirect}" Location="${SHIBBOLETH.ssoRedirect}"/>
    </IDPSSODescriptor>
</EntityDescriptor>
`;
}

/** An SP that signs its requests (Elastic-Cloud-like SP metadata): ACS endpoints with index and isDefault. */
export function spMetadata(o: { withKey?: boolean } = {}): string {
  const key = o.withKey === false ? '' : `<md:KeyDescriptor use="signing">${keyInfo(SP_KEY.cert, 'ds')}</md:KeyDescriptor>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<md:EntityDescriptor xmlns:md="${MD}" entityID="https://elevenlabs.io">` +
    `<md:SPSSODescriptor AuthnRequestsSigned="true" WantAssertionsSigned="true" protocolSupportEnumeration="${SAML2P}">` +
    key +
    `<md:NameIDFormat>${NAMEID_FORMAT.email}</md:NameIDFormat>` +
    `<md:AssertionConsumerService Binding="${BINDING.post}" Location="https://elevenlabs.io/__/auth/handler" index="0" isDefault="true"/>` +
    `<md:AssertionConsumerService Binding="${BINDING.post}" Location="https://eu.residency.elevenlabs.io/__/auth/handler" index="1"/>` +
    `</md:SPSSODescriptor></md:EntityDescriptor>`
  );
}

/** An IdP entity for aggregates: md prefix declared on the aggregate root only, as federations do. */
export function aggregateIdp(entityId: string, opts: { cert?: string; ssoUrl?: string } = {}): string {
  const sso = opts.ssoUrl ?? `${entityId.replace(/\/$/, '')}/profile/SAML2/Redirect/SSO`;
  return (
    `<md:EntityDescriptor entityID="${entityId}">` +
    `<md:IDPSSODescriptor protocolSupportEnumeration="${SAML2P}">` +
    `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certBase64(opts.cert ?? IDP_KEY.cert)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
    `<md:SingleSignOnService Binding="${BINDING.redirect}" Location="${sso}"/>` +
    `</md:IDPSSODescriptor></md:EntityDescriptor>`
  );
}

export function aggregateSp(entityId: string, acs: string): string {
  return (
    `<md:EntityDescriptor entityID="${entityId}">` +
    `<md:SPSSODescriptor protocolSupportEnumeration="${SAML2P}">` +
    `<md:AssertionConsumerService Binding="${BINDING.post}" Location="${acs}" index="1" isDefault="true"/>` +
    `</md:SPSSODescriptor></md:EntityDescriptor>`
  );
}

export function aggregate(entities: string[], o: { name?: string; validUntil?: string } = {}): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<md:EntitiesDescriptor xmlns:md="${MD}" xmlns:ds="${DS}" Name="${o.name ?? 'urn:mace:contoso.org:federation'}"` +
    (o.validUntil ? ` validUntil="${o.validUntil}"` : '') +
    `>\n` +
    entities.join('\n') +
    `\n</md:EntitiesDescriptor>\n`
  );
}

/** The checked-in aggregate: nested group, an SP, a duplicate entityID, an IdP with only an expired certificate. */
export function federationAggregate(oldCert: string): string {
  return aggregate(
    [
      aggregateIdp('https://idp.contoso.edu/idp/shibboleth'),
      `<md:EntitiesDescriptor Name="urn:mace:contoso.org:partners">` +
        aggregateIdp('https://idp.fabrikam.edu/idp/shibboleth', { cert: IDP_ROTATED_KEY.cert }) +
        aggregateSp('https://wiki.contoso.org/shibboleth', 'https://wiki.contoso.org/Shibboleth.sso/SAML2/POST') +
        `</md:EntitiesDescriptor>`,
      aggregateIdp('https://idp.legacy.contoso.org/idp/shibboleth', { cert: oldCert }),
      aggregateIdp('https://idp.contoso.edu/idp/shibboleth'),
    ],
    { validUntil: '2026-12-04T00:00:00Z' },
  );
}
