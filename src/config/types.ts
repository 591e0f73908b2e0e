/**
 * The SSO config: what the service provider expects, in the terms SaaS admin screens use.
 * The JSON Schema in schema/sso-config.schema.json describes the file form; `loadConfig`
 * turns the file into this resolved shape (certificate files read, defaults applied).
 */
export type SignedPart = 'response' | 'assertion' | 'either' | 'both';

export interface SsoConfigFile {
  $schema?: string;
  /** SP profile: elevenlabs | elastic-cloud | label-studio | zendesk | generic */
  profile?: string;
  sp: {
    entityId: string;
    /** ACS / Reply URL / Redirect URL */
    acsUrl: string;
    /** Extra ACS URLs the SP accepts (e.g. a data-residency host). */
    additionalAcsUrls?: string[];
  };
  idp: {
    entityId: string;
    ssoUrl?: string;
    /** Inline PEM (or bare base64 body) or a path relative to the config file. */
    certificates?: string[];
    /** SHA-1 or SHA-256 certificate fingerprints (hex, with or without colons). */
    fingerprints?: string[];
  };
  /** Verified email domains; subdomains are allowed. */
  emailDomains?: string[];
  nameId?: {
    format?: string;
    mustBeEmail?: boolean;
  };
  attributes?: {
    email?: string;
    firstName?: string;
    lastName?: string;
    groups?: string;
  };
  /** Groups the SP maps to roles, compared with what the IdP sends. */
  expectedGroups?: string[];
  security?: {
    signed?: SignedPart;
    allowSha1?: boolean;
    clockSkewSeconds?: number;
    allowIdpInitiated?: boolean;
  };
}

/** A configured certificate after loading: where it came from and its PEM text. */
export interface ConfiguredCertificate {
  /** 'idp.certificates[0]' or the file path, for messages. */
  label: string;
  pem: string;
}

export interface SsoConfig {
  profile: string;
  sp: { entityId: string; acsUrl: string; additionalAcsUrls: string[] };
  idp: { entityId: string; ssoUrl?: string; certificates: ConfiguredCertificate[]; fingerprints: string[] };
  emailDomains: string[];
  nameId: { format?: string; mustBeEmail: boolean };
  attributes: { email?: string; firstName?: string; lastName?: string; groups?: string };
  expectedGroups: string[];
  security: { signed: SignedPart; allowSha1: boolean; clockSkewSeconds: number; allowIdpInitiated: boolean };
}

export const DEFAULT_CLOCK_SKEW_SECONDS = 180;
