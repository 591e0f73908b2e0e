import type { AttributeNames, IdpKnowledge, SpProfile } from '../../knowledge/index.js';
import type { Check } from '../types.js';

export interface SamlAttributeValue {
  name: string;
  friendlyName?: string;
  values: readonly string[];
}

/** What the profile checks read. Response values must come from the signature-covered assertion. */
export interface ProfileCheckInput {
  profile: SpProfile;
  /** The recognised IdP, for wording; undefined phrases hints generically. */
  idp?: IdpKnowledge;
  /** Absent for config-only runs (config lint). */
  response?: {
    nameId?: string;
    nameIdFormat?: string;
    attributes: readonly SamlAttributeValue[];
    audiences: readonly string[];
    destination?: string;
    recipient?: string;
    issuer?: string;
  };
  /** The SP's side as the SSO config records it. */
  config: {
    spEntityId?: string;
    acsUrl?: string;
    idpEntityId?: string;
    idpSsoUrl?: string;
    /** Verified (claimed) email domains. */
    verifiedDomains?: readonly string[];
    /** Attribute names the SP is set to read (Label Studio: the selected preset or manual mapping). */
    attributes?: AttributeNames;
    /** Group names used in the SP's group/role mappings. */
    groups?: readonly string[];
    /** Certificate fingerprints the SP trusts, as entered (hex, with or without colons). */
    fingerprints?: readonly string[];
    /** Elastic Cloud login identifier prefix. */
    loginIdentifierPrefix?: string;
  };
}

/** A check that only runs for one profile. */
export interface ProfileCheck extends Check<ProfileCheckInput> {
  profile: SpProfile['name'];
}
