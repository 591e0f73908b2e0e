import { defineRule, finding } from '../types.js';
import type { ProfileCheck } from './input.js';

export const elevenlabsEntraOidcIssuer = defineRule({
  code: 'elevenlabs-entra-oidc-issuer',
  title: 'The ElevenLabs Identity Provider Entity Id is the Entra OpenID Connect issuer, not the SAML one',
  severity: 'error',
  area: 'profile',
  explain:
    'ElevenLabs connects to Microsoft Entra through SAML only; OIDC with Entra is not recommended and causes ' +
    'sign-in problems. Entra’s SAML responses are issued by https://sts.windows.net/<tenant>/ (shown as Microsoft ' +
    'Entra Identifier in the app’s Set up section), while https://login.microsoftonline.com/<tenant>/v2.0 is the ' +
    'issuer of its OpenID Connect tokens. With the v2.0 value as Identity Provider Entity Id, every SAML response ' +
    'fails the issuer comparison. The SP admin pastes the Microsoft Entra Identifier instead.',
  mirrors: 'Microsoft Entra shows a successful sign-in, but ElevenLabs says unable to sign in',
});

const OIDC_ISSUER = /^https:\/\/login\.microsoftonline\.(com|us)\/([0-9a-f-]{36})\/v2\.0\/?$/i;

export const elevenlabsEntraOidc: ProfileCheck = {
  name: 'elevenlabs Entra through SAML',
  profile: 'elevenlabs',
  rules: [elevenlabsEntraOidcIssuer],
  run(input) {
    const configured = input.config.idpEntityId;
    const tenant = configured ? OIDC_ISSUER.exec(configured)?.[2] : undefined;
    if (!tenant) return [];
    const saml = `https://sts.windows.net/${tenant.toLowerCase()}/`;
    return [
      finding(elevenlabsEntraOidcIssuer, {
        message: 'the Identity Provider Entity Id is the Entra OIDC (v2.0) issuer; Entra SAML responses are issued by sts.windows.net',
        expected: saml,
        actual: configured,
        hint:
          `SP admin, in ElevenLabs › ${input.profile.settingsPage} › ${input.profile.fields.idpEntityId}: ${saml} — the ` +
          'Microsoft Entra Identifier shown in Enterprise applications › your app › Single sign-on › Set up <app>',
        location: 'config idpEntityId',
      }),
    ];
  },
};
