/**
 * Only the Assertion is signed: the attacker may rewrite everything outside it (Destination,
 * Status, InResponseTo, the Response Issuer, IDs). The tool must judge those fields as unsigned
 * and must never pull assertion claims from outside the signed assertion.
 */
import { describe, expect, it } from 'vitest';
import { IDP, IDS, SP } from '../support/constants.js';
import { EVIL, allCodes, details, expectAccepted, expectRefused, replaceOnce, signed, validate } from './support.js';

const FORGED_REQUEST = '_forged-request-id';

describe('forged Response fields around a genuinely signed Assertion', () => {
  it('baseline: the genuine assertion-signed Response passes', () => {
    expectAccepted(validate(signed()));
  });

  it('Destination rewritten to our ACS on an assertion issued for another SP\'s ACS', () => {
    const other = 'https://other-sp.example/acs';
    const xml = replaceOnce(signed({ destination: other, assertion: { recipient: other } }), `Destination="${other}"`, `Destination="${SP.acsUrl}"`);
    const r = validate(xml);
    expectRefused(r);
    expect(allCodes(r)).toContain('recipient-mismatch');
  });

  it('Response Issuer rewritten to the IdP on an assertion from another issuer', () => {
    const other = 'https://sts.windows.net/00000000-0000-0000-0000-000000000000/';
    const xml = replaceOnce(
      signed({ issuer: other, assertion: { issuer: other } }),
      `<Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">${other}</Issuer>`,
      `<Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">${IDP.entityId}</Issuer>`,
    );
    const r = validate(xml);
    expectRefused(r);
    expect(allCodes(r)).toContain('issuer-mismatch');
  });

  it('Response InResponseTo rewritten while the signed SubjectConfirmationData keeps the original', () => {
    const xml = replaceOnce(signed(), `InResponseTo="${IDS.request}" xmlns:samlp`, `InResponseTo="${FORGED_REQUEST}" xmlns:samlp`);
    const r = validate(xml, {}, { requestId: FORGED_REQUEST });
    expectRefused(r, FORGED_REQUEST);
    expect(allCodes(r)).toContain('in-response-to-mismatch');
  });

  // Was a hole: the unsigned Response/@InResponseTo counted as proof of an SP-initiated login. Only signed
  // InResponseTo values count now.
  it('an IdP-initiated assertion dressed up as solicited with an unsigned Response/@InResponseTo', () => {
    const idpInitiated = signed({ inResponseTo: null });
    expect(allCodes(validate(idpInitiated))).toContain('unsolicited-response');
    const forged = replaceOnce(idpInitiated, ' xmlns:samlp=', ` InResponseTo="${FORGED_REQUEST}" xmlns:samlp=`);
    const r = validate(forged);
    expectRefused(r);
  });

  // Was a hole: --request-id was satisfied by the unsigned Response/@InResponseTo and reported as passed.
  it('--request-id satisfied only by the unsigned Response/@InResponseTo is reported as passed', () => {
    const forged = replaceOnce(signed({ inResponseTo: null }), ' xmlns:samlp=', ` InResponseTo="${FORGED_REQUEST}" xmlns:samlp=`);
    const r = validate(forged, {}, { requestId: FORGED_REQUEST });
    expectRefused(r, FORGED_REQUEST);
    expect(allCodes(r)).toContain('in-response-to-mismatch');
    expect((r.passed ?? []).some((p) => p.check.includes('in-response-to')), JSON.stringify(r.passed)).toBe(false);
  });

  it('Status rewritten to a failure is reported (no claim is presented as verified success)', () => {
    const xml = replaceOnce(signed(), 'status:Success', 'status:Responder');
    const r = validate(xml);
    expectRefused(r);
    expect(allCodes(r)).toContain('status-not-success');
  });

  it('Status rewritten to a failure drops the signing requirement, but an unsigned forged assertion is still not passed', () => {
    // An error Response is judged on its status alone; a forged assertion riding along must not be presented as verified.
    const xml = replaceOnce(
      signed({ assertion: { nameId: EVIL } }, 'none'),
      'status:Success"/>',
      'status:Responder"/>',
    );
    const r = validate(xml);
    expectRefused(r, EVIL);
    expect(details(r).claimsVerified).toBe(false);
  });

  it('the passed line for Destination says the Response element is not signed', () => {
    const r = validate(signed());
    const line = (r.passed ?? []).find((p) => p.check.includes('destination'));
    expect(line?.detail).toContain('not signed');
  });

  it('Response ID duplicated onto the evil element does not make the Response count as signed', () => {
    const xml = replaceOnce(signed(), `ID="${IDS.response}"`, `ID="${IDS.assertion}"`);
    const r = validate(xml);
    expectRefused(r);
    expect(allCodes(r)).toContain('signature-wrapping');
  });
});
