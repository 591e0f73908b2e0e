import type { Command } from 'commander';
import { Option } from 'commander';
import { UsageError } from './errors.js';

export function register(program: Command): void {
  program
    .command('explain')
    .description('what a diagnosis code means and how to fix it')
    .argument('[code]', 'a finding code, e.g. audience-mismatch')
    .option('--list', 'list every code with its title')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['human', 'json']).default('human'))
    .action(async (code: string | undefined, opts: { list?: boolean; format: string }) => {
      const { allRules, getRule, suggestCodes } = await import('../checks/registry.js');
      if (opts.list || !code) {
        const rules = [...allRules()].sort((a, b) => a.area.localeCompare(b.area) || a.code.localeCompare(b.code));
        if (opts.format === 'json') {
          process.stdout.write(JSON.stringify(rules, null, 2) + '\n');
          return;
        }
        const w = Math.max(...rules.map((r) => r.code.length));
        let area = '';
        for (const r of rules) {
          if (r.area !== area) {
            area = r.area;
            process.stdout.write(`\n${area}\n`);
          }
          process.stdout.write(`  ${r.code.padEnd(w)}  ${r.severity.padEnd(7)}  ${r.title}\n`);
        }
        return;
      }
      // People paste codes as they saw them: AUDIENCE_MISMATCH, "audience mismatch".
      const rule = getRule(code.trim().toLowerCase().replace(/[\s_]+/g, '-'));
      if (!rule) {
        const near = suggestCodes(code);
        throw new UsageError(
          `unknown code '${code}'.` +
            (near.length ? ` Did you mean: ${near.join(', ')}?` : '') +
            ' Run `saml-doctor explain --list` for all codes.',
        );
      }
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify(rule, null, 2) + '\n');
        return;
      }
      const width = Math.max(60, Math.min(process.stdout.columns ?? 80, 100));
      const lines = [`${rule.code} (${rule.severity}, ${rule.area})`, rule.title, '', ...wrap(rule.explain, width)];
      if (rule.mirrors) lines.push('', `Other products report this as: "${rule.mirrors}"`);
      process.stdout.write(lines.join('\n') + '\n');
    });
}

/** The explain texts are one paragraph each: wrap them for a terminal. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
