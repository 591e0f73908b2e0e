import type { Finding, Passed } from '../../checks/types.js';
import { finding } from '../../checks/types.js';
import { certificateChecks } from '../../checks/certificate/index.js';
import {
  certArmorMisspelt,
  certBadPadding,
  certChain,
  certControlChars,
  certCrlf,
  certDer,
  certEncoding,
  certEscapedNewlines,
  certFromMessage,
  certInvalidBase64Char,
  certLineWidth,
  certMissingArmor,
  certMultiple,
  certNonAscii,
  certNotFound,
  certPkcs7,
  certTextAround,
  certTrailingData,
  certUnparseable,
  certWhitespaceInBody,
} from '../../checks/certificate/rules.js';
import { decodeInput } from '../../input/decode.js';
import { armorLine, findArmor, type ArmorLine } from './armor.js';
import { lintBody } from './body.js';
import { classifyDer } from './classify.js';
import { commonName, type CertFacts, type ParsedCertificate } from './facts.js';
import { handleObject, reportPrivateKey, type Found, type Sink } from './objects.js';
import { canonicalPem } from './pem.js';
import { MAX_BLOCKS, pairBlocks, type Block } from './blocks.js';
import { relate } from './relate.js';
import { cleanText, decodeBytes, nonAsciiFinding, position, restoreOriginal, type Substitution } from './text.js';
import { certificatesInXml, looksLikeXml } from './xml-source.js';

/** What the input turned out to be. */
export type CertInputKind = 'pem' | 'der' | 'base64' | 'metadata' | 'message' | 'xml' | 'unknown';

export interface LintedCertificate {
  der: Buffer;
  facts: CertFacts;
  /** Where it was first found: 'line 3', 'block 2 (line 30)', an XML element path. */
  location: string;
  /** How many times the same certificate appeared. */
  occurrences: number;
  /** In a chain: the signing certificate (leaf) or one of the CAs above it. */
  role?: 'leaf' | 'ca';
  /** From metadata: the KeyDescriptor use (absent: both). */
  uses?: ('signing' | 'encryption')[];
}

export interface CertLintResult {
  kind: CertInputKind;
  /** Text-shape and content findings, in the order met. */
  findings: Finding[];
  passed: Passed[];
  /** Distinct certificates, in order of appearance. */
  certificates: LintedCertificate[];
  /** What --fix prints: the leaf of a chain, else every distinct certificate; canonical PEM. */
  repairedPem?: string;
  /** Why there is no repaired PEM. */
  notRepairable?: string;
}

export interface CertLintOptions {
  /** Time the certificates are judged at. */
  now: Date;
}

/**
 * Reads whatever a person has that should be a certificate (PEM, DER, bare base64, Entra's .cer
 * downloads, metadata, a SAML message, a chat paste) and says what is wrong with it, what it is, and
 * — when the certificate inside is intact — gives it back as canonical PEM. Pure and total.
 */
export function lintCertificateText(input: Uint8Array | string, opts: CertLintOptions): CertLintResult {
  const sink = new Collector();
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if (isBinary(input)) return finish(sink, lintDer(Buffer.from(input), sink), opts);
    const decoded = decodeBytes(input);
    sink.findings.push(...decoded.findings);
    text = decoded.text;
  }
  if (text.trim() === '') {
    sink.fatal('the input is empty');
    sink.findings.push(
      finding(certUnparseable, {
        message: 'the input is empty',
        expected: 'a certificate',
        actual: '(nothing)',
        hint: 'Copy the certificate again; the clipboard or file was empty.',
      }),
    );
    return finish(sink, 'unknown', opts);
  }
  if (looksLikeXml(text)) return finish(sink, lintXml(text, sink), opts);
  return finish(sink, lintText(text, sink), opts);
}

class Collector implements Sink {
  findings: Finding[] = [];
  found: Found[] = [];
  reasons: string[] = [];
  skipped: string[] = [];
  fatal(reason: string): void {
    this.reasons.push(reason);
  }
  skip(reason: string): void {
    this.skipped.push(reason);
  }
}

function isBinary(b: Uint8Array): boolean {
  const head = b.subarray(0, 512);
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
  if (head[0] === 0x30 && head.length > 1 && head[1]! >= 0x80) return true;
  return head.some((c) => c === 0 || (c < 0x09 && c !== 0));
}

