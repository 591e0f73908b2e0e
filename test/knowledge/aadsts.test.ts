import { describe, expect, it } from 'vitest';
import { explainAadsts, findAadstsCodes, listAadsts } from '../../src/knowledge/index.js';

describe('AADSTS codes', () => {
  it.each([
    ['50011', /Reply URL/],
    ['AADSTS50105', /not assigned/],
    ['700016', /not found/],
    ['75011', /authentication method/i],
    ['750054', /SAMLRequest or SAMLResponse/],
    ['5000819', /Email/],
    ['50107', /realm/i],
    ['50126', /password/i],
    ['50034', /not found/],
    ['53003', /Conditional Access/],
    ['65001', /Consent/],
    ['90014', /missing/],
  ])('explains %s', (code, title) => {
    const e = explainAadsts(code);
    expect(e?.title).toMatch(title);
    expect(e?.cause.length).toBeGreaterThan(30);
    expect(e?.fix.length).toBeGreaterThan(20);
  });

  it('names the Entra screen for the reply URL and assignment fixes', () => {
    expect(explainAadsts('50011')?.fix).toContain('Reply URL (Assertion Consumer Service URL)');
    expect(explainAadsts('50105')?.fix).toContain('Users and groups');
    expect(explainAadsts('700016')?.fix).toContain('Identifier (Entity ID)');
  });

  it('returns undefined for codes it does not know rather than guessing', () => {
    expect(explainAadsts('12345')).toBeUndefined();
    expect(explainAadsts('not a code')).toBeUndefined();
  });

  it('finds codes in an error page, once each', () => {
    const page = 'AADSTS50011: The redirect URI ... Trace ID ... AADSTS50011 again, then AADSTS700016.';
    expect(findAadstsCodes(page)).toEqual(['50011', '700016']);
  });

  it('has unique codes', () => {
    const codes = listAadsts().map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
