import type { Passed } from '../checks/types.js';
import type { SsoConfig } from '../config/types.js';
import { DEFAULT_CLOCK_SKEW_SECONDS } from '../config/types.js';
import type { Capture } from '../input/capture/index.js';
import type { FlowCheck, FlowContext, FlowFinding, FlowOptions } from './context.js';
import { acsUrlFlow } from './checks/acs-url.js';
import { clockSkewFlow } from './checks/clock-skew.js';
import { inResponseToFlow } from './checks/in-response-to.js';
import { noResponseFlow } from './checks/no-response.js';
import { redirectSignatureFlow } from './checks/redirect-signature.js';
import { relayStateFlow } from './checks/relay-state.js';
import { ssoUrlFlow } from './checks/sso-url.js';
import { unsolicitedFlow } from './checks/unsolicited.js';
import type { FlowStep } from './steps.js';
import { readSteps } from './steps.js';

export type { FlowFinding, FlowOptions } from './context.js';
export type { FlowStep } from './steps.js';
export { readSteps } from './steps.js';
export { buildTimeline, formatTimeline } from './timeline.js';
export type { TimelineLine } from './timeline.js';

const FLOW_CHECKS: readonly FlowCheck[] = [
  noResponseFlow,
  inResponseToFlow,
  acsUrlFlow,
  relayStateFlow,
  unsolicitedFlow,
  ssoUrlFlow,
  redirectSignatureFlow,
  clockSkewFlow,
];

export interface FlowResult {
  steps: FlowStep[];
  findings: FlowFinding[];
  passed: Passed[];
}

/** Judges the messages of one capture together: does the Response answer the request that was sent, where it asked? */
export function checkFlow(capture: Capture, config: SsoConfig | undefined, opts: FlowOptions = {}): FlowResult {
  const steps = readSteps(capture);
  const ctx: FlowContext = {
    capture,
    steps,
    config,
    skewSeconds: opts.skewSeconds ?? config?.security.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS,
    spKeys: opts.spKeys ?? [],
  };
  const findings: FlowFinding[] = [];
  const passed: Passed[] = [];
  for (const check of FLOW_CHECKS) {
    const found = check.run(ctx);
    findings.push(...found);
    if (found.length) continue;
    const detail = check.passed(ctx);
    if (detail !== undefined) passed.push({ check: check.name, detail });
  }
  return { steps, findings, passed };
}
