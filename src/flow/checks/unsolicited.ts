import { finding } from '../../checks/types.js';
import { unsolicitedResponse } from '../../checks/subject/unsolicited.js';
import type { FlowCheck, FlowContext } from '../context.js';
import { responses, stepLabel } from '../context.js';
import type { FlowStep } from '../steps.js';
import { requestFor } from '../steps.js';

/** A Response without InResponseTo and without an AuthnRequest before it in the capture: IdP-initiated. */
export function isIdpInitiated(ctx: Pick<FlowContext, 'steps'>, res: FlowStep): boolean {
  return res.inResponseTo === undefined && requestFor(ctx.steps, res).request === undefined;
}

export const unsolicitedFlow: FlowCheck = {
  name: 'sp-initiated',
  run(ctx) {
    if (!ctx.config || ctx.config.security.allowIdpInitiated) return [];
    return responses(ctx)
      .filter((res) => isIdpInitiated(ctx, res))
      .map((res) => ({
        messageIndex: res.messageIndex,
        finding: finding(unsolicitedResponse, {
          message: `the ${stepLabel(res)} was not preceded by an AuthnRequest and has no InResponseTo: an IdP-initiated login, which this SP does not accept`,
          expected: 'an AuthnRequest from the SP first, answered by the Response (SP-initiated login)',
          actual: 'no AuthnRequest in the capture before this Response, no InResponseTo',
          hint: "Start the login from the SP's sign-in page, not from the IdP's app tile or test button.",
          location: `entry ${res.provenance.entryIndex}`,
        }),
      }));
  },
  passed(ctx) {
    const sp = responses(ctx).filter((res) => !isIdpInitiated(ctx, res));
    return sp.length ? 'SP-initiated: the Response follows an AuthnRequest' : undefined;
  },
};
