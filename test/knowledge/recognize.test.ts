import { describe, expect, it } from 'vitest';
import { recognizeIdp } from '../../src/knowledge/index.js';
import type { IdpClues, IdpId } from '../../src/knowledge/index.js';
import { IDP } from '../support/constants.js';

const T = '3f1c9a52-7d4e-4b8a-9c1e-2a6f0d5b8e71';

const cases: [IdpId, IdpClues, 'certain' | 'likely'][] = [
  ['entra', { issuer: IDP.entityId }, 'certain'],
  ['entra', { issuer: `https://sts.windows.net/${T}` }, 'certain'],
  ['entra', { entityId: `https://login.microsoftonline.com/${T}/v2.0` }, 'certain'],
  ['entra', { ssoUrl: IDP.ssoUrl }, 'certain'],
  ['entra', { certSubject: IDP.certSubject }, 'likely'],
  ['okta', { issuer: 'http://www.okta.com/exk1a2b3c4d5E6f7g8h9' }, 'certain'],
  ['okta', { ssoUrl: 'https://contoso.okta.com/app/contoso_elevenlabs_1/exk1a2b3c4d5E6f7g8h9/sso/saml' }, 'certain'],
  ['okta', { ssoUrl: 'https://login.contoso.com/app/contoso_elevenlabs_1/exk1a2b3c4d5E6f7g8h9/sso/saml' }, 'likely'],
  ['okta', { certSubject: 'C=US, ST=California, L=San Francisco, O=Okta, OU=SSOProvider, CN=contoso' }, 'likely'],
  ['google', { issuer: 'https://accounts.google.com/o/saml2?idpid=C01abc2de' }, 'certain'],
  ['google', { ssoUrl: 'https://accounts.google.com/o/saml2/idp?idpid=C01abc2de' }, 'certain'],
  ['adfs', { issuer: 'http://fs.contoso.com/adfs/services/trust' }, 'certain'],
  ['adfs', { ssoUrl: 'https://fs.contoso.com/adfs/ls/' }, 'certain'],
  ['adfs', { certSubject: 'CN=ADFS Signing - fs.contoso.com' }, 'likely'],
  ['onelogin', { issuer: 'https://app.onelogin.com/saml/metadata/7d9b2c4e-1f3a-4b5c-8d6e-9f0a1b2c3d4e' }, 'certain'],
  ['onelogin', { ssoUrl: 'https://contoso.onelogin.com/trust/saml2/http-post/sso/7d9b2c4e' }, 'certain'],
  ['ping', { issuer: 'https://auth.pingone.com/0a7f3c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b' }, 'certain'],
  ['ping', { ssoUrl: 'https://auth.pingone.eu/0a7f3c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b/saml20/idp/sso' }, 'certain'],
  ['ping', { ssoUrl: 'https://sso.contoso.com/idp/SSO.saml2' }, 'likely'],
  ['auth0', { issuer: 'urn:contoso.eu.auth0.com' }, 'certain'],
  ['auth0', { ssoUrl: 'https://contoso.auth0.com/samlp/q8Kx2VbN7mL0pR3s' }, 'certain'],
  ['keycloak', { issuer: 'https://id.contoso.com/realms/staff' }, 'likely'],
  ['keycloak', { ssoUrl: 'https://id.contoso.com/auth/realms/staff/protocol/saml' }, 'certain'],
  ['jumpcloud', { issuer: 'JumpCloud' }, 'certain'],
  ['jumpcloud', { ssoUrl: 'https://sso.jumpcloud.com/saml2/elevenlabs' }, 'certain'],
  ['shibboleth', { issuer: 'https://idp.example.edu/idp/shibboleth' }, 'likely'],
  ['shibboleth', { ssoUrl: 'https://idp.example.edu/idp/profile/SAML2/Redirect/SSO' }, 'certain'],
];

