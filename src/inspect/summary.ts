import type {
  AssertionModel,
  AuthnRequestModel,
  LogoutRequestModel,
  LogoutResponseModel,
  NameIdModel,
  ResponseModel,
  SignaturePresence,
  StatusModel,
} from '../saml/types.js';
import { explainAadsts, findAadstsCodes } from '../knowledge/aadsts.js';
import type { AadstsEntry } from '../knowledge/types.js';
import type { CertificateReading } from './certificate.js';
import { summarizeCertificate } from './certificate.js';
import {
  algorithmName,
  authnContextName,
  bindingName,
  confirmationMethodName,
  nameIdFormatName,
  statusMeaning,
  statusName,
} from './names.js';

/*
 * What inspect shows, as plain data: the read models without DOM nodes, with the short names
 * and certificate facts added. The JSON report carries this; the human renderer reads only this.
 */

export interface StatusSummary extends StatusModel {
  /** "Success", "Requester" */
  name?: string;
  subName?: string;
  /** The most specific code explained in words. */
  meaning?: string;
  /** Microsoft Entra error codes named in the status message or detail, explained. */
  aadsts: AadstsEntry[];
}

export interface SignatureSummary extends Omit<SignaturePresence, 'keyInfoCertificates'> {
  names: { signature?: string; digest?: string; canonicalization?: string };
  /** The reference points at the element that carries the signature (what a sound signature does). */
  coversOwnElement: boolean;
  /** KeyInfo certificates the message carries: untrusted, not verified. */
  certificates: CertificateReading[];
}

export interface NameIdSummary extends NameIdModel {
  formatName?: string;
}

export interface AssertionSummary extends Omit<AssertionModel, 'element' | 'nameId' | 'signature' | 'subjectConfirmations' | 'authnStatements'> {
  nameId?: NameIdSummary;
  subjectConfirmations: (AssertionModel['subjectConfirmations'][number] & { methodName?: string })[];
  authnStatements: (AssertionModel['authnStatements'][number] & { authnContextName?: string })[];
  signature?: SignatureSummary;
}

export interface ResponseSummary extends Omit<ResponseModel, 'element' | 'status' | 'assertions' | 'encryptedAssertions' | 'signature'> {
  kind: 'response';
  status: StatusSummary;
  assertions: AssertionSummary[];
  encryptedAssertionCount: number;
  signature?: SignatureSummary;
}

export interface StandaloneAssertionSummary extends AssertionSummary {
  kind: 'assertion';
}

export interface AuthnRequestSummary extends Omit<AuthnRequestModel, 'element' | 'signature' | 'nameIdPolicy'> {
  kind: 'authn-request';
  protocolBindingName?: string;
  nameIdPolicy?: AuthnRequestModel['nameIdPolicy'] & { formatName?: string };
  signature?: SignatureSummary;
}

export interface LogoutRequestSummary extends Omit<LogoutRequestModel, 'element' | 'signature' | 'nameId'> {
  kind: 'logout-request';
  nameId?: NameIdSummary;
  signature?: SignatureSummary;
}

export interface LogoutResponseSummary extends Omit<LogoutResponseModel, 'element' | 'signature' | 'status'> {
  kind: 'logout-response';
  status: StatusSummary;
  signature?: SignatureSummary;
}

function summarizeStatus(s: StatusModel): StatusSummary {
  return {
    ...s,
    name: statusName(s.code),
    subName: statusName(s.subCode),
    meaning: statusMeaning(s.subCode) ?? statusMeaning(s.code),
    aadsts: findAadstsCodes(`${s.message ?? ''} ${s.detail ?? ''}`)
      .map((code) => explainAadsts(code))
      .filter((e): e is AadstsEntry => e !== undefined),
  };
}

function summarizeSignature(sig: SignaturePresence | undefined): SignatureSummary | undefined {
  if (!sig) return undefined;
  const { keyInfoCertificates, ...rest } = sig;
  return {
    ...rest,
    names: {
      signature: algorithmName(sig.signatureAlgorithm),
      digest: algorithmName(sig.digestAlgorithm),
      canonicalization: algorithmName(sig.canonicalization),
    },
    coversOwnElement:
      sig.referenceUris.length === 1 && sig.elementId !== undefined && sig.referenceUris[0] === `#${sig.elementId}`,
    certificates: keyInfoCertificates.map((c) => summarizeCertificate(c)),
  };
}

function summarizeNameId(n: NameIdModel | undefined): NameIdSummary | undefined {
  return n ? { ...n, formatName: nameIdFormatName(n.format) } : undefined;
}

function summarizeAssertion(a: AssertionModel): AssertionSummary {
  const { element: _element, nameId, signature, subjectConfirmations, authnStatements, ...rest } = a;
  return {
    ...rest,
    nameId: summarizeNameId(nameId),
    subjectConfirmations: subjectConfirmations.map((c) => ({ ...c, methodName: confirmationMethodName(c.method) })),
    authnStatements: authnStatements.map((s) => ({ ...s, authnContextName: authnContextName(s.authnContextClassRef) })),
    signature: summarizeSignature(signature),
  };
}

export function summarizeResponse(r: ResponseModel): ResponseSummary {
  const { element: _element, status, assertions, encryptedAssertions, signature, ...rest } = r;
  return {
    kind: 'response',
    ...rest,
    status: summarizeStatus(status),
    assertions: assertions.map(summarizeAssertion),
    encryptedAssertionCount: encryptedAssertions.length,
    signature: summarizeSignature(signature),
  };
}

export function summarizeStandaloneAssertion(a: AssertionModel): StandaloneAssertionSummary {
  return { kind: 'assertion', ...summarizeAssertion(a) };
}

export function summarizeAuthnRequest(r: AuthnRequestModel): AuthnRequestSummary {
  const { element: _element, signature, nameIdPolicy, ...rest } = r;
  return {
    kind: 'authn-request',
    ...rest,
    protocolBindingName: bindingName(r.protocolBinding),
    nameIdPolicy: nameIdPolicy && { ...nameIdPolicy, formatName: nameIdFormatName(nameIdPolicy.format) },
    signature: summarizeSignature(signature),
  };
}

export function summarizeLogoutRequest(r: LogoutRequestModel): LogoutRequestSummary {
  const { element: _element, signature, nameId, ...rest } = r;
  return { kind: 'logout-request', ...rest, nameId: summarizeNameId(nameId), signature: summarizeSignature(signature) };
}

export function summarizeLogoutResponse(r: LogoutResponseModel): LogoutResponseSummary {
  const { element: _element, signature, status, ...rest } = r;
  return { kind: 'logout-response', ...rest, status: summarizeStatus(status), signature: summarizeSignature(signature) };
}
