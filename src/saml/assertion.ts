import type { Element } from '@xmldom/xmldom';
import type {
  AssertionModel,
  AttributeModel,
  AuthnStatementModel,
  ConditionsModel,
  SubjectConfirmationModel,
} from './types.js';
import { attr, childElement, childElements, childText, textOf } from './dom.js';
import { readNameId } from './name-id.js';
import { SAML } from './ns.js';
import { readSignaturePresence } from './signature.js';

/** Reads a saml:Assertion from its own direct structure (Subject, Conditions, statements). */
export function readAssertion(el: Element): AssertionModel {
  const subject = childElement(el, SAML, 'Subject');
  const conditions = childElement(el, SAML, 'Conditions');
  return {
    element: el,
    id: attr(el, 'ID'),
    version: attr(el, 'Version'),
    issueInstant: attr(el, 'IssueInstant'),
    issuer: childText(el, SAML, 'Issuer'),
    nameId: subject ? readNameId(subject) : undefined,
    encryptedNameId: subject ? childElement(subject, SAML, 'EncryptedID') !== undefined : false,
    subjectConfirmations: subject ? childElements(subject, SAML, 'SubjectConfirmation').map(readSubjectConfirmation) : [],
    conditions: conditions ? readConditions(conditions) : undefined,
    authnStatements: childElements(el, SAML, 'AuthnStatement').map(readAuthnStatement),
    attributes: childElements(el, SAML, 'AttributeStatement').flatMap((s) =>
      childElements(s, SAML, 'Attribute').map(readAttribute),
    ),
    signature: readSignaturePresence(el, 'assertion'),
  };
}

function readSubjectConfirmation(el: Element): SubjectConfirmationModel {
  const data = childElement(el, SAML, 'SubjectConfirmationData');
  return {
    method: attr(el, 'Method'),
    recipient: attr(data, 'Recipient'),
    notOnOrAfter: attr(data, 'NotOnOrAfter'),
    notBefore: attr(data, 'NotBefore'),
    inResponseTo: attr(data, 'InResponseTo'),
    address: attr(data, 'Address'),
  };
}

function readConditions(el: Element): ConditionsModel {
  const proxy = childElement(el, SAML, 'ProxyRestriction');
  const count = attr(proxy, 'Count');
  const audiencesOf = (parent: Element) =>
    childElements(parent, SAML, 'Audience').map((a) => textOf(a) ?? '');
  return {
    notBefore: attr(el, 'NotBefore'),
    notOnOrAfter: attr(el, 'NotOnOrAfter'),
    audienceRestrictions: childElements(el, SAML, 'AudienceRestriction').map(audiencesOf),
    oneTimeUse: childElement(el, SAML, 'OneTimeUse') !== undefined,
    proxyRestriction: proxy
      ? { count: count !== undefined && /^\d+$/.test(count) ? Number(count) : undefined, audiences: audiencesOf(proxy) }
      : undefined,
  };
}

function readAuthnStatement(el: Element): AuthnStatementModel {
  const context = childElement(el, SAML, 'AuthnContext');
  return {
    authnInstant: attr(el, 'AuthnInstant'),
    sessionIndex: attr(el, 'SessionIndex'),
    sessionNotOnOrAfter: attr(el, 'SessionNotOnOrAfter'),
    authnContextClassRef: context ? childText(context, SAML, 'AuthnContextClassRef') : undefined,
  };
}

function readAttribute(el: Element): AttributeModel {
  return {
    name: attr(el, 'Name') ?? '',
    nameFormat: attr(el, 'NameFormat'),
    friendlyName: attr(el, 'FriendlyName'),
    values: childElements(el, SAML, 'AttributeValue').map((v) => textOf(v) ?? ''),
  };
}
