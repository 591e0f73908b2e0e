import { compareCertificates, fingerprintMatches, type CertComparison } from '../../crypto/cert/compare.js';
import { commonName, type CertFacts } from '../../crypto/cert/facts.js';
import type { Finding, Passed } from '../types.js';
import { finding } from '../types.js';
import { certCompareDifferent, certComparePartial } from './rules.js';

/** One side of a comparison: the certificates an input holds, and any bare fingerprints (config). */
export interface CertSide {
  label: string;
  certificates: readonly CertFacts[];
  /** Plain lower-case hex (see normaliseFingerprint). */
  fingerprints?: readonly string[];
}

export interface SideComparison {
  findings: Finding[];
  passed: Passed[];
  /** Pairwise detail when each side holds exactly one certificate. */
  comparison?: CertComparison;
}

/**
 * Do the two inputs hold the same certificate? Answers the rotation question ("is the app still
 * holding last year's certificate?") with what differs and which one is newer.
 */
export function compareCertificateSides(a: CertSide, b: CertSide): SideComparison {
  const bFingerprints = b.fingerprints ?? [];
  const inB = (c: CertFacts) =>
    b.certificates.some((x) => x.fingerprints.sha256.hex === c.fingerprints.sha256.hex) ||
    bFingerprints.some((fp) => fingerprintMatches(c, fp));
  const shared = a.certificates.filter(inB);
  const onlyA = a.certificates.filter((c) => !inB(c));
  const onlyB = b.certificates.filter((x) => !a.certificates.some((c) => c.fingerprints.sha256.hex === x.fingerprints.sha256.hex));
  const onlyBFingerprints = bFingerprints.filter((fp) => !a.certificates.some((c) => fingerprintMatches(c, fp)));

  if (!shared.length) {
    const single = a.certificates.length === 1 && b.certificates.length === 1 && !bFingerprints.length;
    const comparison = single ? compareCertificates(a.certificates[0]!, b.certificates[0]!) : undefined;
    return {
      findings: [different(a, b, comparison, onlyBFingerprints)],
      passed: [],
      ...(comparison ? { comparison } : {}),
    };
  }

  const passed: Passed[] = shared.map((c) => ({
    check: 'compare',
    detail: `${a.label} and ${b.label} both hold ${name(c)} (SHA-256 ${short(c)})`,
  }));
  if (!onlyA.length && !onlyB.length && !onlyBFingerprints.length) return { findings: [], passed };
  const extra = [
    ...onlyA.map((c) => `only in ${a.label}: ${name(c)}, SHA-256 ${short(c)} ${validity(c)}`),
    ...onlyB.map((c) => `only in ${b.label}: ${name(c)}, SHA-256 ${short(c)} ${validity(c)}`),
    ...onlyBFingerprints.map((fp) => `only in ${b.label}: fingerprint ${fp}`),
  ];
  const newestShared = Math.max(...shared.map((c) => Date.parse(c.notBefore)));
  const newerMissingInB = onlyA.filter((c) => Date.parse(c.notBefore) > newestShared);
  // The same rotation seen from the other side: `cert app.pem --compare metadata.xml`.
  const newerMissingInA = onlyB.filter((c) => Date.parse(c.notBefore) > newestShared);
  return {
    findings: [
      finding(certComparePartial, {
        message:
          `${a.label} and ${b.label} share ${shared.length === 1 ? 'a certificate' : `${shared.length} certificates`}, ` +
          `but ${extra.length} ${extra.length === 1 ? 'is' : 'are'} only on one side` +
          (newerMissingInB.length
            ? `: ${b.label} lacks the newer ${name(newerMissingInB[0]!)}`
            : newerMissingInA.length
              ? `: ${a.label} lacks the newer ${name(newerMissingInA[0]!)}`
              : ''),
        expected: 'the same certificates on both sides',
        actual: extra,
        hint: newerMissingInB.length
          ? `SP admin: add the newer certificate to ${b.label} before the IdP admin makes it active, or sign-in breaks at the switch.`
          : newerMissingInA.length
            ? `SP admin: add the newer certificate from ${b.label} next to ${a.label} before the IdP admin makes it active, or sign-in breaks at the switch.`
            : 'SP admin: remove retired certificates, or add the missing one, so both sides trust the same certificates.',
      }),
    ],
    passed,
  };
}

function different(a: CertSide, b: CertSide, cmp: CertComparison | undefined, bFingerprints: readonly string[]): Finding {
  const expected = a.certificates.map((c) => `${name(c)} ${validity(c)}, SHA-256 ${c.fingerprints.sha256.colon}`);
  const actual = [
    ...b.certificates.map((c) => `${name(c)} ${validity(c)}, SHA-256 ${c.fingerprints.sha256.colon}`),
    ...bFingerprints.map((fp) => `fingerprint ${fp}`),
  ];
  if (!cmp) {
    return finding(certCompareDifferent, {
      message: `${a.label} and ${b.label} have no certificate in common`,
      expected,
      actual,
      hint: `SP admin: make ${b.label} hold the certificate the IdP signs with now; compare the dates above to see which side is current.`,
    });
  }
  const changed = cmp.differences.map((d) => d.field).filter((f) => f !== 'publicKey' && f !== 'serialNumber');
  const newerLabel = cmp.newer === 'a' ? a.label : cmp.newer === 'b' ? b.label : undefined;
  const olderLabel = cmp.newer === 'a' ? b.label : cmp.newer === 'b' ? a.label : undefined;
  const how =
    (changed.includes('subject') ? 'different subjects' : 'same subject') +
    (changed.includes('notBefore') || changed.includes('notAfter') ? ', different validity' : '') +
    (cmp.sameKey ? ', same key (re-issued)' : '') +
    (newerLabel ? `; ${newerLabel} holds the newer one` : '');
  return finding(certCompareDifferent, {
    message: `${a.label} and ${b.label} hold different certificates (${how})`,
    expected,
    actual,
    hint: olderLabel
      ? `If the IdP signs with the newer certificate, ${olderLabel} still holds the old one: SP admin, replace it with the certificate from ${newerLabel}.` +
        (changed.includes('subject') ? ' The subjects differ too: check that both belong to the same IdP app.' : '')
      : `SP admin: make ${b.label} hold the certificate the IdP signs with now.`,
  });
}

function name(c: CertFacts): string {
  return commonName(c.subject);
}

function short(c: CertFacts): string {
  return `${c.fingerprints.sha256.colon.slice(0, 23)}…`;
}

function validity(c: CertFacts): string {
  return `(valid ${c.notBefore.slice(0, 10)} – ${c.notAfter.slice(0, 10)})`;
}
