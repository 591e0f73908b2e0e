import type { Document } from '@xmldom/xmldom';
import type { Finding, Passed } from '../checks/types.js';
import { finding } from '../checks/types.js';
import { claimsUnverifiedFinding } from '../checks/assertion/index.js';
import { runProfileChecks } from '../checks/profile/index.js';
import { notAResponseFinding, statusName } from '../checks/response/index.js';
import { checkSignatureRequirement, decryptFailed, signingCertificateFindings, weakAlgorithm } from '../checks/signature/index.js';
import type { SsoConfig } from '../config/types.js';
import { DEFAULT_CLOCK_SKEW_SECONDS } from '../config/types.js';
import { decryptAssertions } from '../crypto/decrypt/index.js';
import type { SignatureReport, TrustedCert } from '../crypto/xmldsig/index.js';
import { prepareTrustedCerts, verifyDocumentSignatures } from '../crypto/xmldsig/index.js';
import type { IdpKnowledge, SpProfile } from '../knowledge/index.js';
import { captureAgeNote, getProfile, recognizeIdp } from '../knowledge/index.js';
import type { Provenance } from '../input/types.js';
import { algorithmName } from '../inspect/names.js';
import { makeResult } from '../report/build.js';
import type { Result } from '../report/types.js';
import { countDescendants } from '../saml/dom.js';
import { identifyMessage, readAssertion, readResponse } from '../saml/index.js';
import { SAML } from '../saml/ns.js';
import type { AssertionModel, ResponseModel } from '../saml/types.js';
import { MESSAGE_XML_LIMITS, parseXml } from '../xml/parse.js';
import { makeAdvice } from './advice.js';
import { VALIDATE_CHECKS } from './checks.js';
import type { Claims, ValidateContext } from './context.js';
import { buildExpectations } from './expectations.js';
import { formatUtc, parseSamlTime } from '../util/time.js';

/** Configured certificates parsed once; pass the same object for every Response judged against one config. */
export interface PreparedTrust {
  certs: TrustedCert[];
  /** Problems with the configured certificates themselves (reported with each Response). */
  findings: Finding[];
}

export function prepareTrust(config: SsoConfig): PreparedTrust {
  return prepareTrustedCerts(config.idp.certificates);
}

export interface ValidateInput {
  xml: string;
  provenance?: Provenance;
}

export interface ValidateOptions {
  now: Date;
  /** Overrides the config's clock skew allowance. */
  skewSeconds?: number;
  /** ID of the AuthnRequest this Response should answer. */
  requestId?: string;
  /** SP private key (PEM) for EncryptedAssertion. */
  spKeyPem?: string;
  /** SP profile name; overrides the config's. */
  profile?: string;
  /** From prepareTrust(config); prepared here when absent. */
  trust?: PreparedTrust;
}

/** A finding's code that makes another one redundant (the profile says the same, in the app's words). */
const SUPERSEDES: Readonly<Record<string, string>> = {
  'label-studio-groups-object-ids': 'groups-are-object-ids',
};

/** Passed checks that compare identifiers; the human report shows them on one line. */
const IDENTITY_CHECKS = ['issuer', 'audience', 'destination', 'recipient', 'in-response-to'];

/**
 * Diagnoses one Response against the SP's config: every problem at once, plus what passed.
 * Pure: the clock, files and keys all come in as arguments.
 */
