import { Chalk } from 'chalk';
import type { Finding } from '../checks/types.js';
import type { Report, Result } from './types.js';
import { formatUtc } from '../util/time.js';

export interface HumanOptions {
  color: boolean;
  /** Terminal width for wrapping hints; 100 when unknown. */
  width?: number;
  /** Hide the list of passed checks. */
  quiet?: boolean;
}

const MARK = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

/** Readable without colour; colour only adds emphasis. */
export function renderHuman(report: Report, opts: HumanOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = Math.max(60, Math.min(opts.width ?? 100, 120));
  const out: string[] = [];
  report.results.forEach((r, i) => {
    if (i > 0) out.push('');
    out.push(...renderResult(r, c, width, opts.quiet ?? false));
  });
  out.push('');
  const { errors, warnings, infos } = report.summary;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos) parts.push(plural(infos, 'note'));
  const line = parts.join(' · ');
  out.push(errors ? c.red.bold(line) : warnings ? c.yellow(line) : c.green(line));
  return out.join('\n') + '\n';
}

function renderResult(r: Result, c: InstanceType<typeof Chalk>, width: number, quiet: boolean): string[] {
  const out: string[] = [];
  const [first, ...rest] = r.context ?? [];
  out.push(c.bold(first ?? `${r.input} (${r.type})`));
  for (const line of rest) out.push(c.dim(line));
  if (r.body?.length) {
    out.push('');
    out.push(...r.body);
  }
  const codeWidth = Math.min(28, Math.max(0, ...r.findings.map((f) => f.code.length)));
  if (r.findings.length) out.push('');
  for (const f of r.findings) out.push(...renderFinding(f, c, width, codeWidth));
  if (!quiet && r.passed?.length) {
    out.push('');
    // A long combined name ("issuer · audience · …") overflows rather than pushing every detail right.
    const nameWidth = Math.max(0, ...r.passed.map((p) => p.check.length).filter((n) => n <= 24));
    for (const p of r.passed) out.push(`${c.green('✔')} ${c.green(p.check.padEnd(nameWidth))}  ${p.detail}`);
  }
  return out;
}

function renderFinding(f: Finding, c: InstanceType<typeof Chalk>, width: number, codeWidth: number): string[] {
  const paint = f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.cyan;
  const out = [`${paint(MARK[f.severity])} ${paint.bold(f.code.padEnd(codeWidth))}  ${f.message}`];
  const label = (name: string) => `    ${c.dim(name.padEnd(9))} `;
  const indent = ' '.repeat(14);
  if (f.expected !== undefined || f.actual !== undefined) {
    out.push(...wrap(label('expected'), show(f.expected), indent, width));
    out.push(...wrap(label('actual'), show(f.actual), indent, width));
  }
  if (f.hint) out.push(...wrap(label('fix'), f.hint, indent, width));
  if (f.location) out.push(label('at') + f.location);
  // A capture finding often mirrors the very text it shows as actual: say it once.
  if (f.mirrors && !f.message.includes(f.mirrors) && !show(f.actual).includes(f.mirrors)) out.push(...wrap('    ', c.dim(`the app reports this as: "${f.mirrors}"`), '    ', width));
  return out;
}

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z\b/g;

/**
 * Expected/actual values are data: lists joined by commas, an object as one "key: value" line
 * per field (a certificate's fingerprint, subject, validity), ISO instants (alone or inside a
 * value such as "valid <from> – <to>") as the rest of the output shows them. JSON and SARIF keep
 * the raw values.
 */
export function show(value: unknown): string {
  if (value === undefined) return '(none)';
  if (value === null) return '(null)';
  if (typeof value === 'string') return value === '' ? '(empty)' : value.replace(ISO_INSTANT, (iso) => formatUtc(new Date(iso)));
  if (Array.isArray(value)) {
    if (!value.length) return '(none)';
    return value.map((v) => show(v)).join(value.some(isRecord) ? '\n' : ', ');
  }
  if (isRecord(value)) {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${show(v).replace(/\n/g, '; ')}`)
      .join('\n');
  }
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function wrap(first: string, text: string, indent: string, width: number): string[] {
  const visible = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length;
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = lines.length ? indent : first;
    let empty = true;
    for (const word of para.split(' ')) {
      if (!empty && visible(line) + 1 + visible(word) > width) {
        lines.push(line);
        line = indent + word;
      } else {
        line += (empty ? '' : ' ') + word;
      }
      empty = false;
    }
    lines.push(line);
  }
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
