import type { Command } from 'commander';
import { withOutputOptions, setExitCode } from './options.js';
import type { OutputOptions } from './options.js';
import type { Result } from '../report/types.js';
import { readInput, resolveNow } from './io.js';

interface InspectCliOptions extends OutputOptions {
  xml?: boolean;
  now?: string;
}

export function register(program: Command): void {
  withOutputOptions(
    program
      .command('inspect')
      .description('decode anything SAML and show what is in it')
      .argument('[input]', 'file with a SAMLResponse, SAMLRequest, URL, form body, HTML page, HAR, XML or certificate; - or nothing for stdin')
      .option('--xml', 'print the decoded XML, indented, instead of the summary')
      .option('--now <iso>', 'judge times as of this instant (default: the capture time for a HAR, else now)'),
  ).action(async (input: string | undefined, opts: InspectCliOptions) => {
    const inspectOpts = { now: resolveNow(opts.now), nowExplicit: opts.now !== undefined, xml: opts.xml };
    // Captures (HAR, SAML-tracer) are streamed from the file and shown with their timeline first.
    const capture = await (await import('./capture.js')).readCaptureFile(input);
    const [{ inspectDecoded }, { emit }] = await Promise.all([import('../inspect/inspect.js'), import('./output.js')]);
    let results: Result[];
    if (capture) {
      const { inspectCapture } = await import('../flow/report.js');
      const label = capture.capture?.source ?? input ?? 'stdin';
      results = inspectCapture(capture, label, (d) => inspectDecoded(d, label, inspectOpts));
    } else {
      const bytes = await readInput(input);
      const { decodeInput } = await import('../input/decode.js');
      results = inspectDecoded(decodeInput(bytes.data, bytes.label), bytes.label, inspectOpts);
    }
    setExitCode(await emit(results, opts));
  });
}
