import type { IdpKnowledge } from '../types.js';

const MMC = 'AD FS Management';
const TRUST = `${MMC} › Relying Party Trusts › your relying party trust`;
const CLAIMS = `${TRUST} › Edit Claim Issuance Policy`;

export const adfs: IdpKnowledge = {
  id: 'adfs',
  name: 'AD FS',
  shortName: 'AD FS',
  screens: {
    app: TRUST,
    spEntityId: `${TRUST} › Properties › Identifiers › Relying party identifier`,
    acsUrl: `${TRUST} › Properties › Endpoints › SAML Assertion Consumer Endpoints`,
    recipientDestination: `${TRUST} › Properties › Endpoints › SAML Assertion Consumer Endpoints`,
    nameIdFormat: `${CLAIMS} › the rule whose Outgoing claim type is Name ID › Outgoing name ID format`,
    nameIdSource: `${CLAIMS} › a Transform an Incoming Claim rule with Outgoing claim type: Name ID`,
    attributes: CLAIMS,
    groups: `${CLAIMS} › a Send Group Membership as a Claim or Send LDAP Attributes as Claims rule`,
    signingCertificate: `${MMC} › Service › Certificates › Token-signing › View Certificate › Copy to File (Base-64)`,
    certificateRotation: `${MMC} › Service › Certificates › Add Token-Signing Certificate, then Set as Primary`,
    idpEntityId: `${MMC} › Service › Edit Federation Service Properties › Federation Service identifier`,
    idpSsoUrl: 'https://<your AD FS host>/adfs/ls/ (SingleSignOnService in /FederationMetadata/2007-06/FederationMetadata.xml)',
    signingOption: 'PowerShell: Set-AdfsRelyingPartyTrust -TargetName <trust> -SamlResponseSignature',
    signingAlgorithm: `${TRUST} › Properties › Advanced › Secure hash algorithm`,
    encryption: `${TRUST} › Properties › Encryption`,
    assignment: `${TRUST} › Edit Access Control Policy`,
  },
  values: {
    nameIdFormatEmail: 'Email',
    emailSource: 'E-Mail-Addresses (sent as E-Mail Address by a Send LDAP Attributes as Claims rule)',
    sha256: 'SHA-256',
    signAssertion: 'MessageAndAssertion (or AssertionOnly, the default)',
    signResponse: 'MessageAndAssertion (or MessageOnly)',
  },
  facts: {},
  clues: [
    {
      on: 'entityId',
      pattern: /^https?:\/\/[^/]+\/adfs\/services\/trust\/?$/i,
      confidence: 'certain',
      reason: 'issuer http(s)://<host>/adfs/services/trust is the default AD FS Federation Service identifier',
    },
    {
      on: 'url',
      pattern: /^https:\/\/[^/]+\/adfs\/ls\/?/i,
      confidence: 'certain',
      reason: '/adfs/ls/ is the AD FS sign-in endpoint',
    },
    {
      on: 'url',
      pattern: /\/FederationMetadata\/2007-06\/FederationMetadata\.xml$/i,
      confidence: 'likely',
      reason: '/FederationMetadata/2007-06/FederationMetadata.xml is where AD FS publishes its metadata',
    },
    {
      on: 'certSubject',
      pattern: /CN=ADFS Signing/i,
      confidence: 'likely',
      reason: 'the signing certificate is an AD FS token-signing certificate',
    },
  ],
};
