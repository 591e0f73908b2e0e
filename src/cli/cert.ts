import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { readInput, resolveNow, writeFileAtomic } from './io.js';
import type { OutputOptions } from './options.js';
import { setExitCode, withOutputOptions } from './options.js';

interface CertOptions extends OutputOptions {
  now?: string;
  fix?: boolean;
  out?: string;
  force?: boolean;
  compare?: string;
}

/** One thing to lint: a file, stdin, or one certificate entry of a config file. */
interface Source {
  label: string;
  data: Uint8Array | string;
}

interface Loaded {
  label: string;
  sources: Source[];
  /** Bare fingerprints from a config (idp.fingerprints), plain hex. */
  fingerprints: string[];
}

export function register(program: Command): void {
  withOutputOptions(
    program
      .command('cert')
      .description('lint, repair and fingerprint an X.509 certificate (PEM, DER, base64, metadata, a Response)')
      .argument('[input]', 'certificate, metadata, SAML message or SSO config file; - for stdin')
      .option('--now <iso>', 'judge validity at this time (default: now)')
      .option('--fix', 'print only the repaired certificate as canonical PEM on stdout (findings go to stderr)')
      .option('--out <file>', 'write the repaired PEM to this file (atomically; never overwrites without --force)')
      .option('--force', 'let --out replace an existing file')
      .option('--compare <other>', 'say whether OTHER (PEM, metadata, Response or SSO config) holds the same certificate'),
  ).action(async (input: string | undefined, opts: CertOptions) => {
    const now = resolveNow(opts.now);
    if (opts.compare === '-' && (input === undefined || input === '-')) {
      throw new UsageError('--compare - and the input cannot both be standard input');
    }
    if (opts.force && !opts.out) throw new UsageError('--force only applies with --out FILE');
    const core = await import('../crypto/cert/index.js');
    const { compareCertificateSides } = await import('../checks/certificate/index.js');
    const { makeResult } = await import('../report/build.js');
    const { formatUtc } = await import('../util/time.js');

    const main = await load(input, core.configCertificates);
    const lints = main.sources.map((s) => ({ source: s, lint: core.lintCertificateText(s.data, { now }) }));

    const results = lints.map(({ source, lint }) =>
      makeResult({
        input: source.label,
        type: 'certificate',
        findings: lint.findings,
        passed: lint.passed,
        context: [
          `${source.label}: ${KIND_NAMES[lint.kind]}, ${count(lint.certificates.length, 'certificate')}`,
          `judged at ${formatUtc(now)} (${opts.now ? '--now' : 'now'})`,
        ],
        body: lint.certificates.flatMap((c, i) => [
          ...(i > 0 ? [''] : []),
          ...core.describeCertificate(
            c,
            now,
            lint.certificates.length === 1 ? 'Certificate' : `Certificate ${i + 1} of ${lint.certificates.length} · ${c.location}`,
          ),
        ]),
        details: {
          kind: lint.kind,
          certificates: lint.certificates.map((c) => ({
            ...c.facts,
            location: c.location,
            occurrences: c.occurrences,
            ...(c.role ? { role: c.role } : {}),
            ...(c.uses ? { uses: c.uses } : {}),
          })),
          repairable: lint.repairedPem !== undefined,
          ...(lint.notRepairable ? { notRepairable: lint.notRepairable } : {}),
        },
      }),
    );

    if (!main.sources.length) {
      // A config that pins fingerprints only: nothing to lint, but say so instead of printing nothing.
      results.push(
        makeResult({
          input: main.label,
          type: 'certificate',
          findings: [],
          context: [`${main.label}: SSO config with ${count(main.fingerprints.length, 'fingerprint')} and no certificate`],
          body: [
            ...main.fingerprints.map((f) => `  fingerprint  ${f}`),
            '',
            opts.compare === undefined
              ? `Nothing to lint. To check a certificate against these fingerprints: saml-doctor cert CERT --compare ${main.label}`
              : 'Nothing to lint; compared below.',
          ],
          details: { kind: 'config', certificates: [], fingerprints: main.fingerprints },
        }),
      );
    }

    if (opts.compare !== undefined) {
      const other = await load(opts.compare, core.configCertificates);
      const otherCerts = other.sources.flatMap((s) => core.lintCertificateText(s.data, { now }).certificates);
      if (!otherCerts.length && !other.fingerprints.length) {
        throw new UsageError(`--compare ${opts.compare}: no certificate could be read from it (run \`saml-doctor cert ${opts.compare}\`)`);
      }
      const mine = lints.flatMap((l) => l.lint.certificates);
      if (!mine.length) throw new UsageError(`nothing to compare: no certificate could be read from ${main.label}`);
      const outcome = compareCertificateSides(
        { label: main.label, certificates: mine.map((c) => c.facts) },
        { label: other.label, certificates: otherCerts.map((c) => c.facts), fingerprints: other.fingerprints },
      );
      results.push(
        makeResult({
          input: `${main.label} vs ${other.label}`,
          type: 'certificate-comparison',
          findings: outcome.findings,
          passed: outcome.passed,
          context: [`comparing ${main.label} (${count(mine.length, 'certificate')}) with ${other.label} (${describeOther(otherCerts.length, other.fingerprints.length)})`],
          details: outcome.comparison ? { comparison: outcome.comparison } : {},
        }),
      );
    }

    if (opts.fix || opts.out) {
      const repaired = lints.map((l) => l.lint.repairedPem);
      const reasons = lints.map((l) => l.lint.notRepairable).filter((r): r is string => r !== undefined);
      if (opts.fix) {
        // stdout carries the PEM and nothing else, so `cert bad.pem --fix > good.pem` is safe.
        const { renderHuman } = await import('../report/human.js');
        const { buildReport } = await import('../report/build.js');
        // Findings only: the facts and the passed checks would drown them on a terminal.
        const report = buildReport(results.map(({ body: _body, passed: _passed, ...r }) => r));
        if (report.results.some((r) => r.findings.length)) {
          process.stderr.write(renderHuman(report, { color: false, quiet: true }));
        }
      }
      if (reasons.length || repaired.some((p) => p === undefined)) {
        process.stderr.write(`saml-doctor: cannot repair: ${reasons.join('; ') || 'no certificate found'}\n`);
        if (!opts.fix) setExitCode(await (await import('./output.js')).emit(results, opts));
        setExitCode(1);
        return;
      }
      const pem = repaired.join('');
      if (opts.out) {
        writeFileAtomic(opts.out, pem, Boolean(opts.force));
        process.stderr.write(`saml-doctor: wrote ${opts.out}\n`);
      }
      if (opts.fix) {
        process.stdout.write(pem);
        // The shape problems are what was repaired; what remains (expired, weak key, ...) still counts.
        const remaining = results.map((r) => ({ ...r, findings: r.findings.filter((f) => !core.isSettledByRepair(f)) }));
        const { getExitCode } = await import('../report/exit-code.js');
        setExitCode(getExitCode(remaining, { strict: Boolean(opts.strict) }));
        return;
      }
    }

    const { emit } = await import('./output.js');
    setExitCode(await emit(results, opts));
  });
}

