import { describe, expect, it } from 'vitest';
import type { Document, Element } from '@xmldom/xmldom';
import { parseXml } from '../../src/xml/parse.js';
import {
  identifyMessage,
  readAssertion,
  readAuthnRequest,
  readLogoutRequest,
  readLogoutResponse,
  readResponse,
} from '../../src/saml/index.js';
import { buildAssertion, buildAuthnRequest, buildResponse, signResponse } from '../support/saml-builder.js';
import { BEARER, BINDING, CLAIM, IDP, IDS, NAMEID_FORMAT, NS, SP, STATUS, TIMES, USER } from '../support/constants.js';
import { IDP_KEY, certBase64 } from '../support/keys.js';

function parse(xml: string): Document {
  const { doc, findings } = parseXml(xml);
  expect(findings).toEqual([]);
  return doc!;
}
const root = (xml: string): Element => parse(xml).documentElement!;

describe('identifyMessage', () => {
  it.each([
    [buildResponse(), 'response'],
    [buildAssertion(), 'assertion'],
    [buildAuthnRequest(), 'authn-request'],
    [`<samlp:LogoutRequest xmlns:samlp="${NS.samlp}" ID="_l"/>`, 'logout-request'],
    [`<samlp:LogoutResponse xmlns:samlp="${NS.samlp}" ID="_l"/>`, 'logout-response'],
    ['<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"/>', 'entity-descriptor'],
    ['<EntitiesDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata"/>', 'entities-descriptor'],
  ])('identifies %#', (xml, kind) => {
    expect(identifyMessage(parse(xml))).toBe(kind);
  });

  it('judges by namespace, not by prefix or local name alone', () => {
    expect(identifyMessage(parse('<samlp:Response xmlns:samlp="urn:example:not-saml"/>'))).toBe('unknown');
    expect(identifyMessage(parse('<Response/>'))).toBe('unknown');
    expect(identifyMessage(parse('<html><body/></html>'))).toBe('unknown');
  });
});