function lintDer(der: Buffer, sink: Collector): CertInputKind {
  handleObject(der, { location: 'the file', labelKind: undefined, binary: true }, sink);
  if (classifyDer(der).kind === 'certificate') {
    sink.findings.unshift(
      finding(certDer, {
        message: 'binary DER certificate (Entra\'s "Certificate (Raw)" download); forms that take a pasted certificate need PEM',
        expected: 'PEM text (-----BEGIN CERTIFICATE-----)',
        actual: 'DER (binary)',
        hint: 'Download "Certificate (Base64)" instead, or use --fix to convert this file.',
      }),
    );
  }
  return 'der';
}

interface XmlOptions {
  /** Prefix for locations, e.g. 'HAR entry 14' when the document came out of a capture. */
  where?: string;
  /** One of several documents: an empty one is not a finding by itself. */
  quietIfEmpty?: boolean;
}

function lintXml(text: string, sink: Collector, opts: XmlOptions = {}): CertInputKind {
  const xml = certificatesInXml(text);
  sink.findings.push(...xml.findings);
  if (opts.where) for (const item of xml.items) item.location = `${opts.where}: ${item.location}`;
  if (!xml.items.length && opts.quietIfEmpty) return xml.kind;
  if (!xml.items.length) {
    sink.fatal('the XML holds no certificate');
    if (!xml.findings.length) {
      sink.findings.push(
        finding(certNotFound, {
          message: `the ${xml.root || 'XML'} document holds no ds:X509Certificate`,
          expected: 'a KeyInfo/X509Data/X509Certificate element',
          actual: 'none',
          hint:
            xml.kind === 'message'
              ? 'The message carries no certificate (normal when the IdP omits KeyInfo); pass the IdP certificate or metadata instead.'
              : 'Pass the IdP certificate or its federation metadata (Microsoft Entra: SAML Certificates › App Federation Metadata Url).',
        }),
      );
    }
    return xml.kind;
  }
  if (xml.kind === 'message') {
    sink.findings.push(
      finding(certFromMessage, {
        message: `the certificate${xml.items.length === 1 ? ' was' : 's were'} read from the ${xml.root}'s own KeyInfo; that proves nothing about who sent it`,
        hint: 'SP admin: compare it with the certificate configured in the app (saml-doctor cert THIS --compare idp.pem).',
      }),
    );
  }
  for (const item of xml.items) {
    const cleaned = cleanText(item.text);
    const local: Finding[] = [...cleaned.findings];
    const nonAscii = nonAsciiFinding(cleaned.text, cleaned.substitutions);
    if (nonAscii) local.push(nonAscii);
    const body = lintBody({ text: cleaned.text, start: 0, end: cleaned.text.length, mode: 'xml' });
    local.push(...body.findings);
    for (const f of local) f.location = f.location ? `${item.location}, ${f.location} of its text` : item.location;
    sink.findings.push(...local);
    const unproven = body.unproven ?? lookalikeNote(cleaned.substitutions);
    for (const der of body.ders) {
      handleObject(der, { location: item.location, labelKind: 'certificate', ...(unproven ? { unproven } : {}), use: item.use ?? 'both' }, sink);
    }
  }
  return xml.kind;
}

function lookalikeNote(subs: readonly Substitution[]): string | undefined {
  return subs.some((s) => s.mapping?.lookalike) ? 'letters from other scripts were read as their Latin look-alikes' : undefined;
}

