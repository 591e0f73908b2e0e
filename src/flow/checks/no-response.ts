import { finding } from '../../checks/types.js';
import { captureNoResponse } from '../../checks/capture/index.js';
import type { FlowCheck } from '../context.js';
import { authnRequests, responses, stepLabel } from '../context.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** An AuthnRequest left unanswered: the flow stopped at the IdP, or the capture stopped too early. */
export const noResponseFlow: FlowCheck = {
  name: 'response',
  run(ctx) {
    const requests = authnRequests(ctx);
    const last = requests[requests.length - 1];
    if (!last || responses(ctx).some((r) => r.messageIndex > last.messageIndex)) return [];
    const after = ctx.capture.entryCount - 1 - (last.provenance.entryIndex ?? 0);
    const idpWords = ctx.capture.notes.some((n) => n.kind === 'aadsts' || n.kind === 'error-parameter');
    return [
      {
        messageIndex: last.messageIndex,
        finding: finding(captureNoResponse, {
          message: `no SAML Response follows the ${stepLabel(last)} in the capture`,
          expected: 'a POST of SAMLResponse to the ACS URL after the AuthnRequest',
          actual: after === 0 ? 'the capture ends with the AuthnRequest' : `the capture ends ${plural(after, 'request')} after the AuthnRequest`,
          hint: idpWords
            ? 'The IdP showed an error instead (see the IdP error finding): fix that first.'
            : 'Capture the whole login again, with "Preserve log" ticked, until the app shows its error.',
          location: `entry ${last.provenance.entryIndex}`,
        }),
      },
    ];
  },
  passed(ctx) {
    return authnRequests(ctx).length && responses(ctx).length ? 'a Response came back' : undefined;
  },
};
