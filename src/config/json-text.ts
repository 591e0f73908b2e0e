import { lineColumn } from '../xml/prescan.js';

export type JsonParseOutcome =
  | { ok: true; value: unknown }
  | { ok: false; message: string; line: number; column: number };

/** JSON.parse with a line and column for the error, which V8 only gives as a character position. */
export function parseJsonText(text: string): JsonParseOutcome {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const pos = /at position (\d+)/.exec(raw);
    const offset = pos ? Number(pos[1]) : body.length;
    const { line, column } = lineColumn(body, offset);
    const message = raw.replace(/\s*in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    return { ok: false, message, line, column };
  }
}