export function validateResponse(input: ValidateInput, config: SsoConfig, opts: ValidateOptions): Result {
  const label = inputLabel(input.provenance);
  const skewSeconds = opts.skewSeconds ?? config.security.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  const judged = `judged at ${formatUtc(opts.now)} (${skewSeconds} s allowed clock skew)`;
  const where = provenanceLine(input.provenance);

  const parsed = parseXml(input.xml, MESSAGE_XML_LIMITS);
  if (!parsed.doc) {
    return makeResult({ input: label, type: 'unknown', findings: parsed.findings, context: [`${label}: could not be read as XML`, ...where] });
  }
  const doc = parsed.doc;
  const root = doc.documentElement!;
  const kind = identifyMessage(doc);
  if (kind !== 'response') {
    return makeResult({
      input: label,
      type: kind,
      findings: [...parsed.findings, notAResponseFinding(kind, root.tagName)],
      context: [`${label}: ${root.tagName}`, ...where],
    });
  }

  const profile = getProfile(opts.profile ?? config.profile);
  const trust = opts.trust ?? prepareTrust(config);
  const response = readResponse(root);
  const sig = verifyAndDecrypt(doc, response, config, trust, opts.spKeyPem);

  const claims = pickClaims(response, sig);
  const idp = recognizeIdp({
    issuer: response.issuer ?? claims?.assertion.issuer,
    entityId: config.idp.entityId,
    ssoUrl: config.idp.ssoUrl,
  })?.idp;
  const ctx: ValidateContext = {
    response,
    responseVerified: sig.report.signedResponse !== undefined,
    claims,
    assertionCount: sig.assertionCount,
    expect: buildExpectations(config, profile),
    config,
    now: opts.now,
    skewSeconds,
    requestId: opts.requestId,
    advice: makeAdvice(idp, profile),
  };

  // An error Response carries no claims, and SAML does not require it to be signed: its status is the answer.
  const failed = statusName(response.status.code) !== 'Success';
  // The signature layer knows no IdP; say where to switch to SHA-256 in the recognised IdP's own screens.
  const sigFindings = sig.findings.map((f) => (f.code === weakAlgorithm.code ? { ...f, hint: ctx.advice.idp('sha256', {}) } : f));
  const findings: Finding[] = [
    ...parsed.findings,
    ...trust.findings,
    ...sigFindings,
    ...(failed ? [] : checkSignatureRequirement(sig.report, config.security.signed, idp)),
    ...signingCertificateFindings(sig.report, opts.now),
  ];
  const passed: Passed[] = signaturePassed(sig.report);
  const claimsUnverified = claims !== undefined && !claims.verified;
  if (claimsUnverified) findings.push(claimsUnverifiedFinding(unverifiedReason(sig.report)));
  const nothingVerified = sig.report.verified.length === 0;

  for (const check of VALIDATE_CHECKS) {
    const found = check.run(ctx);
    findings.push(...(check.reads === 'claims' && claimsUnverified ? markUnverified(found) : found));
    if (found.length || !check.passed) continue;
    // Nothing unverified is reported as passed: an attacker could have written it.
    if (check.reads === 'claims' ? !claims?.verified : nothingVerified) continue;
    const detail = check.passed(ctx);
    if (detail !== undefined) passed.push({ check: check.name, detail });
  }

  if (profile && profile.name !== 'generic') {
    const profilePassed: Passed[] = [];
    const profileFindings = runProfileChecks(profileInput(ctx, profile, idp), profilePassed);
    findings.push(...(claimsUnverified ? markUnverified(profileFindings) : profileFindings));
    if (claims?.verified) passed.push(...profilePassed);
  }

  const codes = new Set(findings.map((f) => f.code));
  const kept = findings.filter((f) => !Object.entries(SUPERSEDES).some(([by, gone]) => f.code === gone && codes.has(by)));

  return makeResult({
    input: label,
    type: 'response',
    findings: kept,
    passed: mergeIdentityPassed(passed, ctx.responseVerified),
    context: contextLines(response, claims?.assertion, idp, where, judged, opts.now),
    details: {
      responseId: response.id,
      issuer: response.issuer ?? claims?.assertion.issuer,
      idp: ctx.advice.idpName,
      profile: ctx.expect.profile,
      judgedAt: opts.now.toISOString(),
      skewSeconds,
      signed: {
        response: ctx.responseVerified,
        assertion: sig.report.verified.some((v) => v.kind === 'assertion'),
        certificates: [...new Set(sig.report.verified.map((v) => v.certificate.sha256))],
      },
      claimsVerified: claims?.verified ?? false,
      nameId: claims?.assertion.nameId?.value,
      assertionCount: sig.assertionCount,
    },
  });
}

/**
 * Prepares the config's certificates once and returns a pure per-Response function (for directories
 * and workers). `now` overrides the judging instant for one message (a capture's own time).
 */
export function createValidator(
  config: SsoConfig,
  opts: Omit<ValidateOptions, 'trust'>,
): (input: ValidateInput, now?: Date) => Result {
  const trust = prepareTrust(config);
  return (input, now) => validateResponse(input, config, { ...opts, now: now ?? opts.now, trust });
}

