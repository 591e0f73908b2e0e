import type { CertificateReading, CertificateSummary } from './certificate.js';
import type { MetadataSummary } from './metadata-summary.js';
import type {
  AssertionSummary,
  AuthnRequestSummary,
  LogoutRequestSummary,
  LogoutResponseSummary,
  NameIdSummary,
  ResponseSummary,
  SignatureSummary,
  StandaloneAssertionSummary,
  StatusSummary,
} from './summary.js';
import { expiryPhrase, formatDuration, parseSamlTime, relativeTime, startPhrase } from '../util/time.js';

/*
 * Human lines for inspect: aligned label/value rows, one section per message part. Plain text;
 * the reporter adds the header and findings around it.
 */

const LABEL = 16;
const MAX_VALUES = 5;
const MAX_LINE = 110;

function row(label: string, value: string): string {
  return `  ${label.padEnd(LABEL)}${value}`;
}

/** A continuation line under the value column of `row`. */
function more(value: string): string {
  return ' '.repeat(2 + LABEL) + value;
}

function show(value: string | undefined, absent = '(none)'): string {
  if (value === undefined) return absent;
  return value === '' ? '(empty)' : value;
}

/** "2026-11-20T09:15:00Z (3 h ago)" */
function at(value: string | undefined, now: Date, phrase: (t: number, now: Date) => string = relativeTime): string {
  if (value === undefined) return '(none)';
  const t = parseSamlTime(value);
  return t === undefined ? `${value} (not a valid UTC xs:dateTime)` : `${value} (${phrase(t, now)})`;
}

function isoSeconds(iso: string): string {
  return iso.replace(/\.000Z$/, 'Z');
}

function statusRows(s: StatusSummary): string[] {
  const code = [s.name ?? show(s.code), s.subName].filter(Boolean).join(' / ');
  const out = [row('Status', s.meaning ? `${code}: ${s.meaning}` : code)];
  if (s.message !== undefined) out.push(more(`message: ${s.message}`));
  if (s.detail !== undefined) out.push(more(`detail: ${s.detail}`));
  for (const e of s.aadsts) out.push(more(`AADSTS${e.code}: ${e.title}. ${e.fix}`));
  return out;
}

function signatureRows(sig: SignatureSummary | undefined, what: string): string[] {
  if (!sig) return [row('Signature', `none on the ${what}`)];
  const algs = [sig.names.signature ?? '(no SignatureMethod)', sig.names.digest && `digest ${sig.names.digest}`, sig.names.canonicalization]
    .filter(Boolean)
    .join(', ');
  const refs = sig.referenceUris.length ? sig.referenceUris.join(', ') : '(no Reference)';
  const covers = sig.coversOwnElement ? `covers the ${what} itself` : `references ${refs}, not the ${what} it sits in`;
  const out = [row('Signature', `${algs}; ${covers}`)];
  if (!sig.certificates.length) out.push(more('no certificate in KeyInfo'));
  return out;
}

function nameIdRows(n: NameIdSummary | undefined, encrypted: boolean): string[] {
  if (!n) return [row('NameID', encrypted ? 'encrypted (EncryptedID; decrypt with the SP key to see it)' : '(none)')];
  const out = [row('NameID', `${show(n.value)}${n.formatName ? `  (${n.formatName})` : '  (no Format)'}`)];
  if (n.hasComment || n.textNodeCount > 1) {
    out.push(more(`⚠ the NameID text is split (${n.textNodeCount} text parts${n.hasComment ? ', a comment inside' : ''}): a sign of tampering`));
  }
  if (n.spNameQualifier !== undefined) out.push(more(`SPNameQualifier ${n.spNameQualifier}`));
  if (n.nameQualifier !== undefined) out.push(more(`NameQualifier ${n.nameQualifier}`));
  return out;
}

