import { finding } from '../../checks/types.js';
import { acsUrlMismatch } from '../../checks/flow/index.js';
import { describeUrlDifference } from '../../validate/urls.js';
import type { FlowCheck, FlowContext } from '../context.js';
import { responses, stepLabel } from '../context.js';
import type { FlowStep } from '../steps.js';
import { requestFor } from '../steps.js';

function pairs(ctx: FlowContext): { res: FlowStep; req: FlowStep; asked: string }[] {
  return responses(ctx).flatMap((res) => {
    const req = requestFor(ctx.steps, res).request;
    return req?.acsUrl && res.url ? [{ res, req, asked: req.acsUrl }] : [];
  });
}

/** The IdP posts the Response to the ACS URL it has on file; the request says which one the app listens on. */
export const acsUrlFlow: FlowCheck = {
  name: 'acs-url',
  run(ctx) {
    return pairs(ctx)
      .filter(({ res, asked }) => res.url !== asked)
      .map(({ res, req, asked }) => ({
        messageIndex: res.messageIndex,
        finding: finding(acsUrlMismatch, {
          message: `the ${stepLabel(res)} was posted to ${res.url}, but the ${stepLabel(req)} asked for ${asked}`,
          expected: asked,
          actual: res.url,
          hint:
            `${describeUrlDifference(asked, res.url!) ?? ''} IdP admin: set the Reply URL (ACS URL) of the IdP app to exactly ` +
            `${asked}, as shown in the app's SSO settings.`.trim(),
          location: `entry ${res.provenance.entryIndex}`,
        }),
      }));
  },
  passed(ctx) {
    const ok = pairs(ctx).filter(({ res, asked }) => res.url === asked);
    return ok.length ? `the Response went to the ACS URL the AuthnRequest asked for (${ok[0]!.asked})` : undefined;
  },
};
