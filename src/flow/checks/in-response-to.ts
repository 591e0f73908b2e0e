import { finding } from '../../checks/types.js';
import { inResponseToMismatch } from '../../checks/subject/in-response-to.js';
import type { FlowCheck } from '../context.js';
import { responses, stepLabel } from '../context.js';
import { requestFor } from '../steps.js';

/** The Response must answer the AuthnRequest this browser sent; another ID means a lost or stale request. */
export const inResponseToFlow: FlowCheck = {
  name: 'in-response-to',
  run(ctx) {
    return responses(ctx).flatMap((res) => {
      const { request, matched } = requestFor(ctx.steps, res);
      if (!request || matched || res.inResponseTo === undefined) return [];
      return [
        {
          messageIndex: res.messageIndex,
          finding: finding(inResponseToMismatch, {
            message: `the ${stepLabel(res)} answers AuthnRequest ${res.inResponseTo}, not the ${stepLabel(request)} this browser sent`,
            expected: request.id,
            actual: res.inResponseTo,
            hint:
              'Start the login again from the SP in one tab. If it persists, SP admin: the request ID is lost between ' +
              'the redirect and the POST back (session cookie SameSite, load-balancer affinity, several login tabs).',
            location: `entry ${res.provenance.entryIndex}: /samlp:Response/@InResponseTo`,
          }),
        },
      ];
    });
  },
  passed(ctx) {
    const pairs = responses(ctx).filter((r) => requestFor(ctx.steps, r).matched);
    return pairs.length ? `${pairs.length === 1 ? 'the Response answers' : `${pairs.length} Responses answer`} the AuthnRequest sent in the capture` : undefined;
  },
};
