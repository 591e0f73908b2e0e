import type { Element } from '@xmldom/xmldom';

/**
 * Read models: plain objects read from one element. They never search the whole document:
 * the caller decides which element is trustworthy (the one a verified signature covers).
 * Times are ISO strings exactly as in the XML; absent values are undefined.
 */

export interface StatusModel {
  /** Full URI, e.g. urn:oasis:names:tc:SAML:2.0:status:Requester */
  code?: string;
  /** Second-level StatusCode, if any. */
  subCode?: string;
  message?: string;
  detail?: string;
}

export interface NameIdModel {
  value: string;
  format?: string;
  nameQualifier?: string;
  spNameQualifier?: string;
  /** Number of text nodes and comments inside NameID: more than one text node or any comment is an injection sign. */
  textNodeCount: number;
  hasComment: boolean;
}

export interface SubjectConfirmationModel {
  method?: string;
  recipient?: string;
  notOnOrAfter?: string;
  notBefore?: string;
  inResponseTo?: string;
  address?: string;
}

export interface AttributeModel {
  name: string;
  nameFormat?: string;
  friendlyName?: string;
  values: string[];
}

export interface ConditionsModel {
  notBefore?: string;
  notOnOrAfter?: string;
  /** One entry per AudienceRestriction, each with its Audience values. */
  audienceRestrictions: string[][];
  oneTimeUse: boolean;
  proxyRestriction?: { count?: number; audiences: string[] };
}

export interface AuthnStatementModel {
  authnInstant?: string;
  sessionIndex?: string;
  sessionNotOnOrAfter?: string;
  authnContextClassRef?: string;
}

/** Which elements carry a ds:Signature and with which algorithms (presence only, not validity). */
export interface SignaturePresence {
  /** 'response' | 'assertion' | element local name for anything else */
  on: string;
  /** ID attribute of the element carrying the signature */
  elementId?: string;
  signatureAlgorithm?: string;
  digestAlgorithm?: string;
  canonicalization?: string;
  referenceUris: string[];
  /** Base64 DER of the KeyInfo X509Certificate(s), untrusted, for display and comparison only. */
  keyInfoCertificates: string[];
}

export interface AssertionModel {
  element: Element;
  id?: string;
  version?: string;
  issueInstant?: string;
  issuer?: string;
  nameId?: NameIdModel;
  /** True when the Subject holds an EncryptedID instead of NameID. */
  encryptedNameId: boolean;
  subjectConfirmations: SubjectConfirmationModel[];
  conditions?: ConditionsModel;
  authnStatements: AuthnStatementModel[];
  attributes: AttributeModel[];
  signature?: SignaturePresence;
}

export interface ResponseModel {
  element: Element;
  id?: string;
  version?: string;
  issueInstant?: string;
  destination?: string;
  inResponseTo?: string;
  issuer?: string;
  status: StatusModel;
  /** Direct-child assertions only (saml:Assertion under the Response). */
  assertions: AssertionModel[];
  /** Direct-child saml:EncryptedAssertion elements. */
  encryptedAssertions: Element[];
  /** saml:Assertion elements anywhere in the document, wherever nested (wrapping shows up here). */
  assertionCountInDocument: number;
  signature?: SignaturePresence;
}

export interface AuthnRequestModel {
  element: Element;
  id?: string;
  version?: string;
  issueInstant?: string;
  destination?: string;
  assertionConsumerServiceUrl?: string;
  assertionConsumerServiceIndex?: string;
  protocolBinding?: string;
  issuer?: string;
  nameIdPolicy?: { format?: string; allowCreate?: boolean; spNameQualifier?: string };
  requestedAuthnContext?: { comparison?: string; classRefs: string[] };
  forceAuthn?: boolean;
  isPassive?: boolean;
  signature?: SignaturePresence;
}

export interface LogoutRequestModel {
  element: Element;
  id?: string;
  issueInstant?: string;
  destination?: string;
  issuer?: string;
  nameId?: NameIdModel;
  sessionIndexes: string[];
  reason?: string;
  notOnOrAfter?: string;
  signature?: SignaturePresence;
}

export interface LogoutResponseModel {
  element: Element;
  id?: string;
  issueInstant?: string;
  destination?: string;
  inResponseTo?: string;
  issuer?: string;
  status: StatusModel;
  signature?: SignaturePresence;
}

export type MessageKind =
  | 'response'
  | 'assertion'
  | 'authn-request'
  | 'logout-request'
  | 'logout-response'
  | 'entity-descriptor'
  | 'entities-descriptor'
  | 'unknown';

/*
 * Readers (src/saml/*.ts), all pure, all taking the element to read:
 *   identifyMessage(doc: Document): MessageKind
 *   readResponse(el: Element): ResponseModel
 *   readAssertion(el: Element): AssertionModel
 *   readAuthnRequest(el: Element): AuthnRequestModel
 *   readLogoutRequest(el: Element): LogoutRequestModel
 *   readLogoutResponse(el: Element): LogoutResponseModel
 * Namespace constants in src/saml/ns.ts (SAMLP, SAML, DS, XENC, MD).
 */
