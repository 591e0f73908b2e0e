import { runCli } from './cli.js';

/** The README's command examples: real runs of the built CLI at the fixtures' fixed time. */
export const README_EXAMPLES: { name: string; args: string[]; maxLines?: number }[] = [
  { name: 'demo', args: ['validate', 'fixtures/demo/login.har', '--config', 'fixtures/demo/sso.json'] },
  {
    name: 'validate',
    args: ['validate', 'fixtures/responses/entra-wrong-audience.b64', '--config', 'fixtures/configs/entra-elevenlabs.json', '--now', '2026-11-20T09:15:02Z'],
  },
  {
    name: 'validate-json',
    args: ['validate', 'fixtures/responses/entra-wrong-audience.b64', '--config', 'fixtures/configs/entra-elevenlabs.json', '--now', '2026-11-20T09:15:02Z', '--format', 'json'],
    maxLines: 24,
  },
  { name: 'inspect', args: ['inspect', 'fixtures/requests/redirect-url.txt', '--now', '2026-11-20T09:15:02Z'] },
  { name: 'cert', args: ['cert', 'fixtures/certs/malformed/four-dashes.pem', '--now', '2026-11-20T09:15:02Z'] },
  { name: 'metadata', args: ['metadata', 'fixtures/metadata/entra-rotated.xml', '--now', '2026-11-20T09:15:02Z'] },
  { name: 'config-lint', args: ['config', 'lint', 'fixtures/configs/typos.json', '--now', '2026-11-20T09:15:02Z'] },
  { name: 'explain', args: ['explain', 'nameid-not-email'] },
];

/** A fenced block: the command as typed, then what it printed (cut at `maxLines`, marked). */
export function renderExample(example: (typeof README_EXAMPLES)[number]): string {
  const out = runCli(example.args).stdout.trimEnd().split('\n');
  const shown = example.maxLines && out.length > example.maxLines ? [...out.slice(0, example.maxLines), '  …'] : out;
  return ['```console', `$ saml-doctor ${example.args.join(' ')}`, ...shown, '```'].join('\n');
}
