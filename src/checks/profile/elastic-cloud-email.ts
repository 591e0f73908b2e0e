import { idpFix, profileSymptom } from '../../knowledge/index.js';
import { defineRule, finding } from '../types.js';
import { attributeNames, findAttribute } from './helpers.js';
import type { ProfileCheck } from './input.js';

export const elasticCloudEmailAttributeMissing = defineRule({
  code: 'elastic-cloud-email-attribute-missing',
  title: 'Elastic Cloud needs an attribute named email, and the response has none',
  severity: 'error',
  area: 'profile',
  explain:
    'Elastic Cloud identifies the user by an attribute statement named exactly email (not the NameID), and ' +
    'only lets in addresses from a domain the organization claimed. Without it the login never completes and ' +
    'the browser ends on /access-denied. IdPs often send the email under another name (Entra: the full ' +
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress URI; others: Email, mail). The IdP ' +
    'admin adds an attribute named email carrying the user’s address.',
  mirrors: 'Failure to redirect back to Elastic Cloud after IdP log in, or redirected to /access-denied',
});

/** An attribute that carries the email under another name, to say which one to rename. */
function emailLookalike(names: readonly string[]): string | undefined {
  return names.find((n) => /(^|[/:.])(e-?mail(address)?|mail)$/i.test(n));
}

export const elasticCloudEmail: ProfileCheck = {
  name: 'elastic-cloud email attribute',
  profile: 'elastic-cloud',
  rules: [elasticCloudEmailAttributeMissing],
  run(input) {
    const wanted = input.profile.expects.attributes.email!;
    if (!input.response || findAttribute(input, wanted)) return [];
    const names = attributeNames(input);
    const lookalike = emailLookalike(names);
    const args = { attribute: wanted, attributeValue: "the user's email address", spName: input.profile.title };
    return [
      finding(elasticCloudEmailAttributeMissing, {
        message: lookalike
          ? `no attribute named ${wanted}; the email seems to be sent as ${lookalike}`
          : `no attribute named ${wanted} in the response`,
        expected: wanted,
        actual: names,
        hint: lookalike
          ? idpFix('attribute-name', input.idp, { ...args, actualAttribute: lookalike })
          : idpFix('attribute-missing', input.idp, args),
        mirrors: profileSymptom(input.profile, elasticCloudEmailAttributeMissing.code, input.idp?.id),
        location: 'Assertion/AttributeStatement',
      }),
    ];
  },
};
