import type { Command } from 'commander';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './errors.js';
import { withOutputOptions, setExitCode } from './options.js';
import type { OutputOptions } from './options.js';
import { configFileAccess, parseSeconds, readTextFile, resolveNow } from './io.js';

interface ValidateCliOptions extends OutputOptions {
  config: string;
  now?: string;
  skew?: string;
  requestId?: string;
  spKey?: string;
  profile?: string;
  workers?: string;
}

export function register(program: Command): void {
  withOutputOptions(
    program
      .command('validate')
      .description("full diagnosis of a SAML Response against the SP's SSO config")
      .argument(
        '[inputs...]',
        'SAMLResponse in any form (base64, XML, form body, URL, HTML, HAR), several files or a directory; - or nothing for stdin',
      )
      .requiredOption('-c, --config <file>', 'the SSO config (JSON) describing what the SP expects')
      .option('--now <iso>', 'judge times as of this instant (default: a HAR entry\'s capture time, else now)')
      .option('--skew <seconds>', 'allowed clock skew in seconds (default: the config\'s, else 180)')
      .option('--request-id <id>', 'ID of the AuthnRequest the Response should answer (InResponseTo)')
      .option('--sp-key <file>', 'SP private key (PEM) to decrypt an EncryptedAssertion')
      .option('--profile <name>', 'SP profile: elevenlabs, elastic-cloud, label-studio, zendesk, generic')
      .option('--workers <n>', 'threads judging many files (default: one per core when there are enough files)'),
  ).action(async (inputs: string[], opts: ValidateCliOptions) => {
    const configText = readTextFile(opts.config, 'config');
    const explicitNow = opts.now === undefined ? undefined : resolveNow(opts.now);
    const clock = explicitNow ?? resolveNow(undefined);
    const skewSeconds = parseSeconds(opts.skew, '--skew');
    const spKeyPem = opts.spKey === undefined ? undefined : readTextFile(opts.spKey, 'SP key');

    const workers = opts.workers === undefined ? undefined : Number(opts.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) {
      throw new UsageError(`--workers: expected a whole number of threads, at least 1, got ${opts.workers}`);
    }

    const [{ loadConfig }, knowledge, { validateFiles }, { makeResult }] = await Promise.all([
      import('../config/load.js'),
      import('../knowledge/index.js'),
      import('./validate-batch.js'),
      import('../report/build.js'),
    ]);
    if (opts.profile !== undefined && !knowledge.getProfile(opts.profile)) {
      throw new UsageError(`--profile: unknown profile '${opts.profile}'; known: ${knowledge.profileNames().join(', ')}`);
    }
    const loaded = loadConfig(configText, {
      ...configFileAccess(opts.config),
      now: clock,
    });
    const notJson = loaded.findings.find((f) => f.code === 'config-not-json');
    if (notJson) throw new UsageError(`config ${opts.config}: ${notJson.message}${notJson.location ? ` (${notJson.location})` : ''}`);

    const { emit } = await import('./output.js');
    const configResult = loaded.findings.length
      ? [makeResult({ input: opts.config, type: 'config', findings: loaded.findings, context: [`SSO config ${opts.config}`] })]
      : [];
    if (!loaded.config) {
      // A config that breaks the schema cannot say what the SP expects; its findings are the answer.
      setExitCode(await emit(configResult, opts));
      return;
    }
    const settings = { config: loaded.config, explicitNow, clock, skewSeconds, requestId: opts.requestId, spKeyPem, profile: opts.profile };
    const files = expandInputs(inputs);
    const results = [...configResult, ...(await validateFiles(files, settings, { workers }))];

    if (files.length > 1 && opts.format === 'human') {
      const { summarizeResults } = await import('../validate/summary.js');
      const { getExitCode } = await import('../report/exit-code.js');
      process.stdout.write(summarizeResults(results, { strict: opts.strict }).join('\n') + '\n');
      setExitCode(getExitCode(results, { strict: Boolean(opts.strict) }));
      return;
    }
    setExitCode(await emit(results, opts));
  });
}

/** Files as given; a directory stands for every file below it (sorted, hidden files skipped). */
function expandInputs(inputs: string[]): Array<string | undefined> {
  if (!inputs.length) return [undefined];
  const out: string[] = [];
  for (const input of inputs) {
    if (input !== '-' && isDirectory(input)) out.push(...listFiles(input));
    else out.push(input);
  }
  if (!out.length) throw new UsageError(`no files in ${inputs.join(', ')}`);
  return out;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const pending = [dir];
  while (pending.length) {
    const current = pending.pop()!;
    let names: string[];
    try {
      names = readdirSync(current).sort();
    } catch (e) {
      throw new UsageError(`cannot read directory ${current}: ${(e as Error).message}`);
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(current, name);
      if (isDirectory(path)) pending.push(path);
      else out.push(path);
    }
  }
  return out.sort();
}
