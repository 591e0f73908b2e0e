import { idpFix } from '../../knowledge/index.js';
import { defineRule, finding } from '../types.js';
import { acsUnderTest, matchesTemplate, templateList } from './helpers.js';
import type { ProfileCheck } from './input.js';

export const labelStudioAcsUrlShape = defineRule({
  code: 'label-studio-acs-url-shape',
  title: 'The ACS URL does not have Label Studio’s shape https://<host>/saml/<token>/acs',
  severity: 'warning',
  area: 'profile',
  explain:
    'Label Studio Enterprise shows its Assertion Consumer Service URL on Organization › SSO & SAML, in the form ' +
    'https://<your-host>/saml/<token>/acs; its login URL ends in /login and its logout URL in /logout instead. ' +
    'A URL of another shape usually means the login or logout URL was pasted where the ACS URL belongs, so the ' +
    'Response goes to the wrong place. With Entra the same ACS URL is also the Identifier (Entity ID). Copy the ' +
    'ACS URL from Label Studio again into the IdP.',
});

export const labelStudioAcsUrl: ProfileCheck = {
  name: 'label-studio ACS URL',
  profile: 'label-studio',
  rules: [labelStudioAcsUrlShape],
  run(input) {
    const acs = acsUnderTest(input);
    const templates = input.profile.urls.acsUrl;
    if (!acs || matchesTemplate(acs.url, templates)) return [];
    const wrongEnd = /\/saml\/[^/]+\/(login|logout)\/?$/.exec(acs.url)?.[1];
    return [
      finding(labelStudioAcsUrlShape, {
        message: wrongEnd
          ? `the ${acs.from} is Label Studio's ${wrongEnd} URL, not its ACS URL`
          : `the ${acs.from} is not of the form ${templateList(templates)}`,
        expected: templateList(templates),
        actual: acs.url,
        hint: idpFix('reply-url', input.idp, {
          acsUrl: wrongEnd ? acs.url.replace(/\/(login|logout)\/?$/, '/acs') : 'the ACS URL shown in Label Studio › Organization › SSO & SAML',
          spName: input.profile.title,
        }),
        location: acs.from,
      }),
    ];
  },
};
