import { describe, expect, it } from 'vitest';
import { FIX_TOPICS, getIdp, IDPS, idpFix } from '../../src/knowledge/index.js';
import type { IdpId } from '../../src/knowledge/index.js';
import { SP } from '../support/constants.js';

describe('idpFix', () => {
  it('phrases the Entra NameID fix in Entra screen names', () => {
    const text = idpFix('nameid-email', getIdp('entra'));
    expect(text).toContain('IdP admin, in Microsoft Entra ID');
    expect(text).toContain('Attributes & Claims › Unique User Identifier (Name ID) › Name identifier format: Email address');
    expect(text).toContain('Source attribute: user.mail');
    expect(text).toContain('user.userprincipalname');
  });

  it('phrases the Okta NameID fix in Okta field names', () => {
    const text = idpFix('nameid-email', getIdp('okta'));
    expect(text).toContain('Name ID format: EmailAddress');
    expect(text).toContain('Application username: Email');
  });

  const screenWords: [IdpId, string, string][] = [
    ['entra', 'reply-url', 'Basic SAML Configuration › Reply URL (Assertion Consumer Service URL)'],
    ['entra', 'audience', 'Identifier (Entity ID)'],
    ['entra', 'signing-certificate', 'SAML Certificates › Certificate (Base64)'],
    ['entra', 'sign-assertion', 'Signing Option: Sign SAML response and assertion'],
    ['entra', 'sha256', 'Signing Algorithm: SHA-256'],
    ['entra', 'user-assignment', 'Users and groups › Add user/group'],
    ['entra', 'issuer', 'Microsoft Entra Identifier'],
    ['entra', 'idp-sso-url', 'Login URL'],
    ['okta', 'reply-url', 'Single sign-on URL'],
    ['okta', 'audience', 'Audience URI (SP Entity ID)'],
    ['okta', 'groups-missing', 'Group Attribute Statements'],
    ['okta', 'signing-certificate', 'SAML Signing Certificates'],
    ['okta', 'user-assignment', 'Assignments'],
    ['google', 'reply-url', 'Service provider details › ACS URL'],
    ['google', 'nameid-email', 'Name ID format: EMAIL'],
    ['adfs', 'audience', 'Relying party identifier'],
    ['adfs', 'sha256', 'Secure hash algorithm: SHA-256'],
    ['adfs', 'sign-response', 'SamlResponseSignature'],
    ['onelogin', 'audience', 'Audience (EntityID)'],
    ['onelogin', 'sign-assertion', 'SAML signature element'],
    ['ping', 'reply-url', 'ACS URLs'],
    ['auth0', 'sign-response', '"signResponse": true'],
    ['auth0', 'reply-url', 'Application Callback URL'],
    ['keycloak', 'audience', 'Client ID'],
    ['keycloak', 'groups-as-names', 'Full group path'],
    ['jumpcloud', 'nameid-format', 'SAMLSubject NameID Format'],
    ['shibboleth', 'attribute-missing', 'conf/attribute-filter.xml'],
  ];
  it.each(screenWords)('%s %s names %s', (id, topic, words) => {
    expect(idpFix(topic as never, getIdp(id), { acsUrl: SP.acsUrl, spEntityId: SP.entityId })).toContain(words);
  });

  it('quotes the values it is given', () => {
    expect(idpFix('reply-url', getIdp('entra'), { acsUrl: SP.acsUrl })).toContain(`set it to exactly ${SP.acsUrl}`);
    expect(idpFix('reply-url', getIdp('okta'), { acsUrl: SP.acsUrl })).toContain('Use this for Recipient URL and Destination URL');
    expect(idpFix('audience', getIdp('okta'), { spEntityId: SP.entityId })).toContain(SP.entityId);
  });

  it('states Entra facts where they explain the fix', () => {
    expect(idpFix('groups-overage', getIdp('entra'))).toContain('150 groups');
    expect(idpFix('groups-overage', getIdp('entra'))).toContain('Groups assigned to the application');
    expect(idpFix('certificate-rotation', getIdp('entra'))).toMatch(/three years.*60, 30 and 7 days/);
    expect(idpFix('groups-as-names', getIdp('entra'))).toContain('sAMAccountName');
  });

  it('uses generic wording for an unknown IdP, never another product’s names', () => {
    const text = idpFix('nameid-email', undefined);
    expect(text).toContain('IdP admin');
    expect(text).toContain('urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress');
    expect(text).not.toMatch(/Entra|Okta|Attributes & Claims/);
  });

  it('falls back to generic places that a product module does not state', () => {
    const text = idpFix('sha256', getIdp('ping'));
    expect(text).toContain('PingOne / PingFederate');
    expect(text).toContain('signature algorithm');
  });

  it('phrases every topic for every IdP without placeholders left over', () => {
    for (const idp of IDPS) {
      for (const topic of FIX_TOPICS) {
        const text = idpFix(topic, idp);
        expect(text.length).toBeGreaterThan(30);
        expect(text).not.toMatch(/undefined|\$\{/);
      }
    }
  });
});
