import type { Finding } from '../checks/types.js';
import type { SsoConfig } from '../config/types.js';
import type { Capture } from '../input/capture/index.js';
import type { FlowStep } from './steps.js';

export interface FlowOptions {
  /** PEM certificates or keys of the SP (a private key works too): redirect-binding AuthnRequest signatures are verified with them. */
  spKeys?: string[];
  /** Overrides the config's clock skew allowance. */
  skewSeconds?: number;
}

export interface FlowContext {
  capture: Capture;
  steps: FlowStep[];
  config?: SsoConfig;
  skewSeconds: number;
  spKeys: string[];
}

/** A finding and the capture message it concerns (so a report can show it next to that message). */
export interface FlowFinding {
  messageIndex?: number;
  finding: Finding;
}

/** One flow check per file: its findings, and a line for the "passed" summary when it found nothing. */
export interface FlowCheck {
  name: string;
  run(ctx: FlowContext): FlowFinding[];
  /** Undefined when the check had nothing to judge. */
  passed(ctx: FlowContext): string | undefined;
}

export function responses(ctx: FlowContext): FlowStep[] {
  return ctx.steps.filter((s) => s.kind === 'response');
}

export function authnRequests(ctx: FlowContext): FlowStep[] {
  return ctx.steps.filter((s) => s.kind === 'authn-request');
}

export function shortId(id: string | undefined): string {
  if (!id) return '(no ID)';
  return id.length > 14 ? `${id.slice(0, 12)}…` : id;
}

export function stepLabel(step: FlowStep): string {
  const what = step.kind === 'authn-request' ? 'AuthnRequest' : step.kind === 'response' ? 'Response' : step.kind;
  return `${what} ${shortId(step.id)} (entry ${step.provenance.entryIndex})`;
}
