import { defineRule } from '../types.js';

export const configNotJson = defineRule({
  code: 'config-not-json',
  title: 'The SSO config file is not valid JSON',
  severity: 'error',
  area: 'config',
  explain:
    'The config file could not be read as JSON, so nothing in it could be checked. The location gives the ' +
    'line and column where the JSON parser gave up: usually a trailing comma, a missing comma between two ' +
    'entries, a comment, or single quotes instead of double quotes. The command line treats this as "could not ' +
    'do its job" and exits with code 2. Whoever maintains the config file fixes it.',
});

export const configSchema = defineRule({
  code: 'config-schema',
  title: 'The SSO config does not match its schema',
  severity: 'error',
  area: 'config',
  explain:
    'A value in the config has the wrong type, a required key is missing, or a value is not one of the allowed ' +
    'choices. The location is the JSON path of the value (for example $.sp.acsUrl). The config must say at least ' +
    'the SP entity ID and ACS URL (sp.entityId, sp.acsUrl) and the IdP entity ID (idp.entityId). Add "$schema" ' +
    'pointing at sso-config.schema.json to get autocompletion and these errors in your editor.',
});

export const configUnknownKey = defineRule({
  code: 'config-unknown-key',
  title: 'The SSO config has a key the tool does not know',
  severity: 'error',
  area: 'config',
  explain:
    'A key in the config is not part of the schema. Almost always this is a typo (entityID instead of entityId, ' +
    'acsURL instead of acsUrl) or a key put at the wrong level, and the setting it was meant to carry is then ' +
    'silently ignored, so checks run with a default you did not choose. The finding suggests the nearest known key. ' +
    'Rename or move the key.',
});

export const configUrlNotHttps = defineRule({
  code: 'config-url-not-https',
  title: 'A URL in the SSO config is not an absolute https URL',
  severity: 'error',
  area: 'config',
  explain:
    'The ACS (Redirect / Reply) URL and the IdP sign-in URL must be absolute https URLs: SAML responses carry ' +
    'personal data and a bearer credential, and identity providers refuse plain-http reply URLs (Microsoft Entra ' +
    'only allows http for localhost). A relative URL or a value without a scheme is usually a copy-paste slip. ' +
    'Copy the exact URL again from the SaaS app\'s SSO settings page (ACS URL) or from the IdP (sign-in URL).',
});

export const configCertificateUnreadable = defineRule({
  code: 'config-certificate-unreadable',
  title: 'A certificate file named in the SSO config cannot be read',
  severity: 'error',
  area: 'config',
  explain:
    'An entry in idp.certificates looks like a file path, but no file could be read there. Paths are relative to ' +
    'the config file. Without the certificate no signature can be verified. Fix the path, or paste the PEM text ' +
    '(-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----) inline instead.',
});

export const configCertificateInvalid = defineRule({
  code: 'config-certificate-invalid',
  title: 'A configured IdP certificate cannot be parsed',
  severity: 'error',
  area: 'config',
  mirrors: 'INVALID_IDP_RESPONSE: Error when parsing certificate',
  explain:
    'A configured IdP signing certificate is not a readable X.509 certificate: the base64 was cut short or ' +
    'edited, the BEGIN/END lines are missing or mangled, or something other than a certificate (a private key, ' +
    'a metadata file) was pasted. The SaaS app fails the same way when it tries to use it. Download the ' +
    'certificate again from the IdP (Entra: SAML Certificates › Certificate (Base64); Okta: SAML Signing ' +
    'Certificates › Download certificate) and copy it exactly, without reformatting it by hand. ' +
    '`saml-doctor cert` shows what exactly is wrong with it.',
});

export const configCertificateExpired = defineRule({
  code: 'config-certificate-expired',
  title: 'A configured IdP certificate has expired',
  severity: 'error',
  area: 'config',
  explain:
    'The certificate\'s validity ended before the time the config was judged at. Most service providers reject ' +
    'responses signed with an expired certificate, and the IdP has most likely rotated to a new one already. ' +
    'Download the current signing certificate from the IdP and replace the expired one in the config (and in the ' +
    'SaaS app).',
});

export const configCertificateNotYetValid = defineRule({
  code: 'config-certificate-not-yet-valid',
  title: 'A configured IdP certificate is not valid yet',
  severity: 'warning',
  area: 'config',
  explain:
    'The certificate\'s validity starts after the time the config was judged at. This is normal while an IdP ' +
    'prepares a certificate rotation, but a service provider that checks validity will reject responses signed ' +
    'with it until then. Keep the current certificate configured alongside it until the switch.',
});

export const configCertificateExpiring = defineRule({
  code: 'config-certificate-expiring',
  title: 'A configured IdP certificate expires within 30 days',
  severity: 'warning',
  area: 'config',
  explain:
    'The certificate is still valid but expires soon. When it does, sign-in stops working unless the IdP has ' +
    'switched to a new certificate and the SaaS app trusts it. IdP admin: create the new certificate now (Entra: ' +
    'SAML Certificates › Edit › New Certificate); SP admin: add it next to the current one so both are trusted ' +
    'until the switch.',
});

export const configNoTrust = defineRule({
  code: 'config-no-certificate',
  title: 'The SSO config has no IdP certificate and no fingerprint',
  severity: 'error',
  area: 'config',
  explain:
    'Neither idp.certificates nor idp.fingerprints is given, so there is nothing to verify a response signature ' +
    'against, and an unverifiable response must never be trusted. Add the IdP signing certificate (PEM, inline or ' +
    'as a file path) or its SHA-256 fingerprint. `saml-doctor config init --from-metadata` fills this in from the ' +
    'IdP metadata.',
});

export const configFingerprintInvalid = defineRule({
  code: 'config-fingerprint-invalid',
  title: 'A configured certificate fingerprint has the wrong length or characters',
  severity: 'error',
  area: 'config',
  explain:
    'A fingerprint must be hexadecimal: 40 digits for SHA-1 (what Microsoft Entra shows as Thumbprint) or 64 for ' +
    'SHA-256, with or without colons or spaces between the pairs. Anything else cannot match any certificate, ' +
    'usually because it was cut short or copied with surrounding text. Copy it again, or configure the ' +
    'certificate itself.',
});

export const configDomainsEmpty = defineRule({
  code: 'config-domains-empty',
  title: 'The SSO config lists no email domains',
  severity: 'warning',
  area: 'config',
  explain:
    'emailDomains is present but empty. Service providers that tie SSO to verified domains (ElevenLabs, Elastic ' +
    'Cloud) reject every user whose email domain is not verified, so an empty list usually means the domain was ' +
    'never verified or was forgotten here. Add the verified domains (subdomains are allowed), or remove the key to ' +
    'skip the domain check.',
});
