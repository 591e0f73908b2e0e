/**
 * An incremental JSON tokenizer over byte chunks. HAR files reach hundreds of megabytes, past what
 * one JavaScript string can hold, so the file is never joined: bytes are scanned as they arrive and
 * only the strings a handler asks for are materialised (and those up to a length cap).
 */

export type JsonScalar = string | number | boolean | null;

export interface JsonHandler {
  startObject(): void;
  endObject(): void;
  startArray(): void;
  endArray(): void;
  key(name: string): void;
  /** `truncated` is true when a string was longer than the cap: its value is then ''. */
  value(v: JsonScalar, truncated: boolean): void;
  /** Asked at the start of every string value: false skips materialising it (it is still scanned). */
  wantValue(): boolean;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

const enum Ctx {
  ObjectKey, // after '{' or ',' inside an object: expect a key (or '}' right after '{')
  ObjectColon,
  ObjectValue,
  ObjectNext, // after a value: ',' or '}'
  ArrayValue, // after '[' or ',': expect a value (or ']' right after '[')
  ArrayNext,
}

const enum Mode {
  Between,
  String,
  Literal,
}

const QUOTE = 0x22;
/** HAR and SAML-tracer files nest a few levels; far deeper nesting is hostile or not a capture. */
export const MAX_JSON_DEPTH = 256;
const BACKSLASH = 0x5c;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isLiteralChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x45;
}

/** Undoes JSON string escapes; lenient about malformed ones (kept as written). */
function unescapeJson(raw: string): string {
  if (raw.indexOf('\\') === -1) return raw;
  let out = '';
  let last = 0;
  for (let i = raw.indexOf('\\'); i !== -1 && i < raw.length; i = raw.indexOf('\\', last)) {
    out += raw.slice(last, i);
    const e = raw[i + 1];
    let step = 2;
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'u': {
        const hex = raw.slice(i + 2, i + 6);
        if (/^[0-9a-fA-F]{4}$/.test(hex)) {
          out += String.fromCharCode(parseInt(hex, 16));
          step = 6;
        } else {
          out += '\\u';
        }
        break;
      }
      case undefined: out += '\\'; step = 1; break;
      default: out += e; // \" \\ \/ and anything else
    }
    last = i + step;
  }
  return out + raw.slice(last);
}

export class JsonTokenizer {
  private stack: Ctx[] = [];
  private mode = Mode.Between;
  private rootSeen = false;
  private offset = 0;
  // String state
  private parts: Uint8Array[] = [];
  private partsLength = 0;
  private collecting = false;
  private truncated = false;
  private isKey = false;
  private escapePending = false;
  // Literal state (numbers, true, false, null)
  private literal = '';

  constructor(
    private readonly handler: JsonHandler,
    private readonly maxString: number,
  ) {}

  /** Byte offset of the next byte to be read (for error messages). */
  get position(): number {
    return this.offset;
  }

