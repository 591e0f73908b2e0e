import { describe, expect, it } from 'vitest';
import { IDS, NAMEID_FORMAT, SP, USER } from '../../support/constants.js';
import { codes, errors, findingOf, run } from '../../validate/helpers.js';

describe('nameid-missing', () => {
  it('flags a Subject without NameID', () => {
    expect(errors(run({ response: { assertion: { nameId: null } } }))).toContain('nameid-missing');
  });
  it('flags an empty NameID', () => {
    expect(findingOf(run({ response: { assertion: { nameId: '' } } }), 'nameid-missing').message).toMatch(/empty/);
  });
  it('passes a NameID', () => {
    expect(codes(run())).not.toContain('nameid-missing');
  });
});

describe('nameid-not-email', () => {
  const persistent = { nameId: USER.persistentId, nameIdFormat: NAMEID_FORMAT.persistent };
  it('flags a persistent NameID for the elevenlabs profile, in Entra words, mirroring the app', () => {
    const f = findingOf(run({ response: { assertion: persistent }, config: { profile: 'elevenlabs' } }), 'nameid-not-email');
    expect(f.expected).toBe('an email address (profile: elevenlabs)');
    expect(f.actual).toContain(USER.persistentId);
    expect(f.actual).toContain('format: persistent');
    expect(f.hint).toContain('Unique User Identifier (Name ID)');
    expect(f.hint).toContain('user.mail');
    expect(f.mirrors).toMatch(/user mismatch/);
  });
  it('uses Okta wording when the issuer is Okta', () => {
    const okta = 'http://www.okta.com/exk1a2b3c4d5e6f7g8h9';
    const f = findingOf(
      run({ response: { issuer: okta, assertion: { ...persistent, issuer: okta } }, config: { idp: { entityId: okta, ssoUrl: undefined }, nameId: { mustBeEmail: true } } }),
      'nameid-not-email',
    );
    expect(f.hint).toMatch(/Okta/);
    expect(f.hint).toMatch(/Name ID format/);
  });
  it('passes an email NameID, and is silent when the SP does not need an email', () => {
    expect(codes(run({ config: { nameId: { mustBeEmail: true } } }))).not.toContain('nameid-not-email');
    expect(codes(run({ response: { assertion: persistent } }))).not.toContain('nameid-not-email');
  });
});

describe('nameid-format-mismatch', () => {
  it('flags another format than configured', () => {
    const f = findingOf(
      run({ response: { assertion: { nameIdFormat: NAMEID_FORMAT.unspecified } }, config: { nameId: { format: NAMEID_FORMAT.email } } }),
      'nameid-format-mismatch',
    );
    expect(f.expected).toBe(NAMEID_FORMAT.email);
    expect(f.actual).toBe(NAMEID_FORMAT.unspecified);
  });
  it('passes the configured format', () => {
    expect(codes(run({ config: { nameId: { format: NAMEID_FORMAT.email } } }))).not.toContain('nameid-format-mismatch');
  });
  it('stays silent when nameid-not-email already reports the same NameID setting (one problem, one finding)', () => {
    const persistent = { nameId: USER.persistentId, nameIdFormat: NAMEID_FORMAT.persistent };
    const r = run({ response: { assertion: persistent }, config: { profile: 'elevenlabs', nameId: { format: NAMEID_FORMAT.email } } });
    expect(codes(r)).toContain('nameid-not-email');
    expect(codes(r)).not.toContain('nameid-format-mismatch');
    expect(r.passed?.map((p) => p.check) ?? []).not.toContain('nameid format');
    // An email value in the wrong format is still its own finding.
    const emailPersistent = run({ response: { assertion: { nameIdFormat: NAMEID_FORMAT.persistent } }, config: { profile: 'elevenlabs', nameId: { format: NAMEID_FORMAT.email } } });
    expect(codes(emailPersistent)).toContain('nameid-format-mismatch');
  });
});

describe('nameid-comment-injection', () => {
  it('flags a comment inside a signed NameID (the signature still verifies)', () => {
    const r = run({ response: { assertion: { nameIdRawContent: 'ada.lovelace@contoso.com<!---->.evil.example' } } });
    const f = findingOf(r, 'nameid-comment-injection');
    expect(f.severity).toBe('error');
    expect(f.actual).toBe('ada.lovelace@contoso.com.evil.example');
  });
  it('flags split text (CDATA) inside NameID', () => {
    const r = run({ response: { assertion: { nameIdRawContent: 'ada.lovelace@contoso.com<![CDATA[.evil.example]]>' } } });
    expect(codes(r)).toContain('nameid-comment-injection');
  });
  it('passes a plain NameID', () => {
    expect(codes(run())).not.toContain('nameid-comment-injection');
  });
});

