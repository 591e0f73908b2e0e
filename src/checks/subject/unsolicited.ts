import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { judgedConfirmations } from './confirmations.js';

export const unsolicitedResponse = defineRule({
  code: 'unsolicited-response',
  title: 'Unsolicited (IdP-initiated) Response, which the SP does not accept',
  severity: 'error',
  area: 'subject',
  explain:
    'The Response carries no InResponseTo: it was not an answer to an AuthnRequest but started at the ' +
    'IdP (a tile in Microsoft My Apps or the Okta dashboard, or "Test this application"). Many SPs only ' +
    'accept SP-initiated logins, because an unsolicited Response is easier to inject (login CSRF) — ' +
    'ElevenLabs and Elastic Cloud among them. Start the login from the SP\'s own sign-in page, or (if the ' +
    'SP supports it) the SP admin allows IdP-initiated sign-in; in the IdP, the application\'s Sign-on URL ' +
    'can point the tile at the SP\'s login page instead.',
});

export const unsolicitedCheck: ValidateCheck = {
  name: 'solicited',
  rules: [unsolicitedResponse],
  reads: 'response',
  run(ctx) {
    if (ctx.expect.allowIdpInitiated && ctx.requestId === undefined) return [];
    // An error Response is judged on its status alone: it grants nothing, so how it was asked for is moot.
    if (!ctx.response.status.code?.endsWith(':Success')) return [];
    // An unsigned Response element's InResponseTo is attacker-controlled: it cannot make a login solicited.
    if (ctx.responseVerified && ctx.response.inResponseTo !== undefined) return [];
    const scd = ctx.claims ? judgedConfirmations(ctx.claims.assertion) : [];
    if (scd.some((c) => c.inResponseTo !== undefined)) return [];
    return [
      finding(unsolicitedResponse, {
        message: ctx.requestId
          ? 'the Response has no InResponseTo, although the SP sent an AuthnRequest: it was started at the IdP'
          : 'the Response has no InResponseTo: an IdP-initiated login, which this SP does not accept',
        expected: ctx.requestId ?? 'InResponseTo set to the ID of the SP\'s AuthnRequest (SP-initiated login)',
        actual: undefined,
        hint: `${ctx.advice.idp('sp-initiated', {})}.`,
        location: '/samlp:Response/@InResponseTo',
        mirrors: ctx.advice.symptom('unsolicited-response'),
      }),
    ];
  },
};
