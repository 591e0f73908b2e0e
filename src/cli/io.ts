import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, existsSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { UsageError } from './errors.js';

export interface InputBytes {
  data: Buffer;
  /** Label used in reports: the path as given, or 'stdin'. */
  label: string;
  /** The path when the input is a file (captures are streamed from it). */
  path?: string;
}

/** INPUT is a path, '-' for stdin, or absent: stdin, with a paste prompt on a terminal. */
export async function readInput(input: string | undefined): Promise<InputBytes> {
  if (input && input !== '-') {
    let st;
    try {
      st = statSync(input);
    } catch {
      throw new UsageError(`cannot read ${input}: no such file`);
    }
    if (st.isDirectory()) throw new UsageError(`${input} is a directory; give a file`);
    try {
      return { data: readFileSync(input), label: input, path: input };
    } catch (e) {
      throw new UsageError(`cannot read ${input}: ${(e as Error).message}`);
    }
  }
  if (process.stdin.isTTY) return { data: await promptPaste(), label: 'pasted input' };
  return { data: await readStdin(), label: 'stdin' };
}

let stdinBytes: Promise<Buffer> | undefined;

/** Standard input, read once: the capture sniff and the decoder may both ask for it. */
export function readStdin(): Promise<Buffer> {
  stdinBytes ??= readStream(process.stdin);
  return stdinBytes;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/** On a terminal with no input: ask for a paste, end on an empty line or Ctrl-D. */
async function promptPaste(): Promise<Buffer> {
  process.stderr.write(
    'Paste a SAMLResponse, redirect URL, XML or certificate, then press Enter on an empty line (or Ctrl-D):\n',
  );
  // Only an interactive paste needs readline; every other run is spared loading it.
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines: string[] = [];
  for await (const line of rl) {
    if (line.trim() === '' && lines.length) break;
    lines.push(line);
  }
  rl.close();
  return Buffer.from(lines.join('\n'), 'utf8');
}

export function readTextFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory; give a file' : (e as Error).message;
    throw new UsageError(`cannot read ${what} ${path}: ${why}`);
  }
}

/** How a config reads the files it names (certificates, metadata): relative to the config file itself. */
export function configFileAccess(configPath: string): { baseDir: string; readFile(path: string): string } {
  return { baseDir: dirname(configPath), readFile: (p) => readFileSync(p, 'utf8') };
}

/** --now ISO, else the clock. The only place a command reads the time. */
export function resolveNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now: not an ISO 8601 time: ${value}`);
  return d;
}

export function parseSeconds(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag}: expected a number of seconds, got ${value}`);
  return n;
}

/**
 * Writes via a temporary file in the same directory and a rename, so a reader never sees half a file.
 * Refuses to replace an existing file unless `force`.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, force: boolean): void {
  if (existsSync(path) && statSync(path).isDirectory()) throw new UsageError(`${path} is a directory; give a file name`);
  if (!force && existsSync(path)) throw new UsageError(`${path} exists; use --force to overwrite it`);
  if (!existsSync(dirname(path))) throw new UsageError(`cannot write ${path}: the directory ${dirname(path)} does not exist`);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, 'w', 0o644);
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot write ${path}: ${(e as Error).message}`);
  }
}
