import type { Command } from 'commander';
import { UsageError } from './errors.js';

export function register(program: Command): void {
  program
    .command('explain')
    .description('what a diagnosis code means and how to fix it')
    .argument('[code]', 'a finding code, e.g. audience-mismatch')
    .option('--list', 'list every code with its title')
    .option('-f, --format <format>', 'human or json', 'human')
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
      const rule = getRule(code.trim().toLowerCase());
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
      const lines = [`${rule.code} (${rule.severity}, ${rule.area})`, rule.title, '', rule.explain];
      if (rule.mirrors) lines.push('', `Other products report this as: "${rule.mirrors}"`);
      process.stdout.write(lines.join('\n') + '\n');
    });
}
