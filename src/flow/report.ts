import type { Finding } from '../checks/types.js';
import type { SsoConfig } from '../config/types.js';
import type { Capture, CaptureDecodeResult } from '../input/capture/index.js';
import type { DecodedMessage } from '../input/types.js';
import { makeResult } from '../report/build.js';
import { formatUtc } from '../util/time.js';
import type { Result } from '../report/types.js';
import type { FlowOptions, FlowResult } from './index.js';
import { checkFlow } from './index.js';
import type { FlowStep } from './steps.js';
import { readSteps } from './steps.js';
import { buildTimeline, formatTimeline } from './timeline.js';

const KIND_NAME = { har: 'HAR', 'saml-tracer': 'SAML-tracer export' } as const;

function utc(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatUtc(ms);
}

function contextLines(capture: Capture, label: string): string[] {
  const from = capture.creator ? ` from ${capture.creator}` : '';
  const lines = [
    `${label}: ${KIND_NAME[capture.kind]}${from}, ${capture.entryCount} request${capture.entryCount === 1 ? '' : 's'}, ` +
      `${capture.messages.length} SAML message${capture.messages.length === 1 ? '' : 's'}`,
  ];
  const first = utc(capture.firstTime);
  const last = utc(capture.lastTime);
  if (first) lines.push(`captured ${first}${last && last !== first ? ` – ${last.slice(11)}` : ''}`);
  return lines;
}

/** The capture as a whole: its timeline, and the findings that belong to no single message. */
function overview(
  decoded: CaptureDecodeResult,
  label: string,
  findings: Finding[],
  steps: readonly FlowStep[],
  flow?: FlowResult,
): Result {
  const capture = decoded.capture!;
  const timeline = buildTimeline(capture, steps);
  return makeResult({
    input: label,
    type: 'capture',
    findings,
    passed: flow?.passed,
    context: contextLines(capture, label),
    body: timeline.length ? ['Timeline', ...formatTimeline(timeline).map((l) => `  ${l}`)] : undefined,
    details: {
      kind: capture.kind,
      creator: capture.creator,
      entries: capture.entryCount,
      hosts: capture.hosts,
      firstTime: capture.firstTime,
      lastTime: capture.lastTime,
      timeline,
    },
  });
}

/** `inspect` of a capture: the timeline first, then each message as inspect shows it. */
export function inspectCapture(
  decoded: CaptureDecodeResult,
  label: string,
  inspectMessages: (messagesOnly: CaptureDecodeResult) => Result[],
): Result[] {
  if (!decoded.capture) return inspectMessages(decoded);
  const head = overview(decoded, label, decoded.findings, readSteps(decoded.capture));
  if (!decoded.messages.length) return [head];
  return [head, ...inspectMessages({ ...decoded, findings: [] })];
}

export interface CaptureValidateOptions extends FlowOptions {
  /** Judges one Response as of `now` (validateResponse with the CLI's options). */
  validate(message: DecodedMessage, now: Date): Result;
  /** --now: when given it wins over each entry's capture time. */
  now?: Date;
  /** Used for a message without a capture time when --now is absent. */
  fallbackNow: Date;
}

/**
 * `validate` of a capture: every Response judged as of the moment it was captured (unless --now),
 * the flow checks attached to the Response they concern, the rest on the capture's own result.
 */
export function validateCapture(
  decoded: CaptureDecodeResult,
  label: string,
  config: SsoConfig,
  opts: CaptureValidateOptions,
): Result[] {
  // validate passes the file name, which is absent for a capture piped on stdin.
  label ||= decoded.capture?.source ?? 'stdin';
  const capture = decoded.capture;
  if (!capture) return [makeResult({ input: label, type: 'unknown', findings: decoded.findings })];
  const flow = checkFlow(capture, config, opts);
  const responseIndexes = new Set(flow.steps.filter((s) => s.kind === 'response').map((s) => s.messageIndex));
  const general = flow.findings.filter((f) => f.messageIndex === undefined || !responseIndexes.has(f.messageIndex));
  const head = overview(decoded, label, [...decoded.findings, ...general.map((f) => f.finding)], flow.steps, flow);

  const results: Result[] = [head];
  for (const index of responseIndexes) {
    const message = capture.messages[index]!;
    const captured = message.provenance.capturedAt ? new Date(message.provenance.capturedAt) : undefined;
    const now = opts.now ?? (captured && !Number.isNaN(captured.getTime()) ? captured : opts.fallbackNow);
    const result = opts.validate(message, now);
    // A flow finding with a code the single-message validation already reported would say the same twice.
    const codes = new Set(result.findings.map((f) => f.code));
    const extra = flow.findings.filter((f) => f.messageIndex === index && !codes.has(f.finding.code)).map((f) => f.finding);
    results.push(extra.length ? makeResult({ ...result, findings: [...result.findings, ...extra] }) : result);
  }
  return results;
}