function conditionsRows(c: AssertionSummary['conditions'], now: Date): string[] {
  if (!c) return [row('Conditions', '(none: no validity window, no audience)')];
  const start = parseSamlTime(c.notBefore);
  const end = parseSamlTime(c.notOnOrAfter);
  const span = start !== undefined && end !== undefined ? ` (${formatDuration(end - start)})` : '';
  const out = [row('Conditions', `${show(c.notBefore, '(no NotBefore)')} – ${show(c.notOnOrAfter, '(no NotOnOrAfter)')}${span}`)];
  const state: string[] = [];
  if (start !== undefined && start > now.getTime()) state.push(`not yet valid, ${startPhrase(start, now)}`);
  else if (end !== undefined && end <= now.getTime()) state.push(expiryPhrase(end, now));
  else if (end !== undefined) state.push(`valid now, ${expiryPhrase(end, now)}`);
  else if (start !== undefined) state.push(`valid now, ${startPhrase(start, now)}`);
  if (state.length) out.push(more(state.join('')));
  const audiences = c.audienceRestrictions.flat();
  if (!c.audienceRestrictions.length) out.push(row('Audience', '(no AudienceRestriction)'));
  c.audienceRestrictions.forEach((list, i) => {
    const label = c.audienceRestrictions.length > 1 ? `Audience (${i + 1})` : audiences.length > 1 ? 'Audiences' : 'Audience';
    list.forEach((a, j) => out.push(j === 0 ? row(label, show(a)) : more(show(a))));
    if (!list.length) out.push(row(label, '(empty AudienceRestriction)'));
  });
  if (c.oneTimeUse) out.push(row('OneTimeUse', 'yes'));
  if (c.proxyRestriction) out.push(row('ProxyRestriction', `count ${c.proxyRestriction.count ?? '(none)'}`));
  return out;
}

function attributeRows(attributes: AssertionSummary['attributes']): string[] {
  if (!attributes.length) return [row('Attributes', '(none)')];
  const names = attributes.map((a) => (a.friendlyName ? `${a.name} (${a.friendlyName})` : a.name || '(no Name)'));
  const width = Math.max(...names.map((n) => n.length));
  const valueColumn = 4 + width + 2;
  const out = [row('Attributes', String(attributes.length))];
  attributes.forEach((a, i) => {
    const shown = a.values.slice(0, MAX_VALUES).map((v) => show(v));
    if (a.values.length > MAX_VALUES) shown.push(`… ${a.values.length - MAX_VALUES} more (all of them in --format json)`);
    if (!shown.length) shown.push('(no value)');
    const name = `    ${names[i]!.padEnd(width)}  `;
    // A value too long for the column goes on its own line, further indented than the names.
    const fits = shown.every((v) => valueColumn + v.length <= MAX_LINE);
    const column = fits ? ' '.repeat(valueColumn) : '        ';
    if (fits) out.push(name + shown[0]);
    else out.push(name.trimEnd(), column + shown[0]);
    for (const v of shown.slice(1)) out.push(column + v);
  });
  return out;
}

function assertionRows(a: AssertionSummary, now: Date): string[] {
  const out = [row('Issuer', show(a.issuer)), row('Issued', at(a.issueInstant, now))];
  out.push(...nameIdRows(a.nameId, a.encryptedNameId));
  if (!a.subjectConfirmations.length) out.push(row('Confirmation', '(none)'));
  for (const c of a.subjectConfirmations) {
    out.push(row('Confirmation', show(c.methodName, '(no Method)')));
    out.push(row('  Recipient', show(c.recipient)));
    out.push(row('  NotOnOrAfter', at(c.notOnOrAfter, now, expiryPhrase)));
    if (c.notBefore !== undefined) out.push(row('  NotBefore', at(c.notBefore, now, startPhrase)));
    out.push(row('  InResponseTo', show(c.inResponseTo, '(none: IdP-initiated, or the IdP left it out)')));
    if (c.address !== undefined) out.push(row('  Address', c.address));
  }
  out.push(...conditionsRows(a.conditions, now));
  if (!a.authnStatements.length) out.push(row('Authn', '(no AuthnStatement)'));
  for (const s of a.authnStatements) {
    out.push(row('Authn', `${at(s.authnInstant, now)}, ${show(s.authnContextName, '(no AuthnContextClassRef)')}`));
    if (s.sessionIndex !== undefined) out.push(more(`SessionIndex ${s.sessionIndex}`));
    if (s.sessionNotOnOrAfter !== undefined) out.push(more(`session ends ${at(s.sessionNotOnOrAfter, now)}`));
  }
  out.push(...signatureRows(a.signature, 'Assertion'));
  out.push(...attributeRows(a.attributes));
  return out;
}

