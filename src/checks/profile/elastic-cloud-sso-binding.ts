import { defineRule, finding } from '../types.js';
import type { ProfileCheck } from './input.js';

export const elasticCloudSsoUrlRedirectBinding = defineRule({
  code: 'elastic-cloud-sso-url-redirect-binding',
  title: 'The Elastic Cloud Identity Provider SSO URL is the IdP’s HTTP-Redirect endpoint, not its HTTP-POST one',
  severity: 'warning',
  area: 'profile',
  explain:
    'Elastic Cloud asks for the HTTP-POST binding endpoint of the IdP as Identity Provider SSO URL, and sends users ' +
    'there at sign-in; if the SSO screen does not redirect to the IdP, this value is the first thing to check. Some ' +
    'IdPs publish a separate URL per binding (Shibboleth: /idp/profile/SAML2/Redirect/SSO and /POST/SSO; OneLogin: ' +
    'http-redirect and http-post paths). This URL is the redirect one: the SP admin replaces it with the IdP’s ' +
    'HTTP-POST SingleSignOnService Location from its metadata.',
  mirrors: 'SSO screen is not redirecting to my IdP',
});

/** Endpoints whose path names the HTTP-Redirect binding, and the matching HTTP-POST path. */
const REDIRECT_PATHS: readonly [RegExp, string][] = [
  [/\/SAML2\/Redirect\/SSO\b/, '/SAML2/POST/SSO'],
  [/\/http-redirect\//i, '/http-post/'],
];

export const elasticCloudSsoBinding: ProfileCheck = {
  name: 'elastic-cloud SSO URL binding',
  profile: 'elastic-cloud',
  rules: [elasticCloudSsoUrlRedirectBinding],
  run(input) {
    const url = input.config.idpSsoUrl;
    const hit = url ? REDIRECT_PATHS.find(([re]) => re.test(url)) : undefined;
    if (!url || !hit) return [];
    const post = url.replace(hit[0], hit[1]);
    return [
      finding(elasticCloudSsoUrlRedirectBinding, {
        message: 'the Identity Provider SSO URL is an HTTP-Redirect binding endpoint; Elastic Cloud expects the HTTP-POST one',
        expected: post,
        actual: url,
        hint:
          `SP admin, in Elastic Cloud: ${input.profile.settingsPage} › ${input.profile.fields.idpSsoUrl}: ${post} ` +
          '(check it against the HTTP-POST SingleSignOnService Location in the IdP metadata)',
        location: 'config idpSsoUrl',
      }),
    ];
  },
};
