import type { Result } from '../report/types.js';
import { makeResult } from '../report/build.js';
import { configNotJson } from '../checks/config/rules.js';
import { loadConfig } from './load.js';
import type { LoadConfigOptions } from './load.js';
import { colonHex } from '../crypto/cert/facts.js';
import { parseCertificateText } from './certificate.js';
import type { SsoConfig } from './types.js';

export interface LintConfigOutcome {
  result: Result;
  /** The file is not JSON: the tool could not do its job (exit code 2). */
  notJson: boolean;
}

/** `config lint`: load the config and describe it as a report result. */
export function lintConfigText(text: string, opts: LoadConfigOptions & { label: string; now: Date }): LintConfigOutcome {
  const { config, findings, passed } = loadConfig(text, opts);
  const context = [`SSO config ${opts.label}${config ? ` (profile: ${config.profile})` : ''}`, `certificates judged at ${opts.now.toISOString()}`];
  const result = makeResult({
    input: opts.label,
    type: 'config',
    findings,
    passed,
    context,
    body: config ? describeConfig(config) : undefined,
    details: config ? summarise(config) : undefined,
  });
  return { result, notJson: findings.some((f) => f.code === configNotJson.code) };
}

function describeConfig(config: SsoConfig): string[] {
  const lines = [
    `SP entity ID      ${config.sp.entityId}`,
    `ACS URL           ${[config.sp.acsUrl, ...config.sp.additionalAcsUrls].join(', ')}`,
    `IdP entity ID     ${config.idp.entityId}`,
  ];
  if (config.idp.ssoUrl) lines.push(`IdP sign-in URL   ${config.idp.ssoUrl}`);
  for (const c of config.idp.certificates) {
    const parsed = parseCertificateText(c.pem);
    if (parsed.ok) {
      lines.push(`certificate       ${c.label}: SHA-256 ${colonHex(parsed.facts.sha256)}`);
      lines.push(`                  ${parsed.facts.subject}, valid ${parsed.facts.notBefore} – ${parsed.facts.notAfter}`);
    }
  }
  for (const f of config.idp.fingerprints) lines.push(`fingerprint       ${f}`);
  if (config.emailDomains.length) lines.push(`email domains     ${config.emailDomains.join(', ')}`);
  lines.push(
    `signed part       ${config.security.signed}; SHA-1 ${config.security.allowSha1 ? 'allowed' : 'refused'}; ` +
      `skew ${config.security.clockSkewSeconds} s; IdP-initiated ${config.security.allowIdpInitiated ? 'allowed' : 'refused'}`,
  );
  return lines;
}

function summarise(config: SsoConfig): unknown {
  return {
    ...config,
    idp: {
      ...config.idp,
      certificates: config.idp.certificates.map((c) => {
        const parsed = parseCertificateText(c.pem);
        return parsed.ok
          ? { label: c.label, sha256: parsed.facts.sha256, subject: parsed.facts.subject, notBefore: parsed.facts.notBefore, notAfter: parsed.facts.notAfter }
          : { label: c.label };
      }),
    },
  };
}
