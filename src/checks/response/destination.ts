import { defineRule, finding } from '../types.js';
import type { ValidateCheck } from '../../validate/context.js';
import { describeUrlDifferenceFromAny, leadSentence, urlDifference } from '../../validate/urls.js';

export const destinationMismatch = defineRule({
  code: 'destination-mismatch',
  title: "The Response's Destination is not the SP's ACS URL",
  severity: 'error',
  area: 'response',
  explain:
    'The IdP writes the URL it posts the Response to into the Destination attribute, and the SP must ' +
    'check that it is its own Assertion Consumer Service (ACS) URL, so a Response meant for another ' +
    'application cannot be replayed here. The IdP takes the value from the application\'s ACS / Reply ' +
    'URL setting. SAML compares it character for character: a trailing slash, http instead of https, a ' +
    'port, the letter case of the host or a regional host (for example an ElevenLabs data-residency ' +
    'host) all count. Fix it where it is wrong: usually the IdP admin corrects the Reply/ACS URL; if the ' +
    'IdP is right and the SP config is stale, the SP admin updates the ACS URL the SP expects.',
});

export const destinationCheck: ValidateCheck = {
  name: 'destination',
  rules: [destinationMismatch],
  reads: 'response',
  run(ctx) {
    const actual = ctx.response.destination;
    const accepted = ctx.expect.acsUrls;
    if (actual === undefined || accepted.includes(actual)) return [];
    const expected = accepted[0]!;
    const regional = accepted.some((u) => urlDifference(u, actual) === 'region-host');
    const hint =
      leadSentence(describeUrlDifferenceFromAny(accepted, actual)) +
      ctx.advice.idp('reply-url', { acsUrl: expected }) +
      (regional
        ? ` If the workspace really lives on ${actual.replace(/^(https?:\/\/[^/]+).*$/, '$1')} (data residency), ` +
          ctx.advice.sp('acsUrl', `change the ACS URL to ${actual}`)
        : '');
    return [
      finding(destinationMismatch, {
        message: 'the Response was addressed to another URL than the ACS URL',
        expected: accepted.length > 1 ? accepted : expected,
        actual,
        hint,
        location: '/samlp:Response/@Destination',
        mirrors: ctx.advice.symptom('destination-mismatch'),
      }),
    ];
  },
  passed: (ctx) => ctx.response.destination,
};