describe('email-domain-not-allowed', () => {
  it('flags an onmicrosoft.com UPN', () => {
    const f = findingOf(run({ response: { assertion: { nameId: 'ada@contoso.onmicrosoft.com' } } }), 'email-domain-not-allowed');
    expect(f.actual).toBe('ada@contoso.onmicrosoft.com');
    expect(f.hint).toMatch(/user principal name/);
  });
  it('reads the configured email attribute first', () => {
    const r = run({
      response: { assertion: { attributes: [{ name: 'email', values: ['ada@fabrikam.com'] }] } },
      config: { attributes: { email: 'email' } },
    });
    expect(findingOf(r, 'email-domain-not-allowed').message).toContain('attribute email');
  });
  it('allows subdomains of a verified domain', () => {
    expect(codes(run({ response: { assertion: { nameId: 'ada@eu.contoso.com' } } }))).not.toContain('email-domain-not-allowed');
    expect(codes(run())).not.toContain('email-domain-not-allowed');
  });
});

describe('subject-confirmation-method', () => {
  it('flags holder-of-key only', () => {
    const f = findingOf(
      run({ response: { assertion: { subjectConfirmationMethod: 'urn:oasis:names:tc:SAML:2.0:cm:holder-of-key' } } }),
      'subject-confirmation-method',
    );
    expect(f.actual).toEqual(['urn:oasis:names:tc:SAML:2.0:cm:holder-of-key']);
  });
  it('passes bearer', () => {
    expect(codes(run())).not.toContain('subject-confirmation-method');
  });
});

describe('recipient-mismatch', () => {
  it('flags another Recipient, naming the difference', () => {
    const f = findingOf(run({ response: { assertion: { recipient: SP.acsUrl.replace('https:', 'http:') } } }), 'recipient-mismatch');
    expect(f.expected).toBe(SP.acsUrl);
    expect(f.hint).toMatch(/scheme/);
  });
  it('flags a missing Recipient', () => {
    expect(findingOf(run({ response: { assertion: { recipient: null } } }), 'recipient-mismatch').message).toMatch(/no Recipient/);
  });
  it('passes the ACS URL', () => {
    expect(codes(run())).not.toContain('recipient-mismatch');
  });
});

describe('subject-confirmation-expired', () => {
  it('says by how much, with the skew and the instant judged at', () => {
    const f = findingOf(run({ opts: { now: new Date('2026-11-20T09:30:00Z') } }), 'subject-confirmation-expired');
    expect(f.message).toContain('10 min');
    expect(f.message).toContain('180 s allowed clock skew');
    expect(f.message).toContain('2026-11-20 09:30:00 UTC');
    expect(f.hint).toMatch(/about 5 minutes/);
  });
  it('passes inside the window, and within the skew', () => {
    expect(codes(run())).not.toContain('subject-confirmation-expired');
    expect(codes(run({ opts: { now: new Date('2026-11-20T09:22:00Z') } }))).not.toContain('subject-confirmation-expired');
  });
});

describe('in-response-to-mismatch', () => {
  it('flags a Response to another request', () => {
    const r = run({ opts: { requestId: '_another-request' } });
    const f = findingOf(r, 'in-response-to-mismatch');
    expect(f.expected).toBe('_another-request');
    expect(f.actual).toBe(IDS.request);
  });
  it('flags Response and assertion disagreeing even without --request-id', () => {
    expect(codes(run({ response: { assertion: { subjectInResponseTo: '_other' } } }))).toContain('in-response-to-mismatch');
  });
  it('passes the matching request ID', () => {
    const r = run({ opts: { requestId: IDS.request } });
    expect(codes(r)).not.toContain('in-response-to-mismatch');
    expect(r.passed?.some((p) => p.check.includes('in-response-to'))).toBe(true);
  });
});

describe('unsolicited-response', () => {
  it('flags an IdP-initiated Response when the SP does not allow it', () => {
    const r = run({ response: { inResponseTo: null }, config: { profile: 'elevenlabs' } });
    const f = findingOf(r, 'unsolicited-response');
    expect(f.hint).toMatch(/sign-in page/);
    // Said once: the hint used to give the same advice twice in other words.
    expect(f.hint!.match(/sign-in page/g)).toHaveLength(1);
    expect(f.hint).toMatch(/\.$/);
  });
  it('the elevenlabs profile refuses it even if the config allows IdP-initiated', () => {
    const r = run({ response: { inResponseTo: null }, config: { profile: 'elevenlabs', security: { allowIdpInitiated: true } } });
    expect(codes(r)).toContain('unsolicited-response');
  });
  it('passes when allowed, and for a solicited Response', () => {
    expect(codes(run({ response: { inResponseTo: null }, config: { security: { allowIdpInitiated: true } } }))).not.toContain('unsolicited-response');
    expect(codes(run())).not.toContain('unsolicited-response');
  });
});