function lintText(raw: string, sink: Collector): CertInputKind {
  const cleaned = cleanText(raw);
  const text = cleaned.text;
  sink.findings.push(...cleaned.findings);
  const armor = findArmor(text);
  if (!armor.length) return lintBare(text, cleaned.substitutions, sink);

  let blocks = pairBlocks(text, armor);
  if (blocks.length > MAX_BLOCKS) {
    sink.fatal(`the input holds ${blocks.length} BEGIN/END blocks; only the first ${MAX_BLOCKS} were read`);
    sink.findings.push(
      finding(certMultiple, {
        message: `${blocks.length} BEGIN/END blocks (a CA bundle or a damaged paste); only the first ${MAX_BLOCKS} were read`,
        expected: 'one certificate',
        actual: `${blocks.length} blocks`,
        hint: 'Pass only the IdP signing certificate.',
      }),
    );
    blocks = blocks.slice(0, MAX_BLOCKS);
  }
  const spans = blocks.map((b) => [b.begin?.start ?? b.bodyStart, b.end?.end ?? b.bodyEnd] as const);
  const inside = (at: number) => spans.some(([s, e]) => at >= s && at < e);
  const nonAscii = nonAsciiFinding(text, cleaned.substitutions.filter((s) => inside(s.at)));
  if (nonAscii) sink.findings.push(nonAscii);
  textAround(text, spans, sink);

  blocks.forEach((block, i) => {
    const line = block.begin?.lineNumber ?? lineOf(text, block.bodyStart);
    const location = blocks.length === 1 ? `line ${line}` : `block ${i + 1} (line ${line})`;
    armorFindings(text, block, location, cleaned.substitutions, sink);
    const sharesArmorLine =
      (block.begin !== undefined && text.slice(block.begin.end, block.begin.lineEnd).trim() !== '') ||
      (block.end !== undefined && text.slice(block.end.lineStart, block.end.start).trim() !== '');
    const labelKind = block.begin?.labelKind ?? block.end?.labelKind ?? 'certificate';
    if (labelKind === 'private-key') {
      // Say what it is and nothing about its content: no positions or excerpts of key material.
      reportPrivateKey((block.begin ?? block.end)!.label.includes('ENCRYPTED'), location, sink);
      return;
    }
    const body = lintBody({ text, start: block.bodyStart, end: block.bodyEnd, mode: 'pem', sharesArmorLine });
    sink.findings.push(...body.findings);
    if (body.ders.every((d) => d.length === 0)) {
      sink.fatal(`${location}: the block has no body`);
      sink.findings.push(
        finding(certUnparseable, {
          message: 'the BEGIN/END lines enclose no base64 body',
          expected: 'the base64 lines of the certificate between BEGIN and END',
          actual: '(nothing)',
          location,
          hint: 'Copy the whole certificate, not just its first and last lines.',
        }),
      );
      return;
    }
    const blockSubs = cleaned.substitutions.filter((s) => s.at >= block.bodyStart && s.at < block.bodyEnd);
    const unproven = body.unproven ?? lookalikeNote(blockSubs);
    const glued = body.ders.length > 1;
    for (const der of body.ders) {
      handleObject(der, { location, labelKind, ...(unproven ? { unproven } : {}), ...(glued ? { glued } : {}) }, sink);
    }
  });
  return 'pem';
}

function lineOf(text: string, offset: number): number {
  return Number(/^line (\d+)/.exec(position(text, offset))![1]);
}

function armorFindings(text: string, block: Block, location: string, subs: readonly Substitution[], sink: Collector): void {
  const label = block.begin?.canonicalLabel ?? block.end?.canonicalLabel ?? 'CERTIFICATE';
  const missing = [!block.begin && 'BEGIN', !block.end && 'END'].filter(Boolean) as string[];
  if (missing.length) {
    sink.findings.push(
      finding(certMissingArmor, {
        message: `the ${missing.join(' and ')} line is missing`,
        expected: missing.map((k) => armorLine(k as 'BEGIN' | 'END', label)),
        actual: `no ${missing.join(' or ')} line ${missing[0] === 'BEGIN' ? `before line ${lineOf(text, block.bodyStart)}` : 'after the body'}`,
        location,
        hint: 'Copy the certificate again including its first and last lines, or use --fix.',
      }),
    );
  }
  const bad = [block.begin, block.end].filter((a): a is ArmorLine => a !== undefined && a.problems.length > 0);
  if (bad.length) {
    sink.findings.push(
      finding(certArmorMisspelt, {
        message: `the ${bad.map((a) => a.kind).join(' and ')} line${bad.length > 1 ? 's are' : ' is'} not exact: ${[...new Set(bad.flatMap((a) => a.problems))].join('; ')}`,
        expected: bad.map((a) => armorLine(a.kind, a.canonicalLabel ?? 'CERTIFICATE')),
        actual: bad.map((a) => restoreOriginal(text, subs, a.start, a.end)),
        location: `line ${bad[0]!.lineNumber}`,
        hint: 'Use --fix, or retype the line exactly: five hyphens, BEGIN or END, a space, CERTIFICATE, five hyphens.',
      }),
    );
  }
}

function textAround(text: string, spans: readonly (readonly [number, number])[], sink: Collector): void {
  const pieces: { at: number; text: string }[] = [];
  let pos = 0;
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (s > pos) pieces.push({ at: pos, text: text.slice(pos, s) });
    pos = Math.max(pos, e);
  }
  pieces.push({ at: pos, text: text.slice(pos) });
  const extra = pieces.filter((p) => p.text.trim() !== '');
  if (!extra.length) return;
  const first = extra[0]!;
  const lead = first.text.length - first.text.trimStart().length;
  const snippet = first.text.trim().replace(/\s+/g, ' ');
  sink.findings.push(
    finding(certTextAround, {
      message: `there is other text around the certificate: "${snippet.length > 40 ? snippet.slice(0, 40) + '…' : snippet}"`,
      expected: 'nothing before -----BEGIN CERTIFICATE----- or after -----END CERTIFICATE-----',
      actual: `${extra.reduce((n, p) => n + p.text.trim().length, 0)} characters of other text`,
      location: position(text, first.at + lead),
      hint: 'Paste only from the BEGIN line to the END line inclusive, or use --fix.',
    }),
  );
}

