import type { Element } from '@xmldom/xmldom';
import type { Finding } from '../checks/types.js';
import { finding } from '../checks/types.js';
import { notSaml, unknownMessage } from '../checks/message/index.js';
import type { DecodedInput } from '../input/decode.js';
import type { DecodedMessage, Provenance } from '../input/types.js';
import { recognizeIdp } from '../knowledge/recognize.js';
import { makeResult } from '../report/build.js';
import type { Result } from '../report/types.js';
import type { MessageKind } from '../saml/types.js';
import { identifyMessage } from '../saml/identify.js';
import { readResponse } from '../saml/response.js';
import { readAssertion } from '../saml/assertion.js';
import { readAuthnRequest } from '../saml/authn-request.js';
import { readLogoutRequest, readLogoutResponse } from '../saml/logout.js';
import { MD, SAML, SAMLP } from '../saml/ns.js';
import type { XmlLimits } from '../xml/parse.js';
import { parseXml } from '../xml/parse.js';
import type { CertificateReading } from './certificate.js';
import { summarizeCertificate } from './certificate.js';
import type { NowSource } from './header.js';
import { asOfLine, provenanceLines, shortenIds } from './header.js';
import type { MetadataSummary } from './metadata-summary.js';
import { summarizeMetadata } from './metadata-summary.js';
import { prettyXml } from './pretty-xml.js';
import {
  certificateRows,
  renderAssertion,
  renderAuthnRequest,
  renderLogoutRequest,
  renderLogoutResponse,
  renderMetadata,
  renderResponse,
} from './render.js';
import type {
  AuthnRequestSummary,
  LogoutRequestSummary,
  LogoutResponseSummary,
  ResponseSummary,
  SignatureSummary,
  StandaloneAssertionSummary,
} from './summary.js';
import {
  summarizeAuthnRequest,
  summarizeLogoutRequest,
  summarizeLogoutResponse,
  summarizeResponse,
  summarizeStandaloneAssertion,
} from './summary.js';
import { parseSamlTime } from '../util/time.js';

export interface InspectOptions {
  now: Date;
  /** --now was given: it wins; otherwise a capture's time is used for its messages. */
  nowExplicit: boolean;
  /** Show the decoded XML, indented, instead of the summary. */
  xml?: boolean;
  xmlLimits?: Partial<XmlLimits>;
}

export type MessageSummary =
  | ResponseSummary
  | StandaloneAssertionSummary
  | AuthnRequestSummary
  | LogoutRequestSummary
  | LogoutResponseSummary
  | MetadataSummary;

/** `details` of an inspect result: the JSON form of what the human output shows. */
export interface InspectDetails {
  kind: MessageKind | 'certificate';
  /** The instant relative times were computed for. */
  now: string;
  provenance?: Provenance;
  message?: MessageSummary;
  /** Root element of XML that is not a message saml-doctor summarises. */
  root?: { name: string; namespace?: string };
  certificates?: CertificateReading[];
  /** The decoded XML, indented (with --xml). */
  xml?: string;
}

const RESULT_TYPE: Record<MessageKind, string> = {
  response: 'response',
  assertion: 'assertion',
  'authn-request': 'authn-request',
  'logout-request': 'logout-request',
  'logout-response': 'logout-response',
  'entity-descriptor': 'metadata',
  'entities-descriptor': 'metadata',
  unknown: 'unknown',
};

/**
 * One Result per decoded message; a certificate input gets a certificate summary; an input that
 * decoded to nothing gets one Result carrying the decoder's findings.
 */
export function inspectDecoded(decoded: DecodedInput, label: string, opts: InspectOptions): Result[] {
  if (decoded.kind === 'certificate' && !decoded.messages.length) {
    return [inspectCertificates(decoded.certificates ?? [], decoded.findings, label, opts)];
  }
  if (!decoded.messages.length) {
    return [
      makeResult({
        input: label,
        type: decoded.kind,
        findings: decoded.findings,
        context: [`${label}: no SAML message found`, asOfLine(opts.now, opts.nowExplicit ? 'option' : 'clock')],
        details: { kind: 'unknown', now: opts.now.toISOString() } satisfies InspectDetails,
      }),
    ];
  }
  const several = decoded.messages.length > 1;
  return decoded.messages.map((msg, i) => {
    const entry = msg.provenance.entryIndex;
    const name = entry !== undefined ? `${label}#${entry}` : several ? `${label}#${i + 1}` : label;
    // Input-level findings (a part that failed to decode) travel with the first message.
    return inspectMessage(msg, name, opts, i === 0 ? decoded.findings : []);
  });
}

