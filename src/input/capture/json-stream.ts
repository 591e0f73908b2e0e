import type { JsonHandler, JsonScalar } from './json-tokenizer.js';
import { JsonSyntaxError, JsonTokenizer } from './json-tokenizer.js';

/** One element of a streamed array, handed out as soon as it is complete. */
export interface StreamedItem {
  /** Name the selector gave the array, e.g. 'har' or 'saml-tracer'. */
  array: string;
  index: number;
  value: unknown;
}

export interface StreamEnd {
  /** The document with streamed arrays left empty. */
  root: unknown;
  /** Strings longer than the cap, replaced by ''. */
  truncatedStrings: number;
  error?: { message: string; offset: number };
}

export interface StreamOptions {
  /** Names an array whose elements are streamed rather than kept; undefined keeps it in the root. */
  streamArray(path: readonly string[]): string | undefined;
  /** Longest string materialised, in bytes. */
  maxString: number;
  /** A string value not worth materialising, judged by its key and the keys already read beside it. */
  skipString?(key: string, siblings: Readonly<Record<string, unknown>>): boolean;
}

type Container = Record<string, unknown> | unknown[];

interface Frame {
  value: Container;
  path: string[];
  key?: string;
  streamed?: string;
  count: number;
}

function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  // A "__proto__" key in untrusted JSON must stay data, not become the prototype.
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

class Builder implements JsonHandler {
  readonly queue: StreamedItem[] = [];
  private readonly frames: Frame[] = [];
  root: unknown = undefined;
  truncatedStrings = 0;

  constructor(
    private readonly select: StreamOptions['streamArray'],
    private readonly skip: StreamOptions['skipString'],
  ) {}

  private childPath(): string[] {
    const top = this.frames[this.frames.length - 1];
    if (!top) return [];
    return [...top.path, Array.isArray(top.value) ? String(top.count) : (top.key ?? '')];
  }

  private open(value: Container): void {
    const path = this.childPath();
    const frame: Frame = { value, path, count: 0 };
    if (Array.isArray(value)) frame.streamed = this.select(path);
    this.frames.push(frame);
  }

  private add(v: unknown): void {
    const top = this.frames[this.frames.length - 1];
    if (!top) {
      this.root = v;
      return;
    }
    if (top.streamed !== undefined) this.queue.push({ array: top.streamed, index: top.count, value: v });
    else if (Array.isArray(top.value)) top.value.push(v);
    else setOwn(top.value, top.key ?? '', v);
    top.count++;
  }

  startObject(): void {
    this.open({});
  }
  startArray(): void {
    this.open([]);
  }
  endObject(): void {
    this.add(this.frames.pop()!.value);
  }
  endArray(): void {
    this.add(this.frames.pop()!.value);
  }
  key(name: string): void {
    this.frames[this.frames.length - 1]!.key = name;
  }
  value(v: JsonScalar, truncated: boolean): void {
    if (truncated) this.truncatedStrings++;
    this.add(v);
  }
  wantValue(): boolean {
    const top = this.frames[this.frames.length - 1];
    if (!this.skip || !top || Array.isArray(top.value)) return true;
    return !this.skip(top.key ?? '', top.value);
  }
}

/**
 * Parses JSON from byte chunks, yielding the elements of selected arrays one at a time so that
 * memory holds one element, not the file. Returns the rest of the document; a syntax error ends
 * the stream with `error` set (the elements read before it were already yielded).
 */
export async function* streamJson(
  chunks: AsyncIterable<Uint8Array | string>,
  opts: StreamOptions,
): AsyncGenerator<StreamedItem, StreamEnd> {
  const builder = new Builder(opts.streamArray, opts.skipString);
  const tokenizer = new JsonTokenizer(builder, opts.maxString);
  let error: StreamEnd['error'];
  try {
    for await (const chunk of chunks) {
      tokenizer.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      yield* builder.queue.splice(0);
    }
    tokenizer.end();
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    error = { message: e.message, offset: e.offset };
  }
  yield* builder.queue.splice(0);
  return { root: builder.root, truncatedStrings: builder.truncatedStrings, error };
}
