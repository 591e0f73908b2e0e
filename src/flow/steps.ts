import type { Element } from '@xmldom/xmldom';
import type { Capture, CapturedMessage } from '../input/capture/index.js';
import { hostOf } from '../input/capture/index.js';
import type { Provenance } from '../input/types.js';
import { identifyMessage, readAuthnRequest, readLogoutRequest, readLogoutResponse, readResponse } from '../saml/index.js';
import type { MessageKind } from '../saml/types.js';
import { MESSAGE_XML_LIMITS, parseXml } from '../xml/parse.js';

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

function readModel(kind: MessageKind, root: Element) {
  switch (kind) {
    case 'response':
      return readResponse(root);
    case 'authn-request':
      return readAuthnRequest(root);
    case 'logout-request':
      return readLogoutRequest(root);
    case 'logout-response':
      return readLogoutResponse(root);
    default:
      return undefined;
  }
}

function readStep(message: CapturedMessage, messageIndex: number): FlowStep {
  const p = message.provenance;
  const step: FlowStep = { messageIndex, kind: 'unknown', provenance: p, url: p.url, host: p.url ? hostOf(p.url) : '' };
  // Same bounds validate uses for a message, so a hostile capture entry is refused here too, not parsed in full.
  const { doc } = parseXml(message.xml, MESSAGE_XML_LIMITS);
  const root = doc?.documentElement;
  if (!doc || !root) return step;
  step.kind = identifyMessage(doc);
  const m = readModel(step.kind, root);
  if (!m) return step;
  Object.assign(step, { id: m.id, issueInstant: m.issueInstant, destination: m.destination, issuer: m.issuer });
  if ('status' in m) {
    step.inResponseTo = m.inResponseTo;
    step.status = shortStatus(m.status.code, m.status.subCode);
  }
  if ('assertionConsumerServiceUrl' in m) step.acsUrl = m.assertionConsumerServiceUrl;
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