export function renderResponse(r: ResponseSummary, now: Date): string[] {
  const out = [
    'Response',
    row('ID', show(r.id)),
    row('Issued', at(r.issueInstant, now)),
    row('Destination', show(r.destination)),
    row('InResponseTo', show(r.inResponseTo, '(none: IdP-initiated, or the IdP left it out)')),
    row('Issuer', show(r.issuer)),
    ...statusRows(r.status),
    ...signatureRows(r.signature, 'Response'),
  ];
  const direct = r.assertions.length;
  const parts = [`${direct} directly in the Response`];
  if (r.encryptedAssertionCount) parts.push(`${r.encryptedAssertionCount} encrypted (decrypt with the SP key to see inside)`);
  out.push(row('Assertions', parts.join(', ')));
  if (r.assertionCountInDocument !== direct) {
    out.push(more(`⚠ ${r.assertionCountInDocument} saml:Assertion elements in the whole document: some sit elsewhere`));
  }
  r.assertions.forEach((a, i) => {
    out.push('', `Assertion${direct > 1 ? ` ${i + 1} of ${direct}` : ''} ${show(a.id, '(no ID)')}`);
    out.push(...assertionRows(a, now));
  });
  out.push(...certificateSections([r.signature, ...r.assertions.map((a) => a.signature)], now));
  return out;
}

export function renderAssertion(a: StandaloneAssertionSummary, now: Date): string[] {
  return [`Assertion ${show(a.id, '(no ID)')}`, ...assertionRows(a, now), ...certificateSections([a.signature], now)];
}

export function renderAuthnRequest(r: AuthnRequestSummary, now: Date): string[] {
  const policy = r.nameIdPolicy;
  const context = r.requestedAuthnContext;
  const yesNo = (v: boolean | undefined) => (v === undefined ? 'no (not set)' : v ? 'yes' : 'no');
  const out = [
    'AuthnRequest',
    row('ID', show(r.id)),
    row('Issued', at(r.issueInstant, now)),
    row('Destination', show(r.destination)),
    row('ACS URL', show(r.assertionConsumerServiceUrl, r.assertionConsumerServiceIndex !== undefined ? `(none; index ${r.assertionConsumerServiceIndex})` : '(none: the IdP uses its configured URL)')),
    row('ProtocolBinding', show(r.protocolBindingName)),
    row('Issuer', show(r.issuer)),
    row(
      'NameIDPolicy',
      policy
        ? [policy.formatName ?? '(any format)', policy.allowCreate !== undefined && `AllowCreate ${policy.allowCreate}`, policy.spNameQualifier && `SPNameQualifier ${policy.spNameQualifier}`]
            .filter(Boolean)
            .join(', ')
        : '(none)',
    ),
    row('AuthnContext', context ? `${context.comparison ?? 'exact'}: ${context.classRefs.join(', ') || '(no class)'}` : '(none requested)'),
    row('ForceAuthn', yesNo(r.forceAuthn)),
    row('IsPassive', yesNo(r.isPassive)),
    ...signatureRows(r.signature, 'AuthnRequest'),
  ];
  out.push(...certificateSections([r.signature], now));
  return out;
}