describe('readResponse', () => {
  it('reads an Entra-shaped response and its assertion', () => {
    const r = readResponse(root(buildResponse({ assertion: { groups: [...USER.groups] } })));
    expect(r).toMatchObject({
      id: IDS.response,
      version: '2.0',
      issueInstant: TIMES.issueInstant,
      destination: SP.acsUrl,
      inResponseTo: IDS.request,
      issuer: IDP.entityId,
      status: { code: STATUS.success },
      assertionCountInDocument: 1,
    });
    expect(r.signature).toBeUndefined();
    expect(r.encryptedAssertions).toEqual([]);
    expect(r.assertions).toHaveLength(1);
    const a = r.assertions[0]!;
    expect(a.id).toBe(IDS.assertion);
    expect(a.issuer).toBe(IDP.entityId);
    expect(a.nameId).toEqual({
      value: USER.nameId,
      format: NAMEID_FORMAT.email,
      nameQualifier: undefined,
      spNameQualifier: undefined,
      textNodeCount: 1,
      hasComment: false,
    });
    expect(a.encryptedNameId).toBe(false);
    expect(a.subjectConfirmations).toEqual([
      {
        method: BEARER,
        recipient: SP.acsUrl,
        notOnOrAfter: TIMES.subjectNotOnOrAfter,
        notBefore: undefined,
        inResponseTo: IDS.request,
        address: undefined,
      },
    ]);
    expect(a.conditions).toEqual({
      notBefore: TIMES.notBefore,
      notOnOrAfter: TIMES.notOnOrAfter,
      audienceRestrictions: [[SP.entityId]],
      oneTimeUse: false,
      proxyRestriction: undefined,
    });
    expect(a.authnStatements).toEqual([
      {
        authnInstant: TIMES.authnInstant,
        sessionIndex: IDS.assertion,
        sessionNotOnOrAfter: undefined,
        authnContextClassRef: 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport',
      },
    ]);
    expect(a.attributes.find((x) => x.name === CLAIM.email)?.values).toEqual([USER.nameId]);
    expect(a.attributes.find((x) => x.name === CLAIM.groups)?.values).toEqual([...USER.groups]);
  });

  it('reads status with a second-level code and message', () => {
    const r = readResponse(
      root(buildResponse({ status: { code: STATUS.requester, subCode: STATUS.requestDenied, message: 'AADSTS50105: not assigned' } })),
    );
    expect(r.status).toEqual({
      code: STATUS.requester,
      subCode: STATUS.requestDenied,
      message: 'AADSTS50105: not assigned',
      detail: undefined,
    });
    expect(r.assertions).toEqual([]);
  });

  it('reads signature presence on response and assertion with the KeyInfo certificate', () => {
    const signed = signResponse(buildResponse(), { sign: 'both' });
    const r = readResponse(root(signed));
    expect(r.signature).toMatchObject({
      on: 'response',
      elementId: IDS.response,
      signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
      digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
      canonicalization: 'http://www.w3.org/2001/10/xml-exc-c14n#',
      referenceUris: [`#${IDS.response}`],
      keyInfoCertificates: [certBase64(IDP_KEY.cert)],
    });
    expect(r.assertions[0]!.signature).toMatchObject({ on: 'assertion', referenceUris: [`#${IDS.assertion}`] });
  });

  it('reads only direct-child assertions but counts every assertion in the document', () => {
    // A wrapped copy inside an Extensions-like element must not become the response's assertion.
    const wrapped = buildAssertion({ id: '_evil', nameId: 'mallory@evil.example' });
    const xml = buildResponse({ extra: { afterStatus: `<samlp:Extensions>${wrapped}</samlp:Extensions>` } });
    const r = readResponse(root(xml));
    expect(r.assertions.map((a) => a.id)).toEqual([IDS.assertion]);
    expect(r.assertionCountInDocument).toBe(2);
  });

  it('reports comment-split NameID text', () => {
    const xml = buildResponse({ assertion: { nameIdRawContent: 'ada.lovelace@contoso.com<!---->.evil.example' } });
    const nameId = readResponse(root(xml)).assertions[0]!.nameId!;
    expect(nameId.value).toBe('ada.lovelace@contoso.com.evil.example');
    expect(nameId.textNodeCount).toBe(2);
    expect(nameId.hasComment).toBe(true);
  });

  it('sees an EncryptedAssertion and an EncryptedID', () => {
    const enc = `<saml:EncryptedAssertion xmlns:saml="${NS.saml}"><x/></saml:EncryptedAssertion>`;
    const r = readResponse(root(buildResponse({ assertions: [], extra: { end: enc } })));
    expect(r.encryptedAssertions).toHaveLength(1);
    expect(r.assertions).toEqual([]);

    const a = readAssertion(
      root(buildAssertion({ nameId: null, extra: { inSubject: `<EncryptedID><x/></EncryptedID>` } })),
    );
    expect(a.encryptedNameId).toBe(true);
    expect(a.nameId).toBeUndefined();
  });

  it('leaves absent elements undefined instead of inventing values', () => {
    const r = readResponse(root(`<samlp:Response xmlns:samlp="${NS.samlp}"/>`));
    expect(r).toMatchObject({ id: undefined, issuer: undefined, status: {}, assertions: [], assertionCountInDocument: 0 });
  });
});

