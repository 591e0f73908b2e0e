import type { Finding } from '../../checks/types.js';
import { finding } from '../../checks/types.js';
import { inputJsonMalformed, inputJsonNotCapture } from '../../checks/input/index.js';
import type { DecodeResult } from '../types.js';
import type { Capture, CaptureKind } from './capture.js';
import { CaptureCollector } from './capture.js';
import { harEntry, tracerEntry } from './entry.js';
import type { CaptureFindingOptions } from './findings.js';
import { captureFindings } from './findings.js';
import { streamJson } from './json-stream.js';

export type { Capture, AttachedNote, CaptureKind } from './capture.js';
export type { CapturedMessage, Carrier } from './messages.js';
export type { CaptureNote, NoteKind } from './said.js';
export type { AadstsExplainer, CaptureFindingOptions } from './findings.js';
export { captureFindings, describeMessage } from './findings.js';
export { hostOf } from './said.js';

/** A string longer than this in a capture (a video, a bundle) is not SAML; it is skipped, not kept. */
const MAX_CAPTURE_STRING = 32 * 1024 * 1024;

export interface CaptureRead {
  capture?: Capture;
  /** Why the file could not be read (completely). */
  findings: Finding[];
}

export interface CaptureDecodeResult extends DecodeResult {
  capture?: Capture;
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

function creatorOf(root: unknown): string | undefined {
  const c = obj(obj(obj(root)?.log)?.creator) ?? obj(obj(obj(root)?.log)?.browser);
  if (typeof c?.name !== 'string') return undefined;
  return typeof c.version === 'string' && c.version ? `${c.name} ${c.version}` : c.name;
}

function exportTime(root: unknown): string | undefined {
  const t = obj(root)?.timestamp;
  return typeof t === 'string' ? t : undefined;
}

function notCapture(root: unknown): Finding {
  const keys = Object.keys(obj(root) ?? {}).slice(0, 10);
  return finding(inputJsonNotCapture, {
    message: `JSON without log.entries or requests (top-level keys: ${keys.join(', ') || 'none'})`,
  });
}

function collect(kind: CaptureKind, items: Iterable<unknown>, source: string, root: unknown): Capture {
  const collector = new CaptureCollector(source, kind);
  let index = 0;
  const time = exportTime(root);
  for (const item of items) {
    const entry = kind === 'har' ? harEntry(item, index) : tracerEntry(item, index, time);
    if (entry) collector.add(entry);
    index++;
  }
  return collector.finish(creatorOf(root));
}

/** A HAR (log.entries) or SAML-tracer export (requests) already parsed; undefined for other JSON. */
export function readCapture(json: unknown, source: string): Capture | undefined {
  const entries = obj(obj(json)?.log)?.entries;
  if (Array.isArray(entries)) return collect('har', entries, source, json);
  const requests = obj(json)?.requests;
  if (Array.isArray(requests)) return collect('saml-tracer', requests, source, json);
  return undefined;
}

/** Bodies that never carry SAML or error words (scripts, styles, media) are scanned, not kept. */
function skipBody(key: string, siblings: Readonly<Record<string, unknown>>): boolean {
  const mime = siblings.mimeType;
  return key === 'text' && typeof mime === 'string' && /javascript|ecmascript|css|image\/|font|video|audio|wasm|octet-stream|protobuf/i.test(mime);
}

function streamedArray(path: readonly string[]): CaptureKind | undefined {
  if (path.length === 2 && path[0] === 'log' && path[1] === 'entries') return 'har';
  if (path.length === 1 && path[0] === 'requests') return 'saml-tracer';
  return undefined;
}

/**
 * Reads a capture from byte chunks (a file stream) holding one HAR entry at a time in memory.
 * SAML-tracer exports carry no bodies and stay small, so their requests are kept until the
 * export time (written after them) is known.
 */
async function readCaptureStream(chunks: AsyncIterable<Uint8Array | string>, source: string): Promise<CaptureRead> {
  let har: CaptureCollector | undefined;
  const tracerItems: unknown[] = [];
  const stream = streamJson(chunks, { streamArray: streamedArray, maxString: MAX_CAPTURE_STRING, skipString: skipBody });
  let next = await stream.next();
  while (!next.done) {
    const item = next.value;
    if (item.array === 'har') {
      har ??= new CaptureCollector(source, 'har');
      const entry = harEntry(item.value, item.index);
      if (entry) har.add(entry);
    } else {
      tracerItems.push(item.value);
    }
    next = await stream.next();
  }
  const end = next.value;
  const findings: Finding[] = [];
  let capture: Capture | undefined;
  if (har) capture = har.finish(creatorOf(end.root));
  else if (tracerItems.length || Array.isArray(obj(end.root)?.requests)) capture = collect('saml-tracer', tracerItems, source, end.root);
  else if (Array.isArray(obj(obj(end.root)?.log)?.entries)) capture = new CaptureCollector(source, 'har').finish(creatorOf(end.root));

  if (end.error) {
    const read = capture ? `; the ${capture.entryCount} entries before that point were read` : '';
    findings.push(
      finding(inputJsonMalformed, {
        severity: capture?.messages.length ? 'warning' : 'error',
        message: `the capture is not valid JSON at byte ${end.error.offset}: ${end.error.message}${read}`,
        hint: 'Export the capture again; a file cut short (disk full, upload limit) looks like this.',
        location: `byte ${end.error.offset}`,
      }),
    );
  } else if (!capture) {
    findings.push(notCapture(end.root));
  }
  return { capture, findings };
}

function toDecodeResult(read: CaptureRead, opts: CaptureFindingOptions): CaptureDecodeResult {
  const c = read.capture;
  if (!c) return { kind: 'unknown', messages: [], findings: read.findings };
  return {
    kind: c.kind,
    messages: c.messages.map(({ xml, provenance }) => ({ xml, provenance })),
    findings: [...read.findings, ...c.findings, ...captureFindings(c, opts)],
    capture: c,
  };
}

/** Small inputs already parsed by the input layer: a HAR or SAML-tracer JSON object. */
export function decodeCapture(json: unknown, source: string, opts: CaptureFindingOptions = {}): CaptureDecodeResult {
  const capture = readCapture(json, source);
  if (capture) return toDecodeResult({ capture, findings: [] }, opts);
  return toDecodeResult({ findings: [notCapture(json)] }, opts);
}

/** Files of any size: pass `fs.createReadStream(path)`. */
export async function decodeCaptureStream(
  chunks: AsyncIterable<Uint8Array | string>,
  source: string,
  opts: CaptureFindingOptions = {},
): Promise<CaptureDecodeResult> {
  return toDecodeResult(await readCaptureStream(chunks, source), opts);
}
