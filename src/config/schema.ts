/**
 * The JSON Schema of the SSO config file (draft 2020-12). This object is the source of truth:
 * schema/sso-config.schema.json is written from it (test/config/schema-file.test.ts keeps them equal),
 * and `validateAgainstSchema` reads it, so editors and `config lint` can never disagree.
 * Descriptions use the field names of the SaaS and IdP admin screens, so people recognise them.
 */
export const SCHEMA_ID = 'https://unpkg.com/saml-doctor/schema/sso-config.schema.json';

/** The subset of JSON Schema the built-in validator understands. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  enum?: readonly (string | number | boolean)[];
  minLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  examples?: unknown[];
}

const URL_STRING = { type: 'string', minLength: 1, format: 'uri' } as const;

export const SSO_CONFIG_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: SCHEMA_ID,
  title: 'saml-doctor SSO config',
  description:
    'What the service provider (the SaaS app) expects from SAML responses, in the terms its SSO settings page uses. ' +
    'Build one from IdP metadata with `saml-doctor config init`; check it with `saml-doctor config lint`.',
  type: 'object',
  required: ['sp', 'idp'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'Path or URL of this schema, for editor autocompletion.' },
    profile: {
      type: 'string',
      enum: ['elevenlabs', 'elastic-cloud', 'label-studio', 'zendesk', 'generic'],
      description:
        'The SaaS app this config is for. Its known requirements (e.g. NameID must be an email) apply ' +
        'wherever this file says nothing. Default: generic.',
      default: 'generic',
    },
    sp: {
      type: 'object',
      description: 'The service provider side: the values the SaaS app shows you to copy into the IdP.',
      required: ['entityId', 'acsUrl'],
      additionalProperties: false,
      properties: {
        entityId: {
          type: 'string',
          minLength: 1,
          description:
            'Service Provider Entity Id / Identifier (Entity ID) / Audience URI (SP Entity ID) / Audience (EntityID). ' +
            'Responses must carry it as the Audience.',
          examples: ['https://elevenlabs.io'],
        },
        acsUrl: {
          ...URL_STRING,
          description:
            'Redirect URL / Reply URL (Assertion Consumer Service URL) / Single sign-on URL / ACS URL. ' +
            'Responses must carry it as Destination and Recipient. Absolute https (http only for localhost).',
          examples: ['https://elevenlabs.io/__/auth/handler'],
        },
        additionalAcsUrls: {
          type: 'array',
          items: URL_STRING,
          description: 'Other ACS URLs the app accepts, e.g. a data-residency host.',
        },
      },
    },
    idp: {
      type: 'object',
      description: 'The identity provider side: the values copied from the IdP (Entra, Okta, ...) into the app.',
      required: ['entityId'],
      additionalProperties: false,
      properties: {
        entityId: {
          type: 'string',
          minLength: 1,
          description:
            'Identity Provider Entity Id / Microsoft Entra Identifier / SAML Issuer ID / metadata entityID. ' +
            'Responses must carry it as the Issuer.',
          examples: ['https://sts.windows.net/<tenant-id>/', 'http://www.okta.com/exk...'],
        },
        ssoUrl: {
          ...URL_STRING,
          description:
            'Identity Provider Sign-In URL / Login URL / Sign On URL / SSO URL / metadata SingleSignOnService Location.',
          examples: ['https://login.microsoftonline.com/<tenant-id>/saml2'],
        },
        certificates: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description:
            'IdP signing certificates (Certificate (Base64) / X.509 Certificate / Public x509 certificate): ' +
            'inline PEM, the bare base64 body, or a file path relative to this config. List two during a rotation.',
        },
        fingerprints: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description:
            'SHA-1 (Entra "Thumbprint") or SHA-256 fingerprints of the IdP signing certificate, hex with or without colons.',
        },
      },
    },
    emailDomains: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Verified (claimed) email domains; subdomains are allowed. Leave out to skip the domain check.',
      examples: [['contoso.com']],
    },
    nameId: {
      type: 'object',
      additionalProperties: false,
      description: 'What the app expects in the Unique User Identifier (Name ID).',
      properties: {
        format: {
          type: 'string',
          minLength: 1,
          description: 'Expected Name identifier format (a URN).',
          examples: ['urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress'],
        },
        mustBeEmail: {
          type: 'boolean',
          description: 'The NameID must be an email address. Default: what the profile says, else false.',
        },
      },
    },
    attributes: {
      type: 'object',
      additionalProperties: false,
      description: 'Attribute (claim) names the app reads, exactly as the IdP must send them (full URI or short name).',
      properties: {
        email: { type: 'string', minLength: 1, description: 'Email attribute name, e.g. email.' },
        firstName: { type: 'string', minLength: 1, description: 'First name attribute name, e.g. firstName.' },
        lastName: { type: 'string', minLength: 1, description: 'Last name attribute name, e.g. lastName.' },
        groups: { type: 'string', minLength: 1, description: 'Groups attribute name, e.g. groups.' },
      },
    },
    expectedGroups: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Group names the app maps to roles, compared with the groups the IdP sends.',
    },
    security: {
      type: 'object',
      additionalProperties: false,
      description: 'How strict the app is about signatures, algorithms and time.',
      properties: {
        signed: {
          type: 'string',
          enum: ['response', 'assertion', 'either', 'both'],
          description: 'Which part must be signed (Entra "Signing Option", Okta "Response"/"Assertion Signature"). Default: either.',
          default: 'either',
        },
        allowSha1: {
          type: 'boolean',
          description: 'Accept SHA-1 signatures and digests. Default: false.',
          default: false,
        },
        clockSkewSeconds: {
          type: 'integer',
          minimum: 0,
          maximum: 3600,
          description: 'Clock skew tolerated on time checks, in seconds. Default: 180.',
          default: 180,
        },
        allowIdpInitiated: {
          type: 'boolean',
          description: 'Accept IdP-initiated (unsolicited) responses, e.g. from the app tile. Default: false.',
          default: false,
        },
      },
    },
  },
};