describe('readAssertion', () => {
  it('reads conditions with several restrictions, OneTimeUse and ProxyRestriction', () => {
    const a = readAssertion(
      root(
        buildAssertion({
          audiences: ['https://a.example'],
          extra: {
            inConditions:
              '<AudienceRestriction><Audience>https://b.example</Audience></AudienceRestriction><OneTimeUse/>' +
              '<ProxyRestriction Count="2"><Audience>https://p.example</Audience></ProxyRestriction>',
          },
        }),
      ),
    );
    expect(a.conditions).toEqual({
      notBefore: TIMES.notBefore,
      notOnOrAfter: TIMES.notOnOrAfter,
      audienceRestrictions: [['https://a.example'], ['https://b.example']],
      oneTimeUse: true,
      proxyRestriction: { count: 2, audiences: ['https://p.example'] },
    });
  });

  it('reads friendly names and name formats of attributes', () => {
    const a = readAssertion(
      root(
        buildAssertion({
          attributes: [
            { name: 'urn:oid:0.9.2342.19200300.100.1.3', friendlyName: 'mail', nameFormat: 'urn:oasis:names:tc:SAML:2.0:attrname-format:uri', values: ['a@b.c'] },
            { name: 'empty', values: [] },
          ],
        }),
      ),
    );
    expect(a.attributes).toEqual([
      { name: 'urn:oid:0.9.2342.19200300.100.1.3', friendlyName: 'mail', nameFormat: 'urn:oasis:names:tc:SAML:2.0:attrname-format:uri', values: ['a@b.c'] },
      { name: 'empty', friendlyName: undefined, nameFormat: undefined, values: [] },
    ]);
  });
});

describe('readAuthnRequest', () => {
  it('reads where the SP wants the answer and what it asks for', () => {
    const xml = buildAuthnRequest({ forceAuthn: true }).replace(
      '</samlp:AuthnRequest>',
      '<samlp:RequestedAuthnContext Comparison="exact"><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></samlp:RequestedAuthnContext></samlp:AuthnRequest>',
    );
    const r = readAuthnRequest(root(xml));
    expect(r).toMatchObject({
      id: IDS.request,
      destination: IDP.ssoUrl,
      assertionConsumerServiceUrl: SP.acsUrl,
      protocolBinding: BINDING.post,
      issuer: SP.entityId,
      nameIdPolicy: { format: NAMEID_FORMAT.email, allowCreate: true, spNameQualifier: undefined },
      requestedAuthnContext: {
        comparison: 'exact',
        classRefs: ['urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport'],
      },
      forceAuthn: true,
      isPassive: undefined,
      signature: undefined,
    });
  });
});

describe('logout messages', () => {
  it('reads a LogoutRequest', () => {
    const xml =
      `<samlp:LogoutRequest xmlns:samlp="${NS.samlp}" xmlns:saml="${NS.saml}" ID="_lr" IssueInstant="${TIMES.issueInstant}" ` +
      `Destination="${IDP.ssoUrl}" Reason="urn:oasis:names:tc:SAML:2.0:logout:user" NotOnOrAfter="${TIMES.notOnOrAfter}">` +
      `<saml:Issuer>${SP.entityId}</saml:Issuer><saml:NameID Format="${NAMEID_FORMAT.email}">${USER.nameId}</saml:NameID>` +
      `<samlp:SessionIndex>s1</samlp:SessionIndex><samlp:SessionIndex>s2</samlp:SessionIndex></samlp:LogoutRequest>`;
    expect(readLogoutRequest(root(xml))).toMatchObject({
      id: '_lr',
      issueInstant: TIMES.issueInstant,
      destination: IDP.ssoUrl,
      issuer: SP.entityId,
      nameId: { value: USER.nameId, format: NAMEID_FORMAT.email },
      sessionIndexes: ['s1', 's2'],
      reason: 'urn:oasis:names:tc:SAML:2.0:logout:user',
      notOnOrAfter: TIMES.notOnOrAfter,
    });
  });

  it('reads a LogoutResponse', () => {
    const xml =
      `<samlp:LogoutResponse xmlns:samlp="${NS.samlp}" ID="_lo" InResponseTo="_lr" Destination="${SP.acsUrl}">` +
      `<Issuer xmlns="${NS.saml}">${IDP.entityId}</Issuer><samlp:Status><samlp:StatusCode Value="${STATUS.success}"/></samlp:Status>` +
      `</samlp:LogoutResponse>`;
    expect(readLogoutResponse(root(xml))).toMatchObject({
      id: '_lo',
      inResponseTo: '_lr',
      destination: SP.acsUrl,
      issuer: IDP.entityId,
      status: { code: STATUS.success },
    });
  });
});
