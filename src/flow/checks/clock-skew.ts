import { finding } from '../../checks/types.js';
import { clockSkew } from '../../checks/conditions/clock-skew.js';
import { describeSkew, formatDuration, formatUtc, parseSamlTime } from '../../util/time.js';
import type { FlowCheck, FlowContext } from '../context.js';
import { stepLabel } from '../context.js';
import type { FlowStep } from '../steps.js';

/** Messages are created moments before the browser carries them, so IssueInstant should sit next to the capture time. */
function measured(ctx: FlowContext): { step: FlowStep; diff: number; issued: number; captured: number }[] {
  return ctx.steps.flatMap((step) => {
    const issued = parseSamlTime(step.issueInstant);
    const captured = step.provenance.capturedAt ? Date.parse(step.provenance.capturedAt) : NaN;
    if (issued === undefined || Number.isNaN(captured)) return [];
    return [{ step, diff: issued - captured, issued, captured }];
  });
}

export const clockSkewFlow: FlowCheck = {
  name: 'clock',
  run(ctx) {
    const limit = ctx.skewSeconds * 1000;
    return measured(ctx)
      .filter(({ diff }) => Math.abs(diff) > limit)
      .map(({ step, diff, issued, captured }) => {
        const whose = step.kind === 'authn-request' ? "the SP's" : "the IdP's";
        return {
          messageIndex: step.messageIndex,
          finding: finding(clockSkew, {
            message:
              `IssueInstant of the ${stepLabel(step)} is ${formatDuration(diff)} ${diff > 0 ? 'after' : 'before'} the browser ` +
              `carried it (${formatUtc(captured)}), beyond the ${describeSkew(ctx.skewSeconds)}: ${whose} clock is ${diff > 0 ? 'ahead' : 'behind'}`,
            expected: `within ${ctx.skewSeconds} s of ${formatUtc(captured)} (capture time)`,
            actual: formatUtc(issued),
            hint: `${step.kind === 'authn-request' ? 'SP admin' : 'IdP admin'}: synchronise the server clock with NTP; as a stop-gap the SP admin raises the allowed clock skew.`,
            location: `entry ${step.provenance.entryIndex}: @IssueInstant`,
          }),
        };
      });
  },
  passed(ctx) {
    const m = measured(ctx);
    if (!m.length) return undefined;
    const worst = Math.max(...m.map((x) => Math.abs(x.diff)));
    if (worst > ctx.skewSeconds * 1000) return undefined;
    return worst < 1000
      ? 'IssueInstant at the capture time'
      : `IssueInstant ${formatDuration(worst)} from the capture time (${ctx.skewSeconds} s allowed)`;
  },
};
