/**
 * A linear scan of the raw text before any DOM is built. xmldom sets no limits of its own:
 * 100k attributes on one element take it seconds, and deep nesting later overflows the
 * recursive canonicaliser. Counting here keeps hostile input cheap to refuse.
 */
export interface PrescanLimits {
  maxDepth: number;
  maxAttributesPerElement: number;
  /** Elements in the whole text; absent: no limit (metadata aggregates are split and limited per entity). */
  maxElements?: number;
}

export type PrescanVerdict =
  | { ok: true; maxDepth: number; elements: number }
  | {
      ok: false;
      reason: 'doctype' | 'entity' | 'too-deep' | 'too-many-attributes' | 'too-many-elements';
      offset: number;
      value: number;
    };

export function prescanXml(text: string, limits: PrescanLimits): PrescanVerdict {
  let depth = 0;
  let maxDepth = 0;
  let elements = 0;
  let i = text.indexOf('<');
  while (i !== -1 && i < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', i)) {
        i = skipPast(text, '-->', i + 4);
      } else if (text.startsWith('<![CDATA[', i)) {
        i = skipPast(text, ']]>', i + 9);
      } else if (/^<!DOCTYPE/i.test(text.slice(i, i + 9))) {
        return { ok: false, reason: 'doctype', offset: i, value: 0 };
      } else {
        return { ok: false, reason: 'entity', offset: i, value: 0 };
      }
    } else if (next === 0x3f /* ? */) {
      i = skipPast(text, '?>', i + 2);
    } else if (next === 0x2f /* / */) {
      depth--;
      i = skipPast(text, '>', i + 2);
    } else {
      // Start tag: walk to its closing '>' honouring quoted attribute values. Attributes are counted
      // by the tokens that follow white space, not by '=' signs: xmldom accepts value-less attributes.
      let j = i + 1;
      let attrs = 0;
      let quote = 0;
      let afterSpace = false;
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) {
          quote = c;
          afterSpace = false;
        } else if (c === 0x3e /* > */) {
          break;
        } else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
          afterSpace = true;
        } else {
          if (afterSpace && c !== 0x3d /* = */ && c !== 0x2f /* / */) attrs++;
          afterSpace = false;
        }
      }
      if (attrs > limits.maxAttributesPerElement) {
        return { ok: false, reason: 'too-many-attributes', offset: i, value: attrs };
      }
      elements++;
      if (limits.maxElements !== undefined && elements > limits.maxElements) {
        return { ok: false, reason: 'too-many-elements', offset: i, value: elements };
      }
      if (text.charCodeAt(j - 1) !== 0x2f /* self-closing */) {
        depth++;
        if (depth > maxDepth) maxDepth = depth;
        if (depth > limits.maxDepth) return { ok: false, reason: 'too-deep', offset: i, value: depth };
      }
      i = j + 1;
    }
    if (i <= 0) break;
    i = text.indexOf('<', i);
  }
  return { ok: true, maxDepth, elements };
}

function skipPast(text: string, end: string, from: number): number {
  const k = text.indexOf(end, from);
  return k === -1 ? text.length : k + end.length;
}

/** 1-based line and column of a character offset, for locations in findings. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    last = k;
  }
  return { line, column: offset - last };
}
