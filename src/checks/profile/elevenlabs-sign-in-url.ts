import { idpFix, recognizeIdp } from '../../knowledge/index.js';
import type { IdpId } from '../../knowledge/index.js';
import { defineRule, finding } from '../types.js';
import type { ProfileCheck } from './input.js';

export const elevenlabsIdpSignInUrl = defineRule({
  code: 'elevenlabs-idp-sign-in-url',
  title: 'The ElevenLabs Identity Provider Sign-In URL is not the IdP’s SAML sign-in endpoint',
  severity: 'warning',
  area: 'profile',
  explain:
    'ElevenLabs sends users to the Identity Provider Sign-In URL with a SAML request. It must be the IdP’s SAML ' +
    'endpoint: for Microsoft Entra the Login URL (https://login.microsoftonline.com/<tenant>/saml2), for Okta ' +
    'the metadata SingleSignOnService Location ending in /sso/saml. A metadata URL, a dashboard or app-tile ' +
    'URL looks plausible but cannot accept the request, so sign-in stops at the IdP with an error. The SP ' +
    'admin copies the right value from the IdP into ElevenLabs.',
});

/** What each IdP's SAML sign-in endpoint looks like, where ElevenLabs documents it. */
const ENDPOINTS: Partial<Record<IdpId, { pattern: RegExp; shape: string }>> = {
  entra: { pattern: /\/saml2\/?$/, shape: 'https://login.microsoftonline.com/<tenant>/saml2' },
  okta: { pattern: /\/sso\/saml\/?$/, shape: 'https://<org>.okta.com/app/<app>/<id>/sso/saml' },
};

const METADATA_LIKE = /metadata|\.xml(\?|$)/i;

export const elevenlabsSignInUrl: ProfileCheck = {
  name: 'elevenlabs Identity Provider Sign-In URL',
  profile: 'elevenlabs',
  rules: [elevenlabsIdpSignInUrl],
  run(input) {
    const url = input.config.idpSsoUrl;
    if (!url) return [];
    const idp = input.idp ?? recognizeIdp({ ssoUrl: url, entityId: input.config.idpEntityId })?.idp;
    const endpoint = idp ? ENDPOINTS[idp.id] : undefined;
    const wrong = endpoint ? !endpoint.pattern.test(url) : METADATA_LIKE.test(url);
    if (!wrong) return [];
    return [
      finding(elevenlabsIdpSignInUrl, {
        message: METADATA_LIKE.test(url)
          ? 'the Identity Provider Sign-In URL is a metadata URL, not the SAML sign-in endpoint'
          : `the Identity Provider Sign-In URL does not look like the ${idp!.name} SAML sign-in endpoint`,
        expected: endpoint?.shape ?? "the IdP's SingleSignOnService Location",
        actual: url,
        hint: idpFix('idp-sso-url', idp, { spName: `ElevenLabs › ${input.profile.settingsPage} › Identity Provider Sign-In URL` }),
        location: 'config idpSsoUrl',
      }),
    ];
  },
};
