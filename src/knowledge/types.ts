/**
 * What saml-doctor knows about identity providers and service-provider profiles.
 * Pure data: no fs, no network, no clock.
 */

export type IdpId =
  | 'entra'
  | 'okta'
  | 'google'
  | 'adfs'
  | 'onelogin'
  | 'ping'
  | 'auth0'
  | 'keycloak'
  | 'jumpcloud'
  | 'shibboleth'
  | 'generic';

/**
 * Where things live in an IdP's admin console, in the product's own words. Each value is a full
 * place ("A › B › C"), so it reads on its own in a hint. A missing entry falls back to the generic
 * wording: a module only states what is reliably known about its product.
 */
export interface IdpScreens {
  /** The application (trust, client, connection) that represents the SP. */
  app: string;
  /** Field holding the SP entity ID (becomes the Audience). */
  spEntityId: string;
  /** Field holding the ACS URL (where the Response is posted). */
  acsUrl: string;
  /** Where Recipient and Destination are set, when that is not simply the ACS URL field. */
  recipientDestination: string;
  /** Field choosing the NameID format. */
  nameIdFormat: string;
  /** Field choosing which user property becomes the NameID. */
  nameIdSource: string;
  /** Where attribute statements (claims) are added, renamed or removed. */
  attributes: string;
  /** Where the group attribute (claim) is configured. */
  groups: string;
  /** Where the active signing certificate is downloaded. */
  signingCertificate: string;
  /** How a new signing certificate is created and activated. */
  certificateRotation: string;
  /** Where the IdP's entity ID (Issuer) is shown, for the SP side to copy. */
  idpEntityId: string;
  /** Where the IdP's SAML sign-in URL is shown, for the SP side to copy. */
  idpSsoUrl: string;
  /** Where to choose whether the Response, the Assertion or both are signed. */
  signingOption: string;
  /** Field choosing the signature algorithm. */
  signingAlgorithm: string;
  /** Where assertion encryption is configured. */
  encryption: string;
  /** Where users and groups are given access to the application. */
  assignment: string;
  /** Where a default RelayState (for IdP-initiated logins) is set. */
  relayState: string;
}

/** The option labels to pick in those places. */
export interface IdpValues {
  /** NameID format option meaning email address. */
  nameIdFormatEmail: string;
  /** The user property holding the email. */
  emailSource: string;
  /** Signature algorithm option for RSA with SHA-256. */
  sha256: string;
  /** Signing option that signs the Assertion. */
  signAssertion: string;
  /** Signing option that signs the Response. */
  signResponse: string;
}

/** Behaviour worth quoting in a diagnosis: window lengths, limits, defaults. */
export interface IdpFacts {
  /** Conditions NotBefore..NotOnOrAfter span, in minutes. */
  assertionValidityMinutes?: number;
  /** SubjectConfirmationData NotOnOrAfter, minutes after issue. */
  bearerWindowMinutes?: number;
  /** Most groups sent before the group claim is replaced by an overage claim. */
  groupClaimLimit?: number;
  /** The attribute that replaces the groups when there are too many. */
  groupOverageAttribute?: string;
  /** What the NameID is when nobody changed it. */
  defaultNameIdSource?: string;
  /** Validity of the signing certificate the IdP generates. */
  certificateValidityYears?: number;
  /** Days before expiry at which the IdP emails a warning. */
  certificateExpiryNoticeDays?: readonly number[];
  /** Most ACS (reply) URLs one application can hold. */
  maxReplyUrls?: number;
}

/** Which clue a recognition pattern is tested against. */
export type ClueKind = 'entityId' | 'url' | 'certSubject';

export interface IdpClue {
  on: ClueKind;
  pattern: RegExp;
  confidence: 'certain' | 'likely';
  /** Why this pattern points at the IdP; shown to the user. */
  reason: string;
}

/** The values a fix can quote; all optional, unknown ones are phrased generically. */
export interface FixArgs {
  spEntityId?: string;
  acsUrl?: string;
  idpEntityId?: string;
  idpSsoUrl?: string;
  /** A NameID format URI or a label such as 'email address'. */
  nameIdFormat?: string;
  /** An attribute (claim) name the SP expects. */
  attribute?: string;
  /** The name the IdP sends instead. */
  actualAttribute?: string;
  /** What should fill the attribute (e.g. "the user's email"). */
  attributeValue?: string;
  relayState?: string;
  /** How far apart the clocks are, in words (e.g. "4 minutes"). */
  skew?: string;
  /** The name the SP uses for the application, e.g. 'ElevenLabs'. */
  spName?: string;
}

export type FixTopic =
  | 'nameid-email'
  | 'nameid-format'
  | 'audience'
  | 'reply-url'
  | 'issuer'
  | 'idp-sso-url'
  | 'signing-certificate'
  | 'certificate-rotation'
  | 'sign-assertion'
  | 'sign-response'
  | 'sha256'
  | 'groups-missing'
  | 'groups-overage'
  | 'groups-as-names'
  | 'attribute-missing'
  | 'attribute-name'
  | 'encryption'
  | 'user-assignment'
  | 'clock'
  | 'relay-state'
  | 'sp-initiated';

