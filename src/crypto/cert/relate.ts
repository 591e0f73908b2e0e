import type { Finding } from '../../checks/types.js';
import { finding } from '../../checks/types.js';
import { certChain, certMultiple } from '../../checks/certificate/rules.js';
import { commonName, type ParsedCertificate } from './facts.js';
import type { CertInputKind, LintedCertificate } from './lint.js';

/**
 * Several certificates: one chain (say which is the signing leaf), or unrelated ones (say that most
 * apps take one). Returns the index of the leaf when the certificates form a chain.
 */
export function relate(
  parsed: ParsedCertificate[],
  certs: LintedCertificate[],
  kind: CertInputKind,
  glued: boolean,
  findings: Finding[],
): number | undefined {
  const total = certs.reduce((n, c) => n + c.occurrences, 0);
  const fromXml = kind === 'metadata' || kind === 'message' || kind === 'xml';
  if (certs.length === 1) {
    if (total > 1 && !fromXml) {
      findings.push(
        finding(certMultiple, {
          message: `the same certificate appears ${total} times`,
          expected: 'one certificate',
          actual: `${total} copies of ${describe(certs[0]!)}`,
          hint: 'Paste it once; --fix prints a single copy.',
        }),
      );
    }
    return undefined;
  }
  if (certs.length === 0) return undefined;

  const issuedBy = parsed.map((child, i) =>
    parsed.findIndex((parent, j) => j !== i && safeIssued(child, parent)),
  );
  const isIssuer = parsed.map((_, j) => issuedBy.includes(j));
  const leaves = parsed.map((_, i) => i).filter((i) => !isIssuer[i]);
  const linked = issuedBy.filter((j) => j !== -1).length;
  if (!fromXml && leaves.length === 1 && linked === parsed.length - 1) {
    const leaf = leaves[0]!;
    certs.forEach((c, i) => (c.role = i === leaf ? 'leaf' : 'ca'));
    findings.push(
      finding(certChain, {
        message: `a chain of ${certs.length} certificates; the signing (leaf) certificate is ${describe(certs[leaf]!)}`,
        expected: 'only the signing certificate',
        actual: certs.map((c, i) => `${i === leaf ? 'leaf' : 'CA'}: ${describe(c)}`),
        location: certs[leaf]!.location,
        hint: 'Paste only the leaf certificate into the app (--fix prints it alone); the CA certificates are not needed for SAML.',
      }),
    );
    return leaf;
  }
  const list = certs.map(
    (c) => `${commonName(c.facts.subject)} (valid ${c.facts.notBefore.slice(0, 10)} – ${c.facts.notAfter.slice(0, 10)}; SHA-256 ${c.facts.fingerprints.sha256.colon.slice(0, 23)}…)`,
  );
  findings.push(
    finding(certMultiple, {
      ...(fromXml ? { severity: 'info' as const } : {}),
      message: fromXml
        ? `the ${kind === 'metadata' ? 'metadata lists' : 'document carries'} ${certs.length} different certificates (normal during a rotation)`
        : `${certs.length} different certificates${total > certs.length ? ` (${total} copies)` : ''}` +
          `${glued ? ', glued together inside one BEGIN/END block' : ''}; most apps take exactly one`,
      expected: fromXml ? 'the certificate the IdP signs with now among them' : 'one certificate',
      actual: list,
      hint: fromXml
        ? 'SP admin: trust the one the IdP signs with now; add the other before the IdP admin activates it.'
        : 'Paste only the certificate the IdP signs with now (Microsoft Entra: SAML Certificates, status Active).',
    }),
  );
  return undefined;
}

function safeIssued(child: ParsedCertificate, parent: ParsedCertificate): boolean {
  try {
    return child.x509.checkIssued(parent.x509) && child.x509.verify(parent.x509.publicKey);
  } catch {
    return false;
  }
}

function describe(c: LintedCertificate): string {
  return `${commonName(c.facts.subject)} (SHA-256 ${c.facts.fingerprints.sha256.colon.slice(0, 23)}…)`;
}