export function renderLogoutRequest(r: LogoutRequestSummary, now: Date): string[] {
  return [
    'LogoutRequest',
    row('ID', show(r.id)),
    row('Issued', at(r.issueInstant, now)),
    row('Destination', show(r.destination)),
    row('Issuer', show(r.issuer)),
    ...nameIdRows(r.nameId, false),
    row('SessionIndex', r.sessionIndexes.join(', ') || '(none: all sessions)'),
    ...(r.reason !== undefined ? [row('Reason', r.reason)] : []),
    ...(r.notOnOrAfter !== undefined ? [row('NotOnOrAfter', at(r.notOnOrAfter, now, expiryPhrase))] : []),
    ...signatureRows(r.signature, 'LogoutRequest'),
    ...certificateSections([r.signature], now),
  ];
}

export function renderLogoutResponse(r: LogoutResponseSummary, now: Date): string[] {
  return [
    'LogoutResponse',
    row('ID', show(r.id)),
    row('Issued', at(r.issueInstant, now)),
    row('Destination', show(r.destination)),
    row('InResponseTo', show(r.inResponseTo)),
    row('Issuer', show(r.issuer)),
    ...statusRows(r.status),
    ...signatureRows(r.signature, 'LogoutResponse'),
    ...certificateSections([r.signature], now),
  ];
}

/** `file`: how to name the input in the suggested command (a path, or FILE when it came from stdin). */
export function renderMetadata(m: MetadataSummary, now: Date, file = 'FILE'): string[] {
  const out = [m.kind === 'entity-descriptor' ? 'EntityDescriptor' : `EntitiesDescriptor${m.name ? ` ${m.name}` : ''}`];
  if (m.kind === 'entities-descriptor') out.push(row('Entities', String(m.entityCount)));
  for (const e of m.entities) {
    out.push(row('entityID', show(e.entityId)));
    out.push(more(e.roles.length ? `roles: ${e.roles.join(', ')}` : 'no roles'));
  }
  if (m.entityCount > m.entities.length) out.push(more(`… ${m.entityCount - m.entities.length} more`));
  if (m.validUntil !== undefined) out.push(row('validUntil', at(m.validUntil, now, expiryPhrase)));
  out.push('', `For a full check of this metadata: saml-doctor metadata ${file}`);
  return out;
}

export function certificateRows(c: CertificateSummary, now: Date): string[] {
  const end = Date.parse(c.notAfter);
  const start = Date.parse(c.notBefore);
  const state = start > now.getTime() ? startPhrase(start, now) : expiryPhrase(end, now);
  return [
    row('Subject', c.subject || '(empty)'),
    row('Issuer', c.selfSigned ? 'self-signed' : c.issuer),
    row('Valid', `${isoSeconds(c.notBefore)} – ${isoSeconds(c.notAfter)} (${state})`),
    ...(c.publicKey ? [row('Key', c.publicKey)] : []),
    row('SHA-256', c.sha256),
    row('SHA-1', c.sha1),
  ];
}

/** The KeyInfo certificates, once each, saying which signatures carried them and that nothing was verified. */
function certificateSections(signatures: (SignatureSummary | undefined)[], now: Date): string[] {
  const seen = new Map<string, { reading: CertificateReading; on: string[] }>();
  for (const sig of signatures) {
    if (!sig) continue;
    for (const reading of sig.certificates) {
      const key = reading.ok ? reading.certificate.base64 : reading.base64;
      const entry = seen.get(key) ?? { reading, on: [] };
      if (!entry.on.includes(sig.on)) entry.on.push(sig.on);
      seen.set(key, entry);
    }
  }
  const out: string[] = [];
  for (const { reading, on } of seen.values()) {
    const where = on.map((o) => (o === 'response' ? 'Response' : o === 'assertion' ? 'Assertion' : o)).join(' and ');
    out.push('', `Certificate the message carries (KeyInfo of the ${where} signature${on.length > 1 ? 's' : ''})`);
    out.push('  not verified: anyone can put a certificate here; validate compares it with the configured one');
    if (reading.ok) out.push(...certificateRows(reading.certificate, now));
    else out.push(row('Unreadable', `not a readable X.509 certificate (${reading.error})`));
  }
  return out;
}
