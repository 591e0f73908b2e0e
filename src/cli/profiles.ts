import type { Command } from 'commander';
import { UsageError } from './errors.js';

export function register(program: Command): void {
  program
    .command('profiles')
    .description('list the service-provider profiles and what each one requires')
    .argument('[name]', 'show one profile in full')
    .option('-f, --format <format>', 'human or json', 'human')
    .action(async (name: string | undefined, opts: { format: string }) => {
      const { getProfile, listProfiles, profileNames } = await import('../knowledge/index.js');
      const { profileRows } = await import('../knowledge/table.js');
      const rows = profileRows();
      if (name !== undefined && !getProfile(name)) {
        throw new UsageError(`unknown profile '${name}'; known profiles: ${profileNames().join(', ')}`);
      }
      const profiles = listProfiles().filter((p) => name === undefined || p.name === name);
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify(profiles, null, 2) + '\n');
        return;
      }
      const out: string[] = [];
      for (const p of profiles) {
        const codes = rows.find((r) => r.name === p.name)?.codes ?? [];
        out.push(`${p.name}  ${p.title}`, `  ${p.summary}`);
        if (p.expects.spEntityId) out.push(`  SP entity ID   ${p.expects.spEntityId}`);
        if (p.expects.acsUrl) out.push(`  ACS URL        ${p.expects.acsUrl}`);
        for (const req of p.requirements) out.push(`  • ${req}`);
        if (codes.length) out.push(`  profile checks: ${codes.join(', ')}`);
        if (name !== undefined) out.push(`  source: ${p.source}`);
        out.push('');
      }
      out.push('Use one with --profile NAME on validate, or "profile": "NAME" in the SSO config.');
      process.stdout.write(out.join('\n') + '\n');
    });
}