const KIND_NAMES: Record<string, string> = {
  pem: 'PEM text',
  der: 'DER (binary)',
  base64: 'bare base64 body',
  metadata: 'SAML metadata',
  message: 'SAML message',
  xml: 'XML document',
  unknown: 'unrecognised input',
};

/** Reads INPUT (or --compare OTHER); an SSO config yields one source per certificate it names. */
type ConfigReader = (json: unknown) => { entries: { label: string; inline?: string; path?: string }[]; fingerprints: string[] } | undefined;

async function load(path: string | undefined, configCertificates: ConfigReader): Promise<Loaded> {
  const bytes = await readInput(path);
  const text = bytes.data.toString('utf8');
  if (/^\s*\{/.test(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const cfg = json === undefined ? undefined : configCertificates(json);
    if (cfg) {
      const base = bytes.path ? dirname(bytes.path) : process.cwd();
      const sources = cfg.entries.map((e): Source => {
        if (e.inline !== undefined) return { label: `${bytes.label} ${e.label}`, data: e.inline };
        const file = resolve(base, e.path!);
        try {
          return { label: `${bytes.label} ${e.label} (${e.path})`, data: readFileSync(file) };
        } catch (err) {
          throw new UsageError(`cannot read ${e.label} of ${bytes.label}: ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
        }
      });
      if (!sources.length && !cfg.fingerprints.length) {
        throw new UsageError(`${bytes.label} is an SSO config without idp.certificates or idp.fingerprints`);
      }
      return { label: bytes.label, sources, fingerprints: cfg.fingerprints };
    }
  }
  return { label: bytes.label, sources: [{ label: bytes.label, data: bytes.data }], fingerprints: [] };
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describeOther(certs: number, fingerprints: number): string {
  return [certs ? count(certs, 'certificate') : '', fingerprints ? count(fingerprints, 'fingerprint') : ''].filter(Boolean).join(', ');
}
