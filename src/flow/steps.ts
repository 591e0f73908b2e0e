import type { Capture, CapturedMessage } from '../input/capture/index.js';
import { hostOf } from '../input/capture/index.js';
import type { Provenance } from '../input/types.js';
import { identifyMessage, readAuthnRequest, readLogoutRequest, readLogoutResponse, readResponse } from '../saml/index.js';
import type { MessageKind } from '../saml/types.js';
import { parseXml } from '../xml/parse.js';

/** One SAML message of a capture, with the few facts the flow is judged on. */
export interface FlowStep {
  /** Index into Capture.messages. */
  messageIndex: number;
  kind: MessageKind;
  provenance: Provenance;
  /** Where it was sent (no query). */
  url?: string;
  host: string;
  id?: string;
  inResponseTo?: string;
  issueInstant?: string;
  destination?: string;
  issuer?: string;
  /** AuthnRequest only. */
  acsUrl?: string;
  /** Response / LogoutResponse: the top-level status code's last segment, e.g. 'Success', 'Requester/InvalidNameIDPolicy'. */
  status?: string;
}

function shortStatus(code?: string, sub?: string): string | undefined {
  const last = (s?: string) => s?.split(':').pop();
  if (!code) return undefined;
  return sub ? `${last(code)}/${last(sub)}` : last(code);
}

function readStep(message: CapturedMessage, messageIndex: number): FlowStep {
  const p = message.provenance;
  const step: FlowStep = { messageIndex, kind: 'unknown', provenance: p, url: p.url, host: p.url ? hostOf(p.url) : '' };
  const { doc } = parseXml(message.xml);
  const root = doc?.documentElement;
  if (!doc || !root) return step;
  step.kind = identifyMessage(doc);
  switch (step.kind) {
    case 'response': {
      const r = readResponse(root);
      Object.assign(step, { id: r.id, inResponseTo: r.inResponseTo, issueInstant: r.issueInstant, destination: r.destination, issuer: r.issuer });
      step.status = shortStatus(r.status.code, r.status.subCode);
      break;
    }
    case 'authn-request': {
      const r = readAuthnRequest(root);
      Object.assign(step, { id: r.id, issueInstant: r.issueInstant, destination: r.destination, issuer: r.issuer, acsUrl: r.assertionConsumerServiceUrl });
      break;
    }
    case 'logout-request': {
      const r = readLogoutRequest(root);
      Object.assign(step, { id: r.id, issueInstant: r.issueInstant, destination: r.destination, issuer: r.issuer });
      break;
    }
    case 'logout-response': {
      const r = readLogoutResponse(root);
      Object.assign(step, { id: r.id, inResponseTo: r.inResponseTo, issueInstant: r.issueInstant, destination: r.destination, issuer: r.issuer });
      step.status = shortStatus(r.status.code, r.status.subCode);
      break;
    }
    default:
  }
  return step;
}

/** The capture's SAML messages in order, each read once. */
export function readSteps(capture: Capture): FlowStep[] {
  return capture.messages.map(readStep);
}

/** The AuthnRequest a Response answers: the earlier one with its InResponseTo, else the latest earlier one. */
export function requestFor(steps: readonly FlowStep[], response: FlowStep): { request?: FlowStep; matched: boolean } {
  const earlier = steps.filter((s) => s.kind === 'authn-request' && s.messageIndex < response.messageIndex);
  const matched = response.inResponseTo !== undefined ? earlier.find((s) => s.id === response.inResponseTo) : undefined;
  if (matched) return { request: matched, matched: true };
  return { request: earlier[earlier.length - 1], matched: false };
}
