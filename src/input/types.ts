import type { Finding } from '../checks/types.js';

/** Where a decoded message came from and how it was unwrapped. Shown in reports, used by flow checks. */
export interface Provenance {
  /** The input label: a file path or 'stdin'. */
  source: string;
  /** Decoding steps applied, outermost first, e.g. ['url', 'query', 'url-decode', 'base64', 'inflate']. */
  steps: string[];
  /** SAML binding the message travelled by, when known. */
  binding?: 'HTTP-POST' | 'HTTP-Redirect' | 'SOAP' | 'Artifact';
  /** Form or query parameter that carried it. */
  parameter?: 'SAMLResponse' | 'SAMLRequest';
  relayState?: string;
  /** Redirect binding signature parts, kept verbatim. */
  sigAlg?: string;
  signature?: string;
  /** The exact query bytes a redirect-binding signature covers ("SAMLRequest=...&RelayState=...&SigAlg=..."). */
  signedQuery?: string;
  /** URL the message was sent to (redirect URL or form action / request URL). */
  url?: string;
  method?: string;
  /** HAR or SAML-tracer entry index (0-based) and capture details. */
  entryIndex?: number;
  capturedAt?: string;
  httpStatus?: number;
}

/** One SAML (or metadata) XML document found in the input. */
export interface DecodedMessage {
  xml: string;
  provenance: Provenance;
}

/** What the bytes of an input turned out to be. */
export type InputKind =
  | 'xml'
  | 'base64'
  | 'url-encoded'
  | 'form'
  | 'url'
  | 'html'
  | 'har'
  | 'saml-tracer'
  | 'certificate'
  | 'unknown';

export interface DecodeResult {
  kind: InputKind;
  messages: DecodedMessage[];
  /** Why nothing (or not everything) could be decoded: input-* findings. */
  findings: Finding[];
}
