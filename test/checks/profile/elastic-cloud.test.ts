import { describe, expect, it } from 'vitest';
import { runProfileChecks } from '../../../src/checks/profile/index.js';
import { getIdp } from '../../../src/knowledge/index.js';
import { USER } from '../../support/constants.js';
import { attr, input } from './support.js';

const codes = (f: { code: string }[]) => f.map((x) => x.code);

describe('elastic-cloud email attribute', () => {
  it('requires an attribute named email and names the Entra claim to rename', () => {
    const f = runProfileChecks(
      input('elastic-cloud', {
        idp: getIdp('entra'),
        attributes: [attr('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', USER.nameId)],
      }),
    );
    expect(codes(f)).toEqual(['elastic-cloud-email-attribute-missing']);
    expect(f[0]!.message).toContain('sent as http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress');
    expect(f[0]!.hint).toContain('Attributes & Claims');
    expect(f[0]!.hint).toContain('clear Namespace');
    expect(f[0]!.mirrors).toContain('/access-denied');
  });

  it('asks to add the attribute when nothing email-like is sent', () => {
    const f = runProfileChecks(input('elastic-cloud', { idp: getIdp('okta'), attributes: [attr('firstName', 'Ada')] }));
    expect(codes(f)).toEqual(['elastic-cloud-email-attribute-missing']);
    expect(f[0]!.hint).toContain('Attribute Statements: add email');
  });

  it('passes with an email attribute in a claimed domain', () => {
    expect(
      runProfileChecks(input('elastic-cloud', { attributes: [attr('email', USER.nameId)], config: { verifiedDomains: [USER.domain] } })),
    ).toEqual([]);
  });
});

describe('elastic-cloud claimed domain', () => {
  it('rejects an email outside the claimed domains, subdomains included', () => {
    const f = runProfileChecks(
      input('elastic-cloud', { attributes: [attr('email', 'ada@eu.contoso.com')], config: { verifiedDomains: [USER.domain] } }),
    );
    expect(codes(f)).toEqual(['elastic-cloud-email-domain-not-claimed']);
    expect(f[0]!.message).toContain('eu.contoso.com');
    expect(f[0]!.hint).toContain('Domains › Add domain: claim eu.contoso.com');
    expect(f[0]!.expected).toEqual([USER.domain]);
  });

  it('rejects an email attribute that is not an address', () => {
    const f = runProfileChecks(
      input('elastic-cloud', { attributes: [attr('email', USER.persistentId)], config: { verifiedDomains: [USER.domain] } }),
    );
    expect(codes(f)).toEqual(['elastic-cloud-email-domain-not-claimed']);
    expect(f[0]!.message).toContain('is not an email address');
  });
});

describe('elastic-cloud groups', () => {
  it('warns when role mappings exist but no groups attribute arrives', () => {
    const f = runProfileChecks(
      input('elastic-cloud', { idp: getIdp('okta'), attributes: [attr('email', USER.nameId)], config: { groups: ['elastic-admins*'] } }),
    );
    expect(codes(f)).toEqual(['elastic-cloud-groups-missing']);
    expect(f[0]!.message).toContain('keeps the roles of an earlier login');
    expect(f[0]!.hint).toContain('Group Attribute Statements: send the user\'s groups as groups');
  });

  it('passes when groups are sent', () => {
    expect(
      runProfileChecks(input('elastic-cloud', { attributes: [attr('email', USER.nameId), attr('groups', 'elastic-admins')], config: { groups: ['elastic-*'] } })),
    ).toEqual([]);
  });
});

describe('elastic-cloud login identifier prefix (config only)', () => {
  it('rejects upper case, spaces and dots, suggesting a valid prefix', () => {
    const f = runProfileChecks(input('elastic-cloud', { noResponse: true, config: { loginIdentifierPrefix: 'Contoso Ltd.' } }));
    expect(codes(f)).toEqual(['elastic-cloud-login-prefix-invalid']);
    expect(f[0]!.hint).toContain('for example contoso-ltd');
    expect(f[0]!.location).toBe('config loginIdentifierPrefix');
  });

  it('accepts lowercase letters, digits and hyphens', () => {
    expect(runProfileChecks(input('elastic-cloud', { noResponse: true, config: { loginIdentifierPrefix: 'contoso-2026' } }))).toEqual([]);
  });
});

describe('elastic-cloud SSO URL binding (config only)', () => {
  it('points a Shibboleth Redirect endpoint at its POST twin', () => {
    const f = runProfileChecks(
      input('elastic-cloud', { noResponse: true, config: { idpSsoUrl: 'https://idp.example.edu/idp/profile/SAML2/Redirect/SSO' } }),
    );
    expect(codes(f)).toEqual(['elastic-cloud-sso-url-redirect-binding']);
    expect(f[0]!.expected).toBe('https://idp.example.edu/idp/profile/SAML2/POST/SSO');
    expect(f[0]!.hint).toContain('Identity Provider SSO URL');
  });

  it('accepts a POST endpoint, and URLs that do not name a binding', () => {
    const ok = (idpSsoUrl: string) => runProfileChecks(input('elastic-cloud', { noResponse: true, config: { idpSsoUrl } }));
    expect(ok('https://contoso.onelogin.com/trust/saml2/http-post/sso/123456')).toEqual([]);
    expect(ok('https://contoso.okta.com/app/contoso_elastic_1/exk1/sso/saml')).toEqual([]);
    expect(codes(ok('https://contoso.onelogin.com/trust/saml2/http-redirect/sso/123456'))).toEqual(['elastic-cloud-sso-url-redirect-binding']);
  });
});
