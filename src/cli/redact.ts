import type { Command } from 'commander';
import { UsageError } from './errors.js';
import { readInput, writeFileAtomic } from './io.js';

interface RedactCliOptions {
  out?: string;
  force?: boolean;
  keepDomains?: boolean;
}

export function register(program: Command): void {
  program
    .command('redact')
    .description('a copy safe to attach to a ticket: personal data replaced by stable placeholders')
    .argument('[input]', 'HAR, SAML-tracer export, SAML XML, base64 SAMLResponse, URL or form body; - or nothing for stdin')
    .option('-o, --out <file>', 'write the copy here instead of standard output (never over the input)')
    .option('--force', 'replace --out if it exists')
    .option('--keep-domains', 'keep the domain of email addresses (the local part is still replaced)')
    .action(async (input: string | undefined, opts: RedactCliOptions) => {
      if (opts.out && input && input !== '-') {
        const { realpathSync } = await import('node:fs');
        const { resolve } = await import('node:path');
        const real = (p: string) => {
          try {
            return realpathSync(p);
          } catch {
            return resolve(p);
          }
        };
        if (real(opts.out) === real(input)) throw new UsageError('--out is the input file; redact never writes over its input');
      }
      const bytes = await readInput(input);
      if (bytes.data.toString('utf8').trim() === '') throw new UsageError(`${bytes.label} is empty: there is nothing to redact`);
      // A NUL byte never occurs in the text forms SAML travels in; echoing an image back is no redaction.
      if (bytes.data.includes(0)) {
        throw new UsageError(`${bytes.label} is binary data, not text: redact takes a HAR, SAML-tracer export, SAML XML, base64 value, URL or form body`);
      }
      const { redact } = await import('../redact/index.js');
      const outcome = redact(bytes.data.toString('utf8'), { keepDomains: Boolean(opts.keepDomains) });
      if (opts.out) writeFileAtomic(opts.out, outcome.output, Boolean(opts.force));
      else process.stdout.write(outcome.output);
      const counts = Object.entries(outcome.replaced)
        .map(([kind, n]) => `${n} ${(KIND_WORDS[kind] ?? [kind, kind])[n === 1 ? 0 : 1]}`)
        .join(', ');
      process.stderr.write(`saml-doctor redact: ${outcome.kind}; replaced ${counts || 'nothing'}${opts.out ? ` → ${opts.out}` : ''}\n`);
      for (const note of outcome.notes) process.stderr.write(`note: ${note}\n`);
    });
}

/** Placeholder kinds (src/redact/placeholders.ts) as the reader counts them: singular, plural. */
const KIND_WORDS: Record<string, [string, string]> = {
  email: ['email address', 'email addresses'],
  name: ['name', 'names'],
  value: ['attribute value', 'attribute values'],
  id: ['ID', 'IDs'],
  guid: ['GUID', 'GUIDs'],
  ip: ['IP address', 'IP addresses'],
  secret: ['secret (cookie, credential)', 'secrets (cookies, credentials)'],
};
