import type { Check } from '../checks/types.js';
import type { SsoConfig } from '../config/types.js';
import type { FixArgs, FixTopic, IdpFacts } from '../knowledge/types.js';
import type { AssertionModel, ResponseModel } from '../saml/types.js';

/**
 * What the service provider expects, after applying the SP profile under the config
 * (the config wins wherever it says something).
 */
export interface Expectations {
  spEntityId: string;
  /** The ACS URL first, then any additional ones the SP accepts. */
  acsUrls: string[];
  idpEntityId: string;
  nameIdFormat?: string;
  nameIdMustBeEmail: boolean;
  emailDomains: string[];
  attributes: { email?: string; firstName?: string; lastName?: string; groups?: string };
  /** Attribute keys without which the SP refuses the login (others only degrade it). */
  requiredAttributes: ReadonlyArray<'email' | 'firstName' | 'lastName' | 'groups'>;
  expectedGroups: string[];
  allowIdpInitiated: boolean;
  /** Profile name, for "expected ... (profile: elevenlabs)". */
  profile: string;
}

/** Phrasing of fixes, in the recognised IdP's screen names and the SP profile's field names. */
export interface Advice {
  /** The recognised IdP's product name, when recognised. */
  idpName?: string;
  /** Window lengths and limits of the recognised IdP (empty when not recognised). */
  idpFacts: IdpFacts;
  /** "Entra's 70-minute window" when a Conditions window has the IdP's usual length. */
  window(w: { issueInstant?: Date; notBefore: Date; notOnOrAfter: Date }): string | undefined;
  /** What the IdP admin changes, and where. */
  idp(topic: FixTopic, args?: FixArgs): string;
  /** What the SP admin changes: `what` is the instruction, `field` the SP's own field name if known. */
  sp(field: 'spEntityId' | 'acsUrl' | 'idpEntityId' | 'idpSsoUrl' | 'certificate' | 'domains', what: string): string;
  /** The error text the app shows for this code, when the profile documents one. */
  symptom(code: string): string | undefined;
}

/**
 * The assertion whose claims the checks read. `verified` is true only when it is the element a
 * verified signature covers (or sits directly in a verified Response). Unverified claims are still
 * checked so the user sees every problem, but findings say so and nothing unverified is "passed".
 */
export interface Claims {
  assertion: AssertionModel;
  verified: boolean;
}

export interface ValidateContext {
  /** The root Response. Its own attributes (Destination, InResponseTo, Status) are trusted only if `responseVerified`. */
  response: ResponseModel;
  responseVerified: boolean;
  /** Absent when there is no assertion we could read (none, or still encrypted). */
  claims?: Claims;
  /** saml:Assertion plus EncryptedAssertion elements anywhere in the document, wherever nested. */
  assertionCount: number;
  expect: Expectations;
  config: SsoConfig;
  now: Date;
  skewSeconds: number;
  requestId?: string;
  advice: Advice;
}

/**
 * A validate check: `run` returns findings; `passed` says, when `run` found nothing, what was
 * confirmed (undefined when the check had nothing to look at, so nothing is claimed).
 * `reads` tells the pipeline whether the check judges assertion claims or Response fields, so it
 * can refuse to report unverified values as passed.
 */
export interface ValidateCheck extends Check<ValidateContext> {
  reads: 'response' | 'claims';
  passed?(ctx: ValidateContext): string | undefined;
}