export function inspectMessage(msg: DecodedMessage, label: string, opts: InspectOptions, extraFindings: Finding[] = []): Result {
  const captured = parseSamlTime(msg.provenance.capturedAt);
  const nowSource: NowSource = opts.nowExplicit ? 'option' : captured !== undefined ? 'capture' : 'clock';
  const now = nowSource === 'capture' ? new Date(captured!) : opts.now;
  const header = provenanceLines(msg.provenance, now, nowSource);
  const base = { now: now.toISOString(), provenance: msg.provenance };

  const parsed = parseXml(msg.xml, opts.xmlLimits);
  const findings = [...extraFindings, ...parsed.findings];
  const root = parsed.doc?.documentElement;
  if (!parsed.doc || !root) {
    return makeResult({
      input: label,
      type: 'unknown',
      findings,
      context: ['XML that could not be read', ...header],
      details: { kind: 'unknown', ...base } satisfies InspectDetails,
    });
  }

  const kind = identifyMessage(parsed.doc);
  const pretty = opts.xml ? prettyXml(msg.xml) : undefined;
  const view = kind === 'unknown' ? unknownView(root, findings) : summaryView(kind, root, now, commandArg(label));
  return makeResult({
    input: label,
    type: RESULT_TYPE[kind],
    findings,
    context: [view.title, ...header],
    body: pretty !== undefined ? pretty.split('\n') : view.body,
    details: { kind, ...base, ...view.details, ...(pretty !== undefined ? { xml: pretty } : {}) } satisfies InspectDetails,
  });
}

interface View {
  title: string;
  body: string[];
  details: Pick<InspectDetails, 'message' | 'root'>;
}

function summaryView(kind: Exclude<MessageKind, 'unknown'>, root: Element, now: Date, file: string): View {
  switch (kind) {
    case 'response': {
      const s = summarizeResponse(readResponse(root));
      const status = s.status.name && s.status.name !== 'Success' ? ` · ${[s.status.name, s.status.subName].filter(Boolean).join(' / ')}` : '';
      return {
        title: `Response ${idOf(s.id)} from ${issuerOf(s.issuer, [s.signature, ...s.assertions.map((a) => a.signature)])}${status}`,
        body: renderResponse(s, now),
        details: { message: s },
      };
    }
    case 'assertion': {
      const s = summarizeStandaloneAssertion(readAssertion(root));
      return { title: `Assertion ${idOf(s.id)} from ${issuerOf(s.issuer, [s.signature])}`, body: renderAssertion(s, now), details: { message: s } };
    }
    case 'authn-request': {
      const s = summarizeAuthnRequest(readAuthnRequest(root));
      return {
        title: `AuthnRequest ${idOf(s.id)} from ${s.issuer ?? '(no Issuer)'}${s.destination ? ` to ${s.destination}` : ''}`,
        body: renderAuthnRequest(s, now),
        details: { message: s },
      };
    }
    case 'logout-request': {
      const s = summarizeLogoutRequest(readLogoutRequest(root));
      return { title: `LogoutRequest ${idOf(s.id)} from ${s.issuer ?? '(no Issuer)'}`, body: renderLogoutRequest(s, now), details: { message: s } };
    }
    case 'logout-response': {
      const s = summarizeLogoutResponse(readLogoutResponse(root));
      return { title: `LogoutResponse ${idOf(s.id)} from ${s.issuer ?? '(no Issuer)'}`, body: renderLogoutResponse(s, now), details: { message: s } };
    }
    case 'entity-descriptor':
    case 'entities-descriptor': {
      const s = summarizeMetadata(root);
      const title =
        s.kind === 'entity-descriptor'
          ? `Metadata of ${s.entities[0]?.entityId ?? '(no entityID)'}${s.entities[0]?.roles.length ? ` (${s.entities[0].roles.join(', ')})` : ''}`
          : `Metadata aggregate${s.name ? ` ${s.name}` : ''}: ${s.entityCount} ${s.entityCount === 1 ? 'entity' : 'entities'}`;
      return { title, body: renderMetadata(s, now, file), details: { message: s } };
    }
  }
}

