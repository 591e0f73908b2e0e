import { idpFix } from '../../knowledge/index.js';
import { defineRule, finding } from '../types.js';
import type { Finding } from '../types.js';
import { acsUnderTest, entityIdUnderTest, matchesTemplate, templateList } from './helpers.js';
import type { ProfileCheck } from './input.js';

export const zendeskAcsUrlShape = defineRule({
  code: 'zendesk-acs-url-shape',
  title: 'The Zendesk ACS URL is not https://<subdomain>.zendesk.com/access/saml',
  severity: 'error',
  area: 'profile',
  explain:
    'Zendesk receives SAML responses at https://<subdomain>.zendesk.com/access/saml, where <subdomain> is the ' +
    'account’s Zendesk subdomain. In Microsoft Entra this is the Reply URL (Assertion Consumer Service URL); a ' +
    'different path (for example the bare account URL, which is the Sign on URL) posts the Response where ' +
    'Zendesk does not read it. The IdP admin sets the ACS URL to the documented form.',
});

export const zendeskEntityIdShape = defineRule({
  code: 'zendesk-entity-id-shape',
  title: 'The Zendesk entity ID is not https://<subdomain>.zendesk.com, or names another subdomain than the ACS URL',
  severity: 'error',
  area: 'profile',
  explain:
    'Zendesk’s SP entity ID is the account URL https://<subdomain>.zendesk.com, with nothing after it, and it ' +
    'names the same subdomain as the ACS URL. The IdP sends it as the Audience; Zendesk refuses an assertion ' +
    'meant for another audience. The IdP admin sets the Identifier (Entity ID) to the account URL.',
});

const SUBDOMAIN = /^https:\/\/([a-z0-9-]+)\.zendesk\.com\b/i;

export const zendeskUrls: ProfileCheck = {
  name: 'zendesk URLs',
  profile: 'zendesk',
  rules: [zendeskAcsUrlShape, zendeskEntityIdShape],
  run(input) {
    const out: Finding[] = [];
    const acs = acsUnderTest(input);
    const entity = entityIdUnderTest(input);
    const acsSub = acs && SUBDOMAIN.exec(acs.url)?.[1]?.toLowerCase();
    const entitySub = entity && SUBDOMAIN.exec(entity.url)?.[1]?.toLowerCase();
    const sub = entitySub ?? acsSub ?? '<subdomain>';
    if (acs && !matchesTemplate(acs.url, input.profile.urls.acsUrl)) {
      out.push(
        finding(zendeskAcsUrlShape, {
          message: `the ${acs.from} ${acs.url} is not of the form ${templateList(input.profile.urls.acsUrl)}`,
          expected: `https://${sub}.zendesk.com/access/saml`,
          actual: acs.url,
          hint: idpFix('reply-url', input.idp, { acsUrl: `https://${sub}.zendesk.com/access/saml`, spName: 'Zendesk' }),
          location: acs.from,
        }),
      );
    }
    const shapeOk = entity ? matchesTemplate(entity.url, input.profile.urls.spEntityId) : true;
    const sameSub = !acsSub || !entitySub || acsSub === entitySub;
    if (entity && (!shapeOk || !sameSub)) {
      const right = `https://${acsSub ?? sub}.zendesk.com`;
      out.push(
        finding(zendeskEntityIdShape, {
          message: shapeOk
            ? `the entity ID names subdomain ${entitySub} but the ACS URL names ${acsSub}`
            : `the ${entity.from} ${entity.url} is not of the form ${templateList(input.profile.urls.spEntityId)}`,
          expected: right,
          actual: entity.url,
          hint: idpFix('audience', input.idp, { spEntityId: right, spName: 'Zendesk' }),
          location: entity.from,
        }),
      );
    }
    return out;
  },
};
