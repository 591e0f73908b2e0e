import { describe, expect, it } from 'vitest';
import { runProfileChecks } from '../../../src/checks/profile/index.js';
import type { Passed } from '../../../src/checks/types.js';
import { getIdp } from '../../../src/knowledge/index.js';
import { USER } from '../../support/constants.js';
import { attr, input } from './support.js';

const URI = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
const entraFull = [
  attr(`${URI}/emailaddress`, USER.nameId),
  attr(`${URI}/givenname`, USER.givenName),
  attr(`${URI}/surname`, USER.surname),
  attr('http://schemas.microsoft.com/ws/2008/06/identity/claims/groups', 'LS-Admins'),
];
const ACS = 'https://ls.contoso.com/saml/Xy12Ab/acs';

describe('label-studio preset', () => {
  it('says to select the Entra full-URI preset when the response uses those names', () => {
    const f = runProfileChecks(input('label-studio', { attributes: entraFull, config: { acsUrl: ACS } }));
    expect(f.map((x) => x.code)).toEqual(['label-studio-preset-mismatch']);
    expect(f[0]!.message).toContain("'Entra ID (full URI)' preset");
    expect(f[0]!.message).toContain('Email, FirstName, LastName, Groups');
    expect(f[0]!.hint).toContain("SP admin, in Label Studio: Organization › SSO & SAML › attribute mapping: select the 'Entra ID (full URI)' preset");
    expect(f[0]!.hint).toContain('"idp_provider": "azure"');
    expect(f[0]!.mirrors).toBe('Attributes not being extracted from SAML assertion');
    expect(f[0]!.expected).toEqual(['Email', 'FirstName', 'LastName', 'Groups']);
  });

  it('tells Okta from Auth0 by the name attributes, and names both when only email is sent', () => {
    const okta = runProfileChecks(
      input('label-studio', { attributes: [attr('email', USER.nameId), attr('firstName', 'Ada'), attr('lastName', 'L')], config: { acsUrl: ACS } }),
    );
    expect(okta[0]!.message).toContain("'Okta' preset");
    expect(okta[0]!.message).not.toContain('Auth0');
    const either = runProfileChecks(input('label-studio', { attributes: [attr('email', USER.nameId)], config: { acsUrl: ACS } }));
    expect(either[0]!.message).toContain("'Okta' preset (or 'Auth0')");
  });

  it('tells Entra short names from PingOne by the case of the groups attribute', () => {
    const ping = runProfileChecks(
      input('label-studio', {
        attributes: [attr('emailAddress', USER.nameId), attr('givenName', 'Ada'), attr('surname', 'L'), attr('Groups', 'LS-Admins')],
        config: { acsUrl: ACS },
      }),
    );
    expect(ping[0]!.message).toContain("'PingOne' preset");
  });

  it('passes when the configured mapping matches what is sent', () => {
    const passed: Passed[] = [];
    const ok = runProfileChecks(
      input('label-studio', {
        attributes: entraFull,
        config: {
          acsUrl: ACS,
          attributes: {
            email: `${URI}/emailaddress`,
            firstName: `${URI}/givenname`,
            lastName: `${URI}/surname`,
            groups: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
          },
        },
      }),
      passed,
    );
    expect(ok).toEqual([]);
    expect(passed).toHaveLength(1);
    expect(passed[0]!.check).toBe('label-studio profile');
    expect(passed[0]!.detail).toContain('attribute preset');
    const byDefault = runProfileChecks(
      input('label-studio', { attributes: [attr('Email', USER.nameId), attr('Groups', 'LS-Admins')], config: { acsUrl: ACS } }),
    );
    expect(byDefault).toEqual([]);
  });

  it('says nothing about presets when no preset explains the names', () => {
    expect(runProfileChecks(input('label-studio', { attributes: [attr('mail', USER.nameId)], config: { acsUrl: ACS } }))).toEqual([]);
  });
});

describe('label-studio groups', () => {
  it('warns when a mapped group differs from a sent one only by case', () => {
    const f = runProfileChecks(
      input('label-studio', {
        attributes: [attr('Email', USER.nameId), attr('Groups', 'ls-admins', 'LS-Annotators')],
        config: { acsUrl: ACS, groups: ['LS-Admins', 'LS-Annotators'] },
      }),
    );
    expect(f.map((x) => x.code)).toEqual(['label-studio-group-case-mismatch']);
    expect(f[0]!.expected).toBe('LS-Admins');
    expect(f[0]!.actual).toBe('ls-admins');
    expect(f[0]!.message).toContain('Label Studio treats them as different groups');
    expect(f[0]!.mirrors).toBe('User created with wrong role after SSO login');
  });

  it('flags object IDs sent where the mappings use names, with the Entra fix', () => {
    const f = runProfileChecks(
      input('label-studio', {
        idp: getIdp('entra'),
        attributes: [attr('Email', USER.nameId), attr('Groups', ...USER.groups)],
        config: { acsUrl: ACS, groups: ['LS-Admins'] },
      }),
    );
    expect(f.map((x) => x.code)).toEqual(['label-studio-groups-object-ids']);
    expect(f[0]!.hint).toContain('Microsoft Entra ID');
    expect(f[0]!.hint).toContain('sAMAccountName');
    expect(f[0]!.mirrors).toBe('User created with wrong role after SSO login');
  });

  it('accepts object IDs when the mappings themselves use object IDs, and exact names', () => {
    expect(
      runProfileChecks(
        input('label-studio', { attributes: [attr('Email', USER.nameId), attr('Groups', ...USER.groups)], config: { acsUrl: ACS, groups: [USER.groups[0]] } }),
      ),
    ).toEqual([]);
    expect(
      runProfileChecks(
        input('label-studio', { attributes: [attr('Email', USER.nameId), attr('Groups', 'LS-Admins')], config: { acsUrl: ACS, groups: ['LS-Admins'] } }),
      ),
    ).toEqual([]);
  });
});

describe('label-studio ACS URL', () => {
  it('spots the login URL pasted as ACS URL', () => {
    const f = runProfileChecks(
      input('label-studio', { idp: getIdp('entra'), attributes: [attr('Email', USER.nameId)], config: { acsUrl: 'https://ls.contoso.com/saml/Xy12Ab/login' } }),
    );
    expect(f.map((x) => x.code)).toEqual(['label-studio-acs-url-shape']);
    expect(f[0]!.message).toContain("Label Studio's login URL");
    expect(f[0]!.hint).toContain('Reply URL (Assertion Consumer Service URL): set it to exactly https://ls.contoso.com/saml/Xy12Ab/acs');
  });

  it('judges the Destination when no ACS URL is configured', () => {
    const f = runProfileChecks(
      input('label-studio', { attributes: [attr('Email', USER.nameId)], response: { destination: 'https://ls.contoso.com/sso/acs' } }),
    );
    expect(f.map((x) => x.code)).toEqual(['label-studio-acs-url-shape']);
    expect(f[0]!.expected).toBe('https://<your-host>/saml/<token>/acs');
  });
});

describe('label-studio mapping from a config that leaves names unset', () => {
  it('falls back to the Default preset names for unset keys', () => {
    const f = runProfileChecks(
      input('label-studio', {
        attributes: [attr('Email', USER.nameId), attr('Groups', 'LS-Admins')],
        config: { acsUrl: ACS, attributes: { email: undefined, groups: '' } },
      }),
    );
    expect(f).toEqual([]);
  });
});