describe('recognizeIdp', () => {
  it.each(cases)('recognises %s from %j', (id, clues, confidence) => {
    const r = recognizeIdp(clues);
    expect(r?.idp.id).toBe(id);
    expect(r?.confidence).toBe(confidence);
    expect(r?.reason.length).toBeGreaterThan(10);
  });

  it('recognises nothing from an unknown issuer', () => {
    expect(recognizeIdp({ issuer: 'https://idp.contoso.com/saml' })).toBeUndefined();
    expect(recognizeIdp({})).toBeUndefined();
  });

  it('does not mistake look-alike hosts', () => {
    expect(recognizeIdp({ issuer: 'https://sts.windows.net.evil.example/abc/' })).toBeUndefined();
    expect(recognizeIdp({ ssoUrl: 'https://okta.com.evil.example/app/x/y/z' })).toBeUndefined();
    expect(recognizeIdp({ issuer: 'https://accounts.google.com.evil.example/o/saml2?idpid=1' })).toBeUndefined();
  });

  it('prefers a certain clue over an earlier likely one', () => {
    // Keycloak-shaped issuer is only 'likely'; an Okta SSO URL is certain.
    const r = recognizeIdp({ issuer: 'https://id.contoso.com/realms/staff', ssoUrl: 'https://contoso.okta.com/app/a/exk1/sso/saml' });
    expect(r?.idp.id).toBe('okta');
  });

  it('reads entityID and Location values from metadata', () => {
    const md = `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.windows.net/${T}/">
      <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
        <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/${T}/saml2"/>
      </md:IDPSSODescriptor></md:EntityDescriptor>`;
    expect(recognizeIdp({ metadataXml: md })?.idp.id).toBe('entra');
    const shib = `<EntityDescriptor entityID='https://idp.example.edu/idp/shibboleth'><IDPSSODescriptor>
      <SingleSignOnService Location='https://idp.example.edu/idp/profile/SAML2/POST/SSO'/></IDPSSODescriptor></EntityDescriptor>`;
    const r = recognizeIdp({ metadataXml: shib });
    expect(r?.idp.id).toBe('shibboleth');
    expect(r?.confidence).toBe('certain');
  });

  it('stays fast on a huge hostile metadata text', () => {
    const big = 'entityID="x" '.repeat(200_000);
    const started = performance.now();
    expect(recognizeIdp({ metadataXml: big })).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

/** IdP metadata in the shape each product publishes: entityID and SingleSignOnService Location. */
const metadata: [IdpId, string, string][] = [
  ['entra', `https://sts.windows.net/${T}/`, `https://login.microsoftonline.com/${T}/saml2`],
  ['okta', 'http://www.okta.com/exk9z8y7x6w5V4u3t2s1', 'https://contoso.okta.com/app/contoso_app_1/exk9z8y7x6w5V4u3t2s1/sso/saml'],
  ['google', 'https://accounts.google.com/o/saml2?idpid=C03xyz9ab', 'https://accounts.google.com/o/saml2/idp?idpid=C03xyz9ab'],
  ['adfs', 'http://fs.contoso.com/adfs/services/trust', 'https://fs.contoso.com/adfs/ls/'],
  ['onelogin', 'https://app.onelogin.com/saml/metadata/123456', 'https://contoso.onelogin.com/trust/saml2/http-redirect/sso/123456'],
  ['ping', 'https://auth.pingone.com/0a7f3c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b', 'https://auth.pingone.com/0a7f3c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b/saml20/idp/sso'],
  ['auth0', 'urn:contoso.auth0.com', 'https://contoso.auth0.com/samlp/q8Kx2VbN7mL0pR3s'],
  ['keycloak', 'https://id.contoso.com/realms/staff', 'https://id.contoso.com/realms/staff/protocol/saml'],
  ['jumpcloud', 'JumpCloud', 'https://sso.jumpcloud.com/saml2/contoso-app'],
  ['shibboleth', 'https://idp.example.edu/idp/shibboleth', 'https://idp.example.edu/idp/profile/SAML2/Redirect/SSO'],
];

describe('recognizeIdp from metadata', () => {
  it.each(metadata)('recognises %s metadata', (id, entityId, location) => {
    const xml =
      `<?xml version="1.0"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${entityId.replace(/&/g, '&amp;')}">` +
      '<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">' +
      `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${location}"/>` +
      '</md:IDPSSODescriptor></md:EntityDescriptor>';
    const r = recognizeIdp({ metadataXml: xml });
    expect(r?.idp.id).toBe(id);
    expect(r?.confidence).toBe('certain');
  });
});

