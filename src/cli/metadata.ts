import type { Command } from 'commander';
import { UsageError } from './errors.js';
import { withOutputOptions, setExitCode } from './options.js';
import type { OutputOptions } from './options.js';
import { configFileAccess, readInput, readTextFile, resolveNow } from './io.js';

interface MetadataOptions extends OutputOptions {
  now?: string;
  config?: string;
  trust?: string[];
  entity?: string;
}

export function register(program: Command): void {
  withOutputOptions(
    program
      .command('metadata')
      .description('lint IdP or SP metadata (or a federation aggregate); compare it with an SSO config')
      .argument('[input]', 'metadata XML file, - for stdin')
      .option('--config <file>', 'compare with this SSO config: entity ID, sign-in URL, certificates')
      .option('--trust <cert>', 'verify the metadata signature with this certificate (PEM; repeat for several)', collect)
      .option('--entity <entityID>', 'in an aggregate, report on this entity only')
      .option('--now <iso>', 'judge validity at this time (default: now)'),
  ).action(async (input: string | undefined, opts: MetadataOptions) => {
    const now = resolveNow(opts.now);
    const bytes = await readInput(input);
    const trust = (opts.trust ?? []).map((p) => ({ label: p, pem: readTextFile(p, '--trust certificate') }));
    if (trust.length) {
      // A --trust file that holds no certificate is a usage mistake, not a signature that fails to verify.
      const { lintCertificateText } = await import('../crypto/cert/index.js');
      for (const t of trust) {
        if (!lintCertificateText(t.pem, { now }).certificates.length) {
          throw new UsageError(`--trust ${t.label}: no certificate could be read from it (run \`saml-doctor cert ${t.label}\`)`);
        }
      }
    }
    const { lintMetadata } = await import('../metadata/lint.js');
    const { emit } = await import('./output.js');
    let config;
    if (opts.config) {
      const { loadConfig } = await import('../config/load.js');
      const loaded = loadConfig(readTextFile(opts.config, 'config'), configFileAccess(opts.config));
      if (!loaded.config) {
        const first = loaded.findings.find((f) => f.severity === 'error');
        throw new UsageError(`--config ${opts.config} is not usable: ${first?.message ?? 'invalid'} (run \`saml-doctor config lint ${opts.config}\`)`);
      }
      config = loaded.config;
    }
    const outcome = lintMetadata(bytes.data.toString('utf8'), { label: bytes.label, now, trust, config, entityId: opts.entity });
    if (!outcome.ok) {
      throw new UsageError(
        `no entity ${outcome.missingEntity} in ${bytes.label}` +
          (outcome.suggestions.length ? `; did you mean ${outcome.suggestions.join(', ')}?` : ''),
      );
    }
    setExitCode(await emit([outcome.result], opts));
  });
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
