import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';

export const responseIdMissing = defineRule({
  code: 'response-id-missing',
  title: 'The Response has no ID',
  severity: 'error',
  area: 'response',
  explain:
    'A SAML Response must carry an ID attribute: signatures refer to it, and service providers record it ' +
    'to refuse the same Response twice (replay protection). Without one the Response cannot be signed ' +
    'properly and most SPs reject it. This is an IdP bug or a hand-edited message; the IdP vendor must fix it.',
});

export const responseIdCheck: ValidateCheck = {
  name: 'response-id',
  rules: [responseIdMissing],
  reads: 'response',
  run(ctx) {
    if (ctx.response.id?.trim()) return [];
    return [
      finding(responseIdMissing, {
        message: 'the Response has no ID attribute',
        expected: 'an ID such as _9d1c4e0a-…',
        actual: ctx.response.id,
        hint: 'IdP vendor: every Response needs a unique ID. If the message was edited by hand, capture a fresh one.',
        location: '/samlp:Response/@ID',
      }),
    ];
  },
};
