import type { Command } from 'commander';
import { dirname } from 'node:path';
import { readFileSync } from 'node:fs';
import { withOutputOptions, setExitCode } from './options.js';
import type { OutputOptions } from './options.js';
import { readTextFile, resolveNow } from './io.js';

interface LintOptions extends OutputOptions {
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
      baseDir: dirname(file),
      readFile: (p) => readFileSync(p, 'utf8'),
      now,
    });
    setExitCode(emit([outcome.result], opts));
    if (outcome.notJson) setExitCode(2);
  });
}
