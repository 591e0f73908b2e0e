import { describe, expect, it } from 'vitest';
import { getProfile, LABEL_STUDIO_PRESETS, listProfiles, profileSymptom } from '../../src/knowledge/index.js';
import { SP } from '../support/constants.js';

describe('SP profiles', () => {
  it('lists the five profiles and finds them by name', () => {
    expect(listProfiles().map((p) => p.name)).toEqual(['elevenlabs', 'elastic-cloud', 'label-studio', 'zendesk', 'generic']);
    expect(getProfile('ElevenLabs')?.title).toBe('ElevenLabs');
    expect(getProfile('nope')).toBeUndefined();
  });

  it('ElevenLabs: SP-initiated only, email NameID, documented URLs', () => {
    const p = getProfile('elevenlabs')!;
    expect(p.expects.spInitiatedOnly).toBe(true);
    expect(p.expects.nameIdMustBeEmail).toBe(true);
    expect(p.expects.spEntityId).toBe(SP.entityId);
    expect(p.expects.acsUrl).toBe(SP.acsUrl);
    expect(p.expects.verifiedDomains?.subdomainsAllowed).toBe(true);
    const acs = p.urls.acsUrl!;
    expect(acs.some((t) => t.pattern.test('https://eu.residency.elevenlabs.io/__/auth/handler'))).toBe(true);
    expect(acs.some((t) => t.pattern.test('https://elevenlabs.io/auth/handler'))).toBe(false);
  });

  it('ElevenLabs symptoms mirror the documented texts', () => {
    const p = getProfile('elevenlabs')!;
    expect(profileSymptom(p, 'nameid-not-email')).toBe('Unable to login with saml.workspace... or user mismatch');
    expect(profileSymptom(p, 'audience-mismatch', 'entra')).toBe(
      'Microsoft Entra shows a successful sign-in, but ElevenLabs says unable to sign in',
    );
    expect(profileSymptom(p, 'audience-mismatch')).toMatch(/unable to sign in/);
    expect(p.symptoms.certificateParse).toBe('INVALID_IDP_RESPONSE: Error when parsing certificate');
  });

  it('Elastic Cloud: email attribute required, no IdP-initiated, HTTP-POST SSO URL', () => {
    const p = getProfile('elastic-cloud')!;
    expect(p.expects.attributes).toEqual({ email: 'email', firstName: 'firstName', lastName: 'lastName', groups: 'groups' });
    expect(p.expects.requiredAttributes).toEqual(['email']);
    expect(p.expects.spInitiatedOnly).toBe(true);
    expect(p.expects.idpSsoBinding).toBe('HTTP-POST');
    expect(profileSymptom(p, 'audience-mismatch')).toContain('/access-denied');
  });

  it('Label Studio: transient NameID, case-sensitive groups, case-insensitive emails, presets', () => {
    const p = getProfile('label-studio')!;
    expect(p.expects.nameIdFormat).toBe('urn:oasis:names:tc:SAML:2.0:nameid-format:transient');
    expect(p.expects.groupsCaseSensitive).toBe(true);
    expect(p.expects.emailCaseInsensitive).toBe(true);
    expect(p.expects.attributes).toEqual({ email: 'Email', firstName: 'FirstName', lastName: 'LastName', groups: 'Groups' });
    const labels = LABEL_STUDIO_PRESETS.map((x) => x.label);
    expect(labels).toEqual(['Default', 'Entra ID (full URI)', 'Entra ID (short)', 'Okta', 'Auth0', 'PingOne']);
    const full = LABEL_STUDIO_PRESETS.find((x) => x.label === 'Entra ID (full URI)')!;
    expect(full.names.email).toBe('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress');
    expect(full.names.groups).toBe('http://schemas.microsoft.com/ws/2008/06/identity/claims/groups');
    expect(LABEL_STUDIO_PRESETS.find((x) => x.label === 'Auth0')!.names.firstName).toBe('given_name');
    expect(LABEL_STUDIO_PRESETS.find((x) => x.label === 'PingOne')!.names.groups).toBe('Groups');
    expect(p.urls.acsUrl![0]!.pattern.test('https://ls.contoso.com/saml/Tk3n/acs')).toBe(true);
  });

  it('Zendesk: fingerprint trust and URL shapes', () => {
    const p = getProfile('zendesk')!;
    expect(p.expects.certificateTrust).toBe('sha256-fingerprint');
    expect(p.urls.acsUrl![0]!.pattern.test('https://acme.zendesk.com/access/saml')).toBe(true);
    expect(p.urls.spEntityId![0]!.pattern.test('https://acme.zendesk.com')).toBe(true);
  });

  it('generic asks for nothing beyond the config', () => {
    const p = getProfile('generic')!;
    expect(p.expects.nameIdMustBeEmail).toBe(false);
    expect(p.expects.requiredAttributes).toEqual([]);
    expect(profileSymptom(p, 'audience-mismatch')).toBeUndefined();
  });

  it('every profile states its requirements', () => {
    for (const p of listProfiles()) expect(p.requirements.length).toBeGreaterThan(0);
  });
});
