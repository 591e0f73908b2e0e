import type { Rule } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { confirmationExpiryCheck, subjectConfirmationExpired } from './confirmation-expiry.js';
import { confirmationMethodCheck, subjectConfirmationMethod } from './confirmation-method.js';
import { emailDomainCheck, emailDomainNotAllowed } from './email-domain.js';
import { inResponseToCheck, inResponseToMismatch } from './in-response-to.js';
import { nameIdCommentInjection, nameIdCommentInjectionCheck } from './nameid-comment-injection.js';
import { nameIdEmailCheck, nameIdNotEmail } from './nameid-email.js';
import { nameIdFormatCheck, nameIdFormatMismatch } from './nameid-format.js';
import { nameIdMissing, nameIdMissingCheck } from './nameid-missing.js';
import { recipientCheck, recipientMismatch } from './recipient.js';
import { unsolicitedCheck, unsolicitedResponse } from './unsolicited.js';

export {
  confirmationExpiryCheck,
  confirmationMethodCheck,
  emailDomainCheck,
  inResponseToCheck,
  nameIdCommentInjectionCheck,
  nameIdEmailCheck,
  nameIdFormatCheck,
  nameIdMissingCheck,
  recipientCheck,
  unsolicitedCheck,
};

export const subjectChecks: readonly ValidateCheck[] = [
  nameIdCommentInjectionCheck,
  nameIdMissingCheck,
  nameIdEmailCheck,
  nameIdFormatCheck,
  emailDomainCheck,
  confirmationMethodCheck,
  recipientCheck,
  confirmationExpiryCheck,
  inResponseToCheck,
  unsolicitedCheck,
];

export const subjectRules: readonly Rule[] = [
  nameIdMissing,
  nameIdNotEmail,
  nameIdFormatMismatch,
  nameIdCommentInjection,
  emailDomainNotAllowed,
  subjectConfirmationMethod,
  recipientMismatch,
  subjectConfirmationExpired,
  inResponseToMismatch,
  unsolicitedResponse,
];