interface SignatureOutcome {
  report: SignatureReport;
  findings: Finding[];
  /** The decrypted assertion when the Response carried one EncryptedAssertion and the key opened it. */
  decrypted?: { assertion: AssertionModel; verified: boolean };
  assertionCount: number;
}

/**
 * Signatures are checked on the document as received (a Response signature covers the ciphertext).
 * A decrypted assertion is verified on its own: its own signature, or the verified Response around
 * the ciphertext, is what makes its claims trustworthy — decryption proves nothing about the author.
 */
function verifyAndDecrypt(
  doc: Document,
  response: ResponseModel,
  config: SsoConfig,
  trust: PreparedTrust,
  spKeyPem: string | undefined,
): SignatureOutcome {
  const verifyOpts = { trusted: trust.certs, fingerprints: config.idp.fingerprints, allowSha1: config.security.allowSha1 };
  const report = verifyDocumentSignatures(doc, verifyOpts);
  const findings = [...report.findings];
  let assertionCount =
    countDescendants(doc, SAML, 'Assertion') + countDescendants(doc, SAML, 'EncryptedAssertion');
  if (response.encryptedAssertions.length === 0) return { report, findings, assertionCount };

  const dec = decryptAssertions(doc, spKeyPem);
  findings.push(...dec.findings);
  const opened: { assertion: AssertionModel; verified: boolean }[] = [];
  const merged: SignatureReport = { ...report, verified: [...report.verified], signedElements: [...report.signedElements] };
  for (const plain of dec.assertions) {
    const parsed = parseXml(plain.xml, MESSAGE_XML_LIMITS);
    findings.push(...parsed.findings);
    const el = parsed.doc?.documentElement;
    if (!parsed.doc || !el || el.namespaceURI !== SAML || el.localName !== 'Assertion') {
      if (parsed.doc) {
        findings.push(
          finding(decryptFailed, {
            message: 'the decrypted content is not a saml:Assertion',
            expected: 'saml:Assertion',
            actual: el?.tagName,
            location: plain.location,
          }),
        );
      }
      continue;
    }
    // The plaintext stands for its EncryptedAssertion (already counted); anything nested in it counts too.
    assertionCount += countDescendants(parsed.doc, SAML, 'Assertion') - 1;
    const own = verifyDocumentSignatures(parsed.doc, verifyOpts);
    findings.push(...own.findings);
    merged.verified.push(...own.verified);
    merged.signedElements.push(...own.signedElements);
    const verified = own.signedAssertion === el || report.signedResponse !== undefined;
    opened.push({ assertion: readAssertion(el), verified });
  }
  const decrypted = opened.length === 1 ? opened[0] : undefined;
  if (decrypted?.verified) merged.signedAssertion = decrypted.assertion.element;
  return { report: merged, findings, decrypted, assertionCount };
}

/**
 * The assertion the claim checks read. Only ever the element a verified signature covers, and
 * only if it is a direct child of the Response (a covered assertion hidden elsewhere is a wrapping
 * shape). Without a verified one: the single direct-child assertion, flagged unverified.
 */
function pickClaims(response: ResponseModel, sig: SignatureOutcome): Claims | undefined {
  if (sig.decrypted) return sig.decrypted;
  const signed = sig.report.signedAssertion;
  if (signed) {
    // The reader already modelled every direct child; anything else is not a place claims are read from.
    const model = response.assertions.find((a) => a.element === signed);
    return model ? { assertion: model, verified: true } : undefined;
  }
  if (response.assertions.length === 1 && response.encryptedAssertions.length === 0) {
    return { assertion: response.assertions[0]!, verified: false };
  }
  return undefined;
}

/** Findings about claims no verified signature covers say so in their message (the claims-unverified finding says why). */
function markUnverified(found: Finding[]): Finding[] {
  return found.map((f) => ({ ...f, message: `${f.message} (unverified)` }));
}

function unverifiedReason(report: SignatureReport): string {
  if (report.signedElements.length === 0) return 'nothing in the Response is signed';
  if (report.verified.length === 0) return 'no signature verified with the configured certificates';
  return 'the verified signature does not cover this assertion';
}

