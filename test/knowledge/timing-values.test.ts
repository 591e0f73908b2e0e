import { describe, expect, it } from 'vitest';
import { captureAgeNote, domainAllowed, emailDomain, getIdp, looksLikeObjectId, windowLabel } from '../../src/knowledge/index.js';
import { NOW, TIMES, USER } from '../support/constants.js';

const entra = getIdp('entra');

describe('timing notes', () => {
  it("labels Entra's 70-minute window, measured from IssueInstant or NotBefore", () => {
    const w = { issueInstant: new Date(TIMES.issueInstant), notBefore: new Date(TIMES.notBefore), notOnOrAfter: new Date(TIMES.notOnOrAfter) };
    expect(windowLabel(entra, w)).toBe("Entra's 70-minute window");
    expect(windowLabel(entra, { notBefore: new Date(TIMES.issueInstant), notOnOrAfter: new Date(TIMES.notOnOrAfter) })).toBe(
      "Entra's 70-minute window",
    );
    expect(windowLabel(entra, { notBefore: new Date(TIMES.notBefore), notOnOrAfter: new Date(TIMES.subjectNotOnOrAfter) })).toBeUndefined();
    expect(windowLabel(getIdp('okta'), w)).toBeUndefined();
  });

  it('says when a capture is older than the bearer window', () => {
    expect(captureAgeNote(entra, new Date(TIMES.issueInstant), NOW)).toBeUndefined();
    const late = new Date(new Date(TIMES.issueInstant).getTime() + 42 * 60_000);
    const note = captureAgeNote(entra, new Date(TIMES.issueInstant), late);
    expect(note).toContain('about 5 minutes');
    expect(note).toContain('70 minutes');
    expect(note).toContain('judged 42 min after');
    // A day-old capture reads as hours, not as 1440 minutes.
    const dayOld = captureAgeNote(entra, new Date(TIMES.issueInstant), new Date(new Date(TIMES.issueInstant).getTime() + 24 * 3600_000));
    expect(dayOld).toContain('judged 1 day after');
    expect(dayOld).toMatch(/\.$/);
    expect(captureAgeNote(undefined, new Date(TIMES.issueInstant), late)).toBeUndefined();
  });
});

describe('value helpers', () => {
  it('recognises object IDs', () => {
    expect(USER.groups.every(looksLikeObjectId)).toBe(true);
    expect(looksLikeObjectId('LS-Admins')).toBe(false);
  });

  it('reads email domains and matches allowed domains', () => {
    expect(emailDomain('Ada.Lovelace@Contoso.COM')).toBe('contoso.com');
    expect(emailDomain(USER.persistentId)).toBeUndefined();
    expect(domainAllowed('eu.contoso.com', ['contoso.com'], true)).toBe(true);
    expect(domainAllowed('eu.contoso.com', ['contoso.com'], false)).toBe(false);
    expect(domainAllowed('notcontoso.com', ['contoso.com'], true)).toBe(false);
  });
});
