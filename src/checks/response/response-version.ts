import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';

export const responseVersion = defineRule({
  code: 'response-version',
  title: 'The Response is not SAML version 2.0',
  severity: 'error',
  area: 'response',
  explain:
    'Every SAML 2.0 protocol message carries Version="2.0". A missing or different value means the IdP ' +
    'speaks SAML 1.1 or WS-Federation to this application, or the message was built by hand. SAML 2.0 ' +
    'service providers reject it outright. The IdP admin must configure the application for SAML 2.0 ' +
    '(in most IdPs: create a "SAML 2.0" application, not WS-Fed or SAML 1.1).',
});

export const responseVersionCheck: ValidateCheck = {
  name: 'version',
  rules: [responseVersion],
  reads: 'response',
  run(ctx) {
    const v = ctx.response.version;
    if (v === '2.0') return [];
    return [
      finding(responseVersion, {
        message: v === undefined ? 'the Response has no Version attribute' : `the Response says Version="${v}"`,
        expected: '2.0',
        actual: v,
        hint: `IdP admin, in ${ctx.advice.idpName ?? 'the IdP'}: make sure the application uses SAML 2.0 (not SAML 1.1 or WS-Federation).`,
        location: '/samlp:Response/@Version',
      }),
    ];
  },
};