function signaturePassed(report: SignatureReport): Passed[] {
  return report.verified.map((v) => ({
    check: 'signature',
    detail:
      `${v.kind} signed with the configured certificate ${v.certificate.label} ` +
      `(SHA-256 ${shortFingerprint(v.certificate.sha256)}), ${algorithmName(v.signatureAlgorithm)}`,
  }));
}

/** 84:66:37:…:CD:7A — enough to recognise a certificate, short enough for one line. */
function shortFingerprint(fp: string): string {
  const parts = fp.split(':');
  return parts.length > 6 ? `${parts.slice(0, 3).join(':')}:…:${parts.slice(-2).join(':')}` : fp;
}

/** One line for the identifier comparisons; says so when the Response's own fields are not signed. */
function mergeIdentityPassed(passed: Passed[], responseVerified: boolean): Passed[] {
  const identity = passed.filter((p) => IDENTITY_CHECKS.includes(p.check));
  if (identity.length < 2) return passed;
  const names = IDENTITY_CHECKS.filter((name) => identity.some((p) => p.check === name));
  const firstIndex = passed.findIndex((p) => IDENTITY_CHECKS.includes(p.check));
  const rest = passed.filter((p) => !IDENTITY_CHECKS.includes(p.check));
  const unsigned = !responseVerified && (names.includes('destination') || names.includes('issuer'));
  const merged: Passed = {
    check: names.join(' · '),
    detail: `match the configuration${unsigned ? ' (the Response element itself is not signed)' : ''}`,
  };
  rest.splice(Math.min(firstIndex, rest.length), 0, merged);
  return rest;
}

function inputLabel(p: Provenance | undefined): string {
  if (!p) return 'input';
  return p.entryIndex !== undefined ? `${p.source}#${p.entryIndex}` : p.source;
}

function provenanceLine(p: Provenance | undefined): string[] {
  if (!p) return [];
  const parts: string[] = [];
  if (p.entryIndex !== undefined) parts.push(`entry ${p.entryIndex}`);
  if (p.method || p.url) parts.push([p.method, p.url].filter(Boolean).join(' '));
  const captured = parseSamlTime(p.capturedAt);
  if (p.capturedAt) parts.push(`captured ${captured === undefined ? p.capturedAt : formatUtc(captured)}`);
  if (p.steps.length) parts.push(`decoded: ${p.steps.join(' › ')}`);
  return [[`read from ${p.source}`, ...parts].join(' · ')];
}

function contextLines(
  response: ResponseModel,
  assertion: AssertionModel | undefined,
  idp: IdpKnowledge | undefined,
  where: string[],
  judged: string,
  now: Date,
): string[] {
  const issuer = response.issuer ?? assertion?.issuer;
  const who = idp && idp.id !== 'generic' ? ` (${idp.name})` : '';
  const head = `Response ${response.id ?? '(no ID)'}${issuer ? ` from ${issuer}${who}` : ''}`;
  const issued = parseSamlTime(response.issueInstant ?? assertion?.issueInstant);
  const age = issued === undefined ? undefined : captureAgeNote(idp, new Date(issued), now);
  const when = issued === undefined ? judged : `issued ${formatUtc(issued)}, ${judged}`;
  return [head, ...where, when, ...(age ? [age] : [])];
}

function profileInput(ctx: ValidateContext, profile: SpProfile, idp: IdpKnowledge | undefined) {
  const a = ctx.claims?.assertion;
  return {
    profile,
    idp,
    response: a && {
      nameId: a.nameId?.value,
      nameIdFormat: a.nameId?.format,
      attributes: a.attributes,
      audiences: a.conditions?.audienceRestrictions.flat() ?? [],
      destination: ctx.response.destination,
      recipient: a.subjectConfirmations[0]?.recipient,
      issuer: a.issuer,
    },
    config: {
      spEntityId: ctx.config.sp.entityId,
      acsUrl: ctx.config.sp.acsUrl,
      idpEntityId: ctx.config.idp.entityId,
      idpSsoUrl: ctx.config.idp.ssoUrl,
      verifiedDomains: ctx.config.emailDomains,
      attributes: ctx.config.attributes,
      groups: ctx.config.expectedGroups,
      fingerprints: ctx.config.idp.fingerprints,
    },
  };
}
