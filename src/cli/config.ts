import type { Command } from 'commander';
import { withOutputOptions, setExitCode } from './options.js';
import type { OutputOptions } from './options.js';
import { UsageError } from './errors.js';
import { configFileAccess, readTextFile, resolveNow, writeFileAtomic } from './io.js';

interface LintOptions extends OutputOptions {
  now?: string;
}

interface InitOptions {
  fromMetadata: string;
  spEntityId?: string;
  acsUrl?: string;
  profile?: string;
  entity?: string;
  out?: string;
  force?: boolean;
  now?: string;
}

export function register(program: Command): void {
  const config = program.command('config').description('check an SSO config file; build one from IdP metadata');

  withOutputOptions(
    config
      .command('lint')
      .description('check an SSO config: schema, URLs, certificates, fingerprints, domains')
      .argument('<file>', 'the SSO config (JSON)')
      .option('--now <iso>', 'judge certificate validity at this time (default: now)'),
  ).action(async (file: string, opts: LintOptions) => {
    const text = readTextFile(file, 'config');
    const now = resolveNow(opts.now);
    const { lintConfigText } = await import('../config/lint.js');
    const { emit } = await import('./output.js');
    const outcome = lintConfigText(text, {
      label: file,
      ...configFileAccess(file),
      now,
    });
    setExitCode(await emit([outcome.result], opts));
    if (outcome.notJson) setExitCode(2);
  });

  config
    .command('init')
    .description('write a complete SSO config from IdP metadata')
    .requiredOption('--from-metadata <file>', 'IdP metadata XML (Federation Metadata XML, Okta IdP metadata, ...)')
    .option('--sp-entity-id <url>', 'the app\'s Service Provider Entity Id / Identifier (Entity ID) (default: from --profile)')
    .option('--acs-url <url>', 'the app\'s ACS / Redirect / Reply URL (default: from --profile)')
    .option('--profile <name>', 'SP profile: elevenlabs, elastic-cloud, label-studio, zendesk, generic')
    .option('--entity <entityID>', 'in an aggregate, the IdP to use')
    .option('--out <file>', 'write here instead of standard output')
    .option('--force', 'overwrite --out if it exists')
    .option('--now <iso>', 'leave out certificates expired at this time (default: now)')
    .action(async (opts: InitOptions) => {
      const text = readTextFile(opts.fromMetadata, 'metadata');
      const now = resolveNow(opts.now);
      const { initConfigFromMetadata } = await import('../config/init.js');
      const outcome = initConfigFromMetadata(text, {
        spEntityId: opts.spEntityId,
        acsUrl: opts.acsUrl,
        profile: opts.profile,
        entityId: opts.entity,
        now,
      });
      if (!outcome.ok) {
        const detail = outcome.findings.length ? ` (${outcome.findings[0]!.code}: ${outcome.findings[0]!.message})` : '';
        throw new UsageError(`cannot build a config from ${opts.fromMetadata}: ${outcome.reason}${detail}`);
      }
      if (opts.out) {
        writeFileAtomic(opts.out, outcome.text, Boolean(opts.force));
        process.stderr.write(`wrote ${opts.out}; check it with: saml-doctor config lint ${opts.out}\n`);
      } else {
        process.stdout.write(outcome.text);
      }
    });
}
