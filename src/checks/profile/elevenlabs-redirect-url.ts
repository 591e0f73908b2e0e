import { idpFix, profileSymptom } from '../../knowledge/index.js';
import { defineRule, finding } from '../types.js';
import { acsUnderTest, matchesTemplate, templateList } from './helpers.js';
import type { ProfileCheck } from './input.js';

export const elevenlabsRedirectUrlForm = defineRule({
  code: 'elevenlabs-redirect-url-form',
  title: 'The ElevenLabs Redirect URL is not one of its documented forms',
  severity: 'error',
  area: 'profile',
  explain:
    'ElevenLabs receives SAML responses at its Redirect URL: https://elevenlabs.io/__/auth/handler, or ' +
    'https://<region>.residency.elevenlabs.io/__/auth/handler for data-residency workspaces. The IdP posts the ' +
    'Response to whatever is set as Reply URL (Entra) or Single sign-on URL (Okta); any other value, such as ' +
    'the sign-in page URL or a path without /__/, sends the user somewhere that cannot complete the login. ' +
    'Copy the Redirect URL from ElevenLabs (Workspace settings › Security & SSO) into the IdP.',
});

export const elevenlabsRedirectUrl: ProfileCheck = {
  name: 'elevenlabs Redirect URL',
  profile: 'elevenlabs',
  rules: [elevenlabsRedirectUrlForm],
  run(input) {
    const acs = acsUnderTest(input);
    const templates = input.profile.urls.acsUrl;
    if (!acs || matchesTemplate(acs.url, templates)) return [];
    const residency = /^https?:\/\/([a-z0-9-]+)\.residency\.elevenlabs\.io\b/i.exec(acs.url)?.[1];
    const right = residency
      ? `https://${residency.toLowerCase()}.residency.elevenlabs.io/__/auth/handler`
      : input.profile.expects.acsUrl!;
    return [
      finding(elevenlabsRedirectUrlForm, {
        message: `the ${acs.from} ${acs.url} is not an ElevenLabs Redirect URL`,
        expected: templateList(templates),
        actual: acs.url,
        hint:
          idpFix('reply-url', input.idp, { acsUrl: right, spName: input.profile.title }) +
          ' — copy the value shown as Redirect URL in ElevenLabs › Workspace settings › Security & SSO',
        mirrors: profileSymptom(input.profile, elevenlabsRedirectUrlForm.code, input.idp?.id),
        location: acs.from,
      }),
    ];
  },
};