  push(bytes: Uint8Array): void {
    const chunk = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (this.mode === Mode.String) {
        i = this.scanString(chunk, i);
        continue;
      }
      const c = chunk[i]!;
      if (this.mode === Mode.Literal) {
        if (isLiteralChar(c)) {
          this.literal += String.fromCharCode(c);
          i++;
          continue;
        }
        this.finishLiteral(this.offset + i);
      }
      if (isWhitespace(c)) {
        i++;
        continue;
      }
      this.structural(c, this.offset + i);
      i++;
    }
    this.offset += n;
  }

  /** Call after the last chunk; throws when the document is incomplete. */
  end(): void {
    if (this.mode === Mode.Literal) this.finishLiteral(this.offset);
    if (this.mode === Mode.String) throw new JsonSyntaxError('the file ends inside a string', this.offset);
    if (!this.rootSeen) throw new JsonSyntaxError('the file holds no JSON value', this.offset);
    if (this.stack.length) throw new JsonSyntaxError('the file ends before the JSON document is closed', this.offset);
  }

  private structural(c: number, at: number): void {
    const top = this.stack.length ? this.stack[this.stack.length - 1]! : undefined;
    if (top === Ctx.ObjectColon) {
      if (c !== 0x3a) throw new JsonSyntaxError(`expected ':' after an object key`, at);
      this.stack[this.stack.length - 1] = Ctx.ObjectValue;
      return;
    }
    if (top === Ctx.ObjectNext || top === Ctx.ArrayNext) {
      if (c === 0x2c) {
        this.stack[this.stack.length - 1] = top === Ctx.ObjectNext ? Ctx.ObjectKey : Ctx.ArrayValue;
        return;
      }
      if (c === 0x7d && top === Ctx.ObjectNext) return this.closeObject();
      if (c === 0x5d && top === Ctx.ArrayNext) return this.closeArray();
      throw new JsonSyntaxError(`expected ',' or the end of the ${top === Ctx.ObjectNext ? 'object' : 'array'}`, at);
    }
    if (top === Ctx.ObjectKey) {
      if (c === 0x7d) return this.closeObject();
      if (c !== QUOTE) throw new JsonSyntaxError('expected a quoted object key', at);
      this.beginString(true);
      return;
    }
    if (top === Ctx.ArrayValue && c === 0x5d) return this.closeArray();
    // A value is expected: at the root, after ':' or in an array.
    if (top === undefined) {
      if (this.rootSeen) throw new JsonSyntaxError('unexpected data after the JSON document', at);
      this.rootSeen = true;
    }
    this.afterValueStarts();
    if ((c === 0x7b || c === 0x5b) && this.stack.length >= MAX_JSON_DEPTH) {
      throw new JsonSyntaxError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`, at);
    }
    if (c === 0x7b) {
      this.stack.push(Ctx.ObjectKey);
      this.handler.startObject();
    } else if (c === 0x5b) {
      this.stack.push(Ctx.ArrayValue);
      this.handler.startArray();
    } else if (c === QUOTE) {
      this.beginString(false);
    } else if (isLiteralChar(c)) {
      this.mode = Mode.Literal;
      this.literal = String.fromCharCode(c);
    } else {
      throw new JsonSyntaxError(`unexpected character '${String.fromCharCode(c)}'`, at);
    }
  }

  /** The enclosing container moves on to "expect ',' or end" as soon as one of its values starts. */
  private afterValueStarts(): void {
    const last = this.stack.length - 1;
    if (last < 0) return;
    if (this.stack[last] === Ctx.ObjectValue) this.stack[last] = Ctx.ObjectNext;
    else if (this.stack[last] === Ctx.ArrayValue) this.stack[last] = Ctx.ArrayNext;
  }

  private closeObject(): void {
    this.stack.pop();
    this.handler.endObject();
  }

  private closeArray(): void {
    this.stack.pop();
    this.handler.endArray();
  }

  private beginString(isKey: boolean): void {
    this.mode = Mode.String;
    this.isKey = isKey;
    this.parts = [];
    this.partsLength = 0;
    this.truncated = false;
    this.escapePending = false;
    this.collecting = isKey || this.handler.wantValue();
  }

  private scanString(chunk: Buffer, from: number): number {
    const n = chunk.length;
    let i = from;
    if (this.escapePending) {
      this.escapePending = false;
      i++;
    }
    // Native searches (memchr) for the closing quote and for escapes: strings are most of a HAR's bytes.
    let quote = chunk.indexOf(QUOTE, i);
    let escape = chunk.indexOf(BACKSLASH, i);
    while (escape !== -1 && (quote === -1 || escape < quote)) {
      if (escape + 1 >= n) {
        this.escapePending = true;
        quote = -1;
        break;
      }
      i = escape + 2;
      // The quote found was the escaped character: look for the next one.
      if (quote !== -1 && quote < i) quote = chunk.indexOf(QUOTE, i);
      escape = chunk.indexOf(BACKSLASH, i);
    }
    const end = quote === -1 ? n : quote;
    this.collect(chunk.subarray(from, end));
    if (quote === -1) return n;
    this.finishString();
    return quote + 1;
  }

  private collect(bytes: Uint8Array): void {
    if (!this.collecting || this.truncated || bytes.length === 0) return;
    if (this.partsLength + bytes.length > this.maxString) {
      this.truncated = true;
      this.parts = [];
      return;
    }
    // Copy: the chunk buffer may be reused by the stream.
    this.parts.push(bytes.slice());
    this.partsLength += bytes.length;
  }

  private finishString(): void {
    this.mode = Mode.Between;
    const raw = this.collecting && !this.truncated ? Buffer.concat(this.parts, this.partsLength).toString('utf8') : '';
    this.parts = [];
    const text = unescapeJson(raw);
    if (this.isKey) {
      this.stack[this.stack.length - 1] = Ctx.ObjectColon;
      this.handler.key(text);
      return;
    }
    this.handler.value(text, this.truncated);
  }

  private finishLiteral(at: number): void {
    this.mode = Mode.Between;
    const lit = this.literal;
    this.literal = '';
    let v: JsonScalar;
    if (lit === 'true') v = true;
    else if (lit === 'false') v = false;
    else if (lit === 'null') v = null;
    else {
      const num = Number(lit);
      if (!/^-?\d/.test(lit) || Number.isNaN(num)) throw new JsonSyntaxError(`not a JSON value: '${lit.slice(0, 20)}'`, at);
      v = num;
    }
    this.handler.value(v, false);
  }
}
