import { finding } from '../../checks/types.js';
import { relayStateChanged } from '../../checks/flow/index.js';
import type { FlowCheck, FlowContext } from '../context.js';
import { responses, stepLabel } from '../context.js';
import type { FlowStep } from '../steps.js';
import { requestFor } from '../steps.js';

function pairs(ctx: FlowContext): { res: FlowStep; req: FlowStep; sent: string }[] {
  return responses(ctx).flatMap((res) => {
    const req = requestFor(ctx.steps, res).request;
    const sent = req?.provenance.relayState;
    return req && sent !== undefined ? [{ res, req, sent }] : [];
  });
}

/** RelayState is the SP's own state; the IdP must hand it back untouched. */
export const relayStateFlow: FlowCheck = {
  name: 'relay-state',
  run(ctx) {
    return pairs(ctx)
      .filter(({ res, sent }) => res.provenance.relayState !== sent)
      .map(({ res, req, sent }) => ({
        messageIndex: res.messageIndex,
        finding: finding(relayStateChanged, {
          message:
            res.provenance.relayState === undefined
              ? `the ${stepLabel(res)} came back without the RelayState the ${stepLabel(req)} sent`
              : `the ${stepLabel(res)} came back with another RelayState than the ${stepLabel(req)} sent`,
          expected: sent,
          actual: res.provenance.relayState ?? '(none)',
          hint: 'IdP admin: remove the default RelayState of the IdP app so that the SP\'s own value is returned.',
          location: `entry ${res.provenance.entryIndex}: RelayState`,
        }),
      }));
  },
  passed(ctx) {
    return pairs(ctx).some(({ res, sent }) => res.provenance.relayState === sent) ? 'RelayState came back unchanged' : undefined;
  },
};
