import { defineRule, finding } from '../types.js';
import type { ValidateCheck, ValidateContext } from '../../validate/context.js';
import { domainAllowed, emailDomain } from '../../knowledge/index.js';
import { userEmail } from '../attributes/lookup.js';
import { isEmail } from './confirmations.js';

export const emailDomainNotAllowed = defineRule({
  code: 'email-domain-not-allowed',
  title: "The user's email domain is not one of the verified domains",
  severity: 'error',
  area: 'subject',
  explain:
    'Many service providers only sign in users whose email belongs to a domain the workspace has ' +
    'verified (claimed), so one customer\'s IdP cannot assert users of another company. Subdomains of a ' +
    'verified domain are accepted. The email (from the configured email attribute, or the NameID) has ' +
    'another domain: often the user principal name (user@tenant.onmicrosoft.com) was sent instead of ' +
    'the mailbox address, or the domain was never verified. Either the IdP admin sends the user\'s real ' +
    'email address, or the SP admin verifies the domain.',
});

function email(ctx: ValidateContext) {
  return ctx.claims && userEmail(ctx.claims.assertion, ctx.expect.attributes.email, isEmail);
}

export const emailDomainCheck: ValidateCheck = {
  name: 'email domain',
  rules: [emailDomainNotAllowed],
  reads: 'claims',
  run(ctx) {
    const e = email(ctx);
    if (!e || !ctx.expect.emailDomains.length) return [];
    const domain = emailDomain(e.value);
    if (!domain || domainAllowed(domain, ctx.expect.emailDomains, true)) return [];
    const upn = /\.onmicrosoft\.com$/i.test(domain);
    return [
      finding(emailDomainNotAllowed, {
        message: `the email domain ${domain} (from the ${e.from}) is not a verified domain`,
        expected: ctx.expect.emailDomains.map((d) => `${d} (or a subdomain)`),
        actual: e.value,
        hint:
          (upn ? 'This is the Entra user principal name of a cloud-only account, not a mailbox address. ' : '') +
          `${ctx.advice.idp('nameid-email', {})}; or, if ${domain} is yours, ` +
          ctx.advice.sp('domains', `verify ${domain}`),
        location: e.from === 'NameID' ? 'saml:Assertion/saml:Subject/saml:NameID' : 'saml:Assertion/saml:AttributeStatement',
        mirrors: ctx.advice.symptom('email-domain-not-allowed'),
      }),
    ];
  },
  passed: (ctx) => (ctx.expect.emailDomains.length ? email(ctx)?.value.replace(/^.*@/, '@') : undefined),
};
