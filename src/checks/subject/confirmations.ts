import { emailDomain } from '../../knowledge/index.js';
import type { AssertionModel, SubjectConfirmationModel } from '../../saml/types.js';

export const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';

/**
 * The confirmations the Web SSO profile judges: the bearer ones. When there is none
 * (subject-confirmation-method reports that), every confirmation is judged so its other
 * problems still show.
 */
export function judgedConfirmations(assertion: AssertionModel): SubjectConfirmationModel[] {
  const bearer = assertion.subjectConfirmations.filter((c) => c.method === BEARER);
  return bearer.length ? bearer : assertion.subjectConfirmations;
}

export const SCD_LOCATION = 'saml:Assertion/saml:Subject/saml:SubjectConfirmation/saml:SubjectConfirmationData';

export function isEmail(value: string): boolean {
  return emailDomain(value) !== undefined;
}
