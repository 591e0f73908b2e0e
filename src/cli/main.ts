import { Command, CommanderError } from 'commander';
import { UsageError } from './errors.js';
import { setExitCode } from './options.js';
import { VERSION } from './version.js';
import { register as registerExplain } from './explain.js';
import { register as registerRedact } from './redact.js';
import { register as registerInspect } from './inspect.js';
import { register as registerConfig } from './config.js';
import { register as registerMetadata } from './metadata.js';
import { register as registerValidate } from './validate.js';
import { register as registerCert } from './cert.js';
import { register as registerProfiles } from './profiles.js';

/**
 * The commander program. Command modules register their options here and load the
 * heavy core (xml-crypto, node-forge) only inside their actions, so --help stays fast.
 */
export async function main(argv: string[]): Promise<void> {
  // `saml-doctor ... | head` closes the pipe early: that is the reader's choice, not a crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
  const program = new Command('saml-doctor')
    .description('Tells you exactly why a SAML single sign-on login fails, and what to change. Runs locally.')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride();
  program.configureOutput({ outputError: (str, write) => write(`saml-doctor: ${str.replace(/^error: /, '')}`) });

  // In the order a support engineer reaches for them (the order of --help).
  registerValidate(program);
  registerInspect(program);
  registerCert(program);
  registerMetadata(program);
  registerConfig(program);
  registerExplain(program);
  registerRedact(program);
  registerProfiles(program);
  program.addHelpText('after', EXAMPLES);

  for (const cmd of program.commands) cmd.exitOverride();

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version arrive here with exit code 0.
      setExitCode(err.exitCode === 0 ? 0 : 2);
      return;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`saml-doctor: ${err.message}\n`);
      setExitCode(2);
      return;
    }
    const e = err as Error;
    process.stderr.write(`saml-doctor: internal error: ${e?.message ?? String(err)}\n`);
    if (process.env.SAML_DOCTOR_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
    else process.stderr.write('(set SAML_DOCTOR_DEBUG=1 to see where it happened, and please report it)\n');
    setExitCode(2);
  }
}

const EXAMPLES = `
Examples:
  saml-doctor validate login.har --config sso.json   why a login failed
  saml-doctor inspect response.b64                    what a message holds
  saml-doctor cert idp.cer --fix > idp.pem            lint and repair a certificate
  saml-doctor metadata idp.xml --config sso.json      IdP metadata vs the config
  saml-doctor config init --from-metadata idp.xml --profile elevenlabs
  saml-doctor explain nameid-not-email                what a code means

Exit codes: 0 no error found, 1 an error (or a warning with --strict), 2 could not run.
Everything runs locally: nothing is sent anywhere.
`;
