/**
 * What saml-doctor knows about IdPs and SP profiles: recognition, fix wording in each IdP's own
 * screen names, AADSTS codes, SP profiles and their symptoms. Pure data and pure functions.
 *
 * Typical use in a check:
 *   const idp = recognizeIdp({ issuer })?.idp;
 *   hint: idpFix('nameid-email', idp, { spName: profile.title }),
 *   mirrors: profileSymptom(profile, 'nameid-not-email', idp?.id),
 */
export type {
  AadstsEntry,
  AttributeNames,
  AttributePreset,
  FixArgs,
  FixTopic,
  IdpClue,
  IdpClues,
  IdpFacts,
  IdpId,
  IdpKnowledge,
  IdpRecognition,
  IdpScreens,
  IdpValues,
  ProfileExpectations,
  ProfileName,
  ProfileSymptoms,
  SpProfile,
  UrlTemplate,
} from './types.js';
export { IDPS, getIdp } from './idps/index.js';
export { recognizeIdp } from './recognize.js';
export { idpFix, FIX_TOPICS } from './fix.js';
export { explainAadsts, findAadstsCodes, listAadsts } from './aadsts.js';
export { getProfile, listProfiles, profileNames, profileSymptom } from './profiles/index.js';
export { LABEL_STUDIO_PRESETS } from './profiles/label-studio.js';
export { captureAgeNote, windowLabel } from './timing.js';
export { domainAllowed, emailDomain, looksLikeObjectId } from './values.js';
