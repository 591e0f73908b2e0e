import type { ArmorLine } from './armor.js';

/** Enough for any real chain or rotation; bounds the work (and the findings) on hostile input. */
export const MAX_BLOCKS = 50;

export interface Block {
  begin?: ArmorLine;
  end?: ArmorLine;
  bodyStart: number;
  bodyEnd: number;
}

/** BEGIN and END lines in order; a missing partner leaves the block open to the neighbouring text. */
export function pairBlocks(text: string, armor: ArmorLine[]): Block[] {
  const blocks: Block[] = [];
  let pending: ArmorLine | undefined;
  let boundary = 0;
  for (const a of armor) {
    if (a.kind === 'BEGIN') {
      if (pending) blocks.push({ begin: pending, bodyStart: pending.end, bodyEnd: lastBase64LineEnd(text, pending.end, a.lineStart) });
      pending = a;
    } else {
      if (pending) blocks.push({ begin: pending, end: a, bodyStart: pending.end, bodyEnd: a.start });
      else blocks.push({ end: a, bodyStart: firstBase64LineStart(text, boundary, a.lineStart), bodyEnd: a.start });
      pending = undefined;
    }
    boundary = a.kind === 'END' ? a.end : boundary;
  }
  if (pending) blocks.push({ begin: pending, bodyStart: pending.end, bodyEnd: lastBase64LineEnd(text, pending.end, text.length) });
  return blocks;
}

const BASE64_LINE = /^[ \t]*[A-Za-z0-9+/=_-]{16,}[ \t]*$/;

function firstBase64LineStart(text: string, from: number, to: number): number {
  let pos = from;
  for (const line of text.slice(from, to).split('\n')) {
    if (BASE64_LINE.test(line)) return pos;
    pos += line.length + 1;
  }
  return to;
}

function lastBase64LineEnd(text: string, from: number, to: number): number {
  let pos = from;
  let end = from;
  for (const line of text.slice(from, to).split('\n')) {
    pos += line.length;
    if (BASE64_LINE.test(line)) end = pos;
    pos += 1;
  }
  return end;
}