const SAML_NAMESPACES = new Set([SAMLP, SAML, MD]);

function unknownView(root: Element, findings: Finding[]): View {
  const name = root.tagName;
  const namespace = root.namespaceURI ?? undefined;
  const described = `<${name}>${namespace ? ` (namespace ${namespace})` : ' (no namespace)'}`;
  if (namespace && SAML_NAMESPACES.has(namespace)) {
    findings.push(
      finding(unknownMessage, {
        message: `the root element is ${described}, a SAML element inspect does not summarise`,
        expected: 'Response, Assertion, AuthnRequest, LogoutRequest, LogoutResponse, EntityDescriptor or EntitiesDescriptor',
        actual: root.localName ?? name,
        location: `/${name}`,
      }),
    );
  } else {
    findings.push(
      finding(notSaml, {
        message: `the XML is not a SAML message: its root element is ${described}`,
        expected: `a root element in the SAML protocol, assertion or metadata namespace (e.g. samlp:Response in ${SAMLP})`,
        actual: described,
        hint: 'Copy the SAMLResponse (or SAMLRequest) value itself, from the POST to the app\'s ACS URL, or save the login as a HAR file and pass that.',
        location: `/${name}`,
      }),
    );
  }
  return { title: `XML with root element <${name}>`, body: [], details: { root: { name, namespace } } };
}

function idOf(id: string | undefined): string {
  if (id === undefined) return '(no ID)';
  return id.length > 14 ? `${id.slice(0, 10)}…` : id;
}

/** The Issuer, shortened, with the IdP product it points at (from the issuer or the carried certificate). */
function issuerOf(issuer: string | undefined, signatures: (SignatureSummary | undefined)[]): string {
  const cert = signatures.flatMap((s) => s?.certificates ?? []).find((c) => c.ok);
  const certSubject = cert?.ok ? cert.certificate.subject : undefined;
  const idp = recognizeIdp({ issuer, certSubject });
  const name = idp && idp.idp.id !== 'generic' ? ` (${idp.idp.name})` : '';
  return `${issuer ? shortenIds(issuer) : '(no Issuer)'}${name}`;
}

/**
 * The input as an argument of a suggested command, so it can be copied as is: the path when the
 * input was a file, FILE when it was stdin, a paste or an entry inside a capture.
 */
function commandArg(label: string): string {
  if (label === 'stdin' || label === 'pasted input' || label.includes('#')) return 'FILE';
  return /^[\w./@:+-]+$/.test(label) ? label : `'${label.replace(/'/g, "'\\''")}'`;
}

function inspectCertificates(ders: Uint8Array[], findings: Finding[], label: string, opts: InspectOptions): Result {
  const readings = ders.map((d) => summarizeCertificate(d));
  const body: string[] = [];
  readings.forEach((r, i) => {
    if (i > 0) body.push('');
    body.push(readings.length > 1 ? `Certificate ${i + 1} of ${readings.length}` : 'Certificate');
    if (r.ok) body.push(...certificateRows(r.certificate, opts.now));
    else body.push(`  not a readable X.509 certificate (${r.error})`);
  });
  body.push('', `To lint it, repair it or get a clean PEM: saml-doctor cert ${commandArg(label)}`);
  const first = readings[0];
  const title = first?.ok ? `Certificate ${first.certificate.subject || '(empty subject)'}` : 'Certificate';
  return makeResult({
    input: label,
    type: 'certificate',
    findings,
    context: [title, `${asOfLine(opts.now, opts.nowExplicit ? 'option' : 'clock')} · ${label}`],
    body,
    details: { kind: 'certificate', now: opts.now.toISOString(), certificates: readings } satisfies InspectDetails,
  });
}