export type FixPhrase = (idp: IdpKnowledge, args: FixArgs) => string;

export interface IdpKnowledge {
  id: IdpId;
  /** Product name as its vendor writes it. */
  name: string;
  /** Short name for dense output, e.g. 'Entra'. */
  shortName: string;
  screens: Partial<IdpScreens>;
  values: Partial<IdpValues>;
  facts: IdpFacts;
  clues: readonly IdpClue[];
  /** Wording for topics where the product differs from the shared template. */
  fixes?: Partial<Record<FixTopic, FixPhrase>>;
}

export interface IdpClues {
  /** Issuer of a Response or Assertion. */
  issuer?: string;
  /** The IdP sign-in URL (config or metadata SingleSignOnService Location). */
  ssoUrl?: string;
  /** The IdP entity ID from config or metadata. */
  entityId?: string;
  /** Subject DN of the signing certificate. */
  certSubject?: string;
  /** IdP metadata text; its entityID and Location values are used as clues. */
  metadataXml?: string;
}

export interface IdpRecognition {
  idp: IdpKnowledge;
  confidence: 'certain' | 'likely';
  reason: string;
}

export interface AadstsEntry {
  code: string;
  title: string;
  cause: string;
  fix: string;
}

// ---------------------------------------------------------------- SP profiles

export type ProfileName = 'elevenlabs' | 'elastic-cloud' | 'label-studio' | 'zendesk' | 'generic';

/** A URL shape an SP documents, with placeholders such as <region>. */
export interface UrlTemplate {
  template: string;
  pattern: RegExp;
}

/** Attribute names an SP reads; undefined means the SP does not read that attribute. */
export interface AttributeNames {
  email?: string;
  firstName?: string;
  lastName?: string;
  groups?: string;
}

/**
 * What the SP expects from a Response. Validate applies these as defaults under the config:
 * the config always wins where it says something.
 */
export interface ProfileExpectations {
  spEntityId?: string;
  acsUrl?: string;
  /** The SP only accepts responses to its own AuthnRequest. */
  spInitiatedOnly: boolean;
  /** The NameID must be an email address. */
  nameIdMustBeEmail: boolean;
  /** The NameID format the SP asks for (a URN). */
  nameIdFormat?: string;
  /** The user is identified by this attribute (a key of `attributes`) rather than by the NameID. */
  identityAttribute?: keyof AttributeNames;
  attributes: AttributeNames;
  /** Attributes without which login fails. */
  requiredAttributes: readonly (keyof AttributeNames)[];
  /** The email's domain must be one the SP verified (claimed); subdomains allowed where true. */
  verifiedDomains?: { subdomainsAllowed: boolean };
  /** Destination and Recipient must equal the ACS URL. */
  destinationIsAcs: boolean;
  /** How the SP holds the IdP certificate. */
  certificateTrust: 'pem' | 'sha256-fingerprint' | 'metadata';
  /** Group names are compared case-sensitively (true) or not. */
  groupsCaseSensitive?: boolean;
  /** Emails are compared case-insensitively (undefined: the SP does not say). */
  emailCaseInsensitive?: boolean;
  /** The IdP sign-in URL must be the HTTP-POST binding endpoint. */
  idpSsoBinding?: 'HTTP-POST' | 'HTTP-Redirect';
}

export interface AttributePreset {
  /** As labelled in the SP's settings page. */
  label: string;
  /** The value the SP's settings API uses for it, where documented. */
  apiValue?: string;
  names: Required<AttributeNames>;
}

export interface ProfileSymptoms {
  /** What the user sees for any rejection the app does not explain. */
  default?: string;
  /** The same, worded for a given IdP (e.g. "Entra shows a successful sign-in, but ..."). */
  byIdp?: Partial<Record<IdpId, string>>;
  /** Text for specific finding codes. */
  byCode?: Readonly<Record<string, string>>;
  /** What the app says when it cannot parse the IdP certificate it was given. */
  certificateParse?: string;
}

export interface SpProfile {
  name: ProfileName;
  /** Product name as the vendor writes it. */
  title: string;
  /** One line for `saml-doctor profiles`. */
  summary: string;
  /** Where the facts come from. */
  source: string;
  expects: ProfileExpectations;
  /** Documented shapes of the SP's own values. */
  urls: { spEntityId?: readonly UrlTemplate[]; acsUrl?: readonly UrlTemplate[] };
  /** The SP's field names, to phrase hints on the SP side ("SP admin, in ElevenLabs: ..."). */
  fields: Partial<Record<'spEntityId' | 'acsUrl' | 'idpEntityId' | 'idpSsoUrl' | 'certificate' | 'domains', string>>;
  /** Where an SP admin configures SSO, e.g. 'Workspace settings › Security & SSO'. */
  settingsPage?: string;
  /** Error texts the app shows, so findings can say "the app reports this as: ...". */
  symptoms: ProfileSymptoms;
  /** Human-readable requirements, for `saml-doctor profiles` and the README table. */
  requirements: readonly string[];
  /** Attribute-name presets the SP offers in its settings (Label Studio), best known first. */
  attributePresets?: readonly AttributePreset[];
}