/** No armour at all: a bare base64 body (metadata style), a base64-encoded SAML message, or something else. */
function lintBare(text: string, subs: readonly Substitution[], sink: Collector): CertInputKind {
  const span = bareSpan(text);
  if (!span) return lintOther(text, sink);
  const der = Buffer.from(text.slice(span.start, span.end).replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
  const inner = der.subarray(0, 64).toString('latin1').trimStart();
  if (inner.startsWith('<')) return lintXml(der.toString('utf8'), sink);
  if (classifyDer(der).noHeader) return lintOther(text, sink);

  const nonAscii = nonAsciiFinding(text, subs);
  if (nonAscii) sink.findings.push(nonAscii);
  textAround(text, [[span.start, span.end]], sink);
  const location = `line ${lineOf(text, span.start)}`;
  sink.findings.push(
    finding(certMissingArmor, {
      severity: 'warning',
      message: 'a bare base64 body without BEGIN/END lines (as in metadata); apps that ask for a PEM certificate reject it',
      expected: [armorLine('BEGIN'), '…', armorLine('END')],
      actual: 'base64 only',
      location,
      hint: 'Use --fix to add the BEGIN/END lines, or download "Certificate (Base64)" from the IdP.',
    }),
  );
  const body = lintBody({ text, start: span.start, end: span.end, mode: 'bare' });
  sink.findings.push(...body.findings);
  const unproven = body.unproven ?? lookalikeNote(subs);
  for (const d of body.ders) handleObject(d, { location, labelKind: undefined, ...(unproven ? { unproven } : {}) }, sink);
  return 'base64';
}

/** The stretch of base64 lines (allowing stray spaces) holding most of the text. */
function bareSpan(text: string): { start: number; end: number } | undefined {
  const lines = text.split('\n');
  let best: { start: number; end: number; chars: number } | undefined;
  let run: { start: number; end: number; chars: number } | undefined;
  let pos = 0;
  for (const line of lines) {
    const data = line.replace(/[ \t]/g, '');
    if (data && /^[A-Za-z0-9+/=_-]+$/.test(data)) {
      const lead = line.length - line.trimStart().length;
      run = run ? { ...run, end: pos + line.length, chars: run.chars + data.length } : { start: pos + lead, end: pos + line.trimEnd().length, chars: data.length };
      run.end = pos + line.trimEnd().length;
    } else {
      run = undefined;
    }
    if (run && (!best || run.chars > best.chars)) best = { ...run };
    pos += line.length + 1;
  }
  // A certificate is at least a few hundred characters; shorter runs are words, not a body.
  return best && best.chars >= 100 ? best : undefined;
}

/** Neither PEM nor base64: perhaps a capture or URL carrying a SAML message with a certificate. */
function lintOther(text: string, sink: Collector): CertInputKind {
  let decoded;
  try {
    decoded = decodeInput(Buffer.from(text, 'utf8'), 'input');
  } catch {
    decoded = undefined;
  }
  const messages = decoded?.messages ?? [];
  if (messages.length) {
    const before = sink.found.length;
    for (const m of messages) {
      const entry = m.provenance.entryIndex;
      lintXml(m.xml, sink, { quietIfEmpty: messages.length > 1, ...(entry !== undefined ? { where: `entry ${entry}` } : {}) });
    }
    if (messages.length > 1 && sink.found.length === before && !sink.findings.some((f) => f.code === 'cert-unparseable')) {
      sink.fatal('no message in the input carries a certificate');
      sink.findings.push(
        finding(certNotFound, {
          message: `none of the ${messages.length} SAML messages in the input carries a ds:X509Certificate`,
          expected: 'a KeyInfo/X509Data/X509Certificate element',
          actual: 'none',
          hint: 'Pass the IdP certificate or its federation metadata instead.',
        }),
      );
    }
    return 'message';
  }
  const snippet = text.trim().slice(0, 40).replace(/\s+/g, ' ');
  sink.fatal('no certificate in the input');
  sink.findings.push(
    finding(certUnparseable, {
      message: `no certificate found: no BEGIN CERTIFICATE line, no base64 body, no SAML XML (starts with "${snippet}")`,
      expected: 'a PEM certificate, a base64 certificate body, DER, metadata or a SAML message',
      actual: `text starting "${snippet}"`,
      hint: 'Download the certificate from the IdP (Microsoft Entra: SAML Certificates › Certificate (Base64)) and pass that file.',
    }),
  );
  return 'unknown';
}

/** Dedupe, relate, check and (when everything needed is intact) repair. */
function finish(sink: Collector, kind: CertInputKind, opts: CertLintOptions): CertLintResult {
  const byHash = new Map<string, { found: Found; parsed: ParsedCertificate; count: number; uses: Set<string> }>();
  for (const f of sink.found) {
    const key = f.parsed.facts.fingerprints.sha256.hex;
    const seen = byHash.get(key);
    if (seen) {
      seen.count++;
      seen.uses.add(f.use ?? 'both');
    } else {
      byHash.set(key, { found: f, parsed: f.parsed, count: 1, uses: new Set([f.use ?? 'both']) });
    }
  }
  const entries = [...byHash.values()];
  const certificates: LintedCertificate[] = entries.map((e) => {
    const out: LintedCertificate = { der: e.parsed.der, facts: e.parsed.facts, location: e.found.location, occurrences: e.count };
    const uses = [...e.uses].filter((u): u is 'signing' | 'encryption' => u === 'signing' || u === 'encryption');
    if (kind === 'metadata' && !e.uses.has('both')) out.uses = uses;
    return out;
  });

  for (const e of entries) {
    if (e.found.unproven && !e.parsed.facts.selfSigned) {
      sink.fatal(`${e.found.location}: ${e.found.unproven}, and the result cannot be proven right (the certificate is not self-signed)`);
    }
    if (e.parsed.facts.selfSignatureBroken) sink.fatal(`${e.found.location}: the certificate content was altered`);
  }

  const glued = sink.found.some((f) => f.glued);
  const leaf = relate(entries.map((e) => e.parsed), certificates, kind, glued, sink.findings);
  const passed: Passed[] = [];
  const fromXml = kind === 'metadata' || kind === 'message' || kind === 'xml';
  certificates.forEach((c, i) => {
    const label = certificates.length === 1 ? 'the certificate' : `certificate ${i + 1} (${commonName(c.facts.subject)})`;
    for (const check of certificateChecks) {
      const ctx = { facts: c.facts, now: opts.now, label, location: c.location };
      const found = check.run(ctx);
      sink.findings.push(...found);
      if (!found.length) passed.push({ check: certificates.length === 1 ? check.name : `${check.name} #${i + 1}`, detail: check.passed(ctx) });
    }
  });
  if (!fromXml && kind !== 'der' && certificates.length && !sink.findings.some(isShapeFinding)) {
    passed.unshift({ check: 'format', detail: 'clean PEM: exact BEGIN/END lines, 64-column base64 body, nothing else' });
  }

  const result: CertLintResult = { kind, findings: sink.findings, passed, certificates };
  if (!certificates.length) {
    result.notRepairable = sink.reasons[0] ?? sink.skipped[0] ?? 'no certificate was found in the input';
  } else if (sink.reasons.length) {
    result.notRepairable = sink.reasons.join('; ');
  } else {
    const chosen = leaf !== undefined ? [certificates[leaf]!] : certificates;
    result.repairedPem = chosen.map((c) => canonicalPem(c.der)).join('');
  }
  return result;
}

/** Codes about how the certificate was written down, not about the certificate itself. */
const SHAPE_AREA_CODES = new Set(
  [
    certEncoding, certMissingArmor, certArmorMisspelt, certTextAround, certLineWidth, certWhitespaceInBody,
    certCrlf, certEscapedNewlines, certControlChars, certNonAscii, certInvalidBase64Char, certBadPadding,
    certTrailingData,
  ].map((r) => r.code),
);

function isShapeFinding(f: Finding): boolean {
  return SHAPE_AREA_CODES.has(f.code);
}

/** Also settled by the repaired PEM: it is text, holds only the signing certificate(s), no container. */
const SETTLED_BY_REPAIR = new Set([...SHAPE_AREA_CODES, ...[certDer, certMultiple, certChain, certPkcs7].map((r) => r.code)]);

/**
 * Whether the repaired PEM (when there is one) makes this finding moot. What remains — an expired
 * certificate, a weak key, a private key pasted along — still decides the exit code of --fix.
 */
export function isSettledByRepair(f: Finding): boolean {
  return SETTLED_BY_REPAIR.has(f.code);
}
