/**
 * Indents XML for reading. It only adds line breaks and indentation between elements: text
 * content, attributes and the order of everything stay byte for byte as they were, and an
 * element holding text (such as a NameID split by a comment) is kept on one line, untouched.
 * Meant for XML that parseXml already accepted; linear time, no recursion.
 */

type Kind = 'open' | 'close' | 'empty' | 'text' | 'cdata' | 'other';

interface Token {
  kind: Kind;
  raw: string;
}

function tokenize(xml: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = xml.length;
  const until = (marker: string, from: number) => {
    const at = xml.indexOf(marker, from);
    return at === -1 ? n : at + marker.length;
  };
  while (i < n) {
    if (xml[i] !== '<') {
      const next = xml.indexOf('<', i);
      const end = next === -1 ? n : next;
      out.push({ kind: 'text', raw: xml.slice(i, end) });
      i = end;
      continue;
    }
    let end: number;
    let kind: Kind;
    if (xml.startsWith('<!--', i)) {
      end = until('-->', i + 4);
      kind = 'other';
    } else if (xml.startsWith('<![CDATA[', i)) {
      end = until(']]>', i + 9);
      kind = 'cdata';
    } else if (xml.startsWith('<?', i) || xml.startsWith('<!', i)) {
      end = until('>', i + 2);
      kind = 'other';
    } else if (xml.startsWith('</', i)) {
      end = until('>', i + 2);
      kind = 'close';
    } else {
      // A start tag: '>' inside a quoted attribute value does not end it.
      let j = i + 1;
      let quote = '';
      while (j < n) {
        const c = xml[j]!;
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") {
          quote = c;
        } else if (c === '>') {
          break;
        }
        j++;
      }
      end = Math.min(j + 1, n);
      kind = xml[end - 2] === '/' ? 'empty' : 'open';
    }
    out.push({ kind, raw: xml.slice(i, end) });
    i = end;
  }
  return out;
}

const isBlank = (s: string) => s.trim() === '';

export function prettyXml(xml: string, indentUnit = '  '): string {
  const tokens = tokenize(xml);
  // For each start tag: where it closes, and whether it holds text or child elements.
  const closeAt = new Map<number, number>();
  const inline = new Set<number>();
  const stack: { at: number; hasElement: boolean; hasText: boolean }[] = [];
  tokens.forEach((t, idx) => {
    const top = stack[stack.length - 1];
    if (t.kind === 'open') {
      if (top) top.hasElement = true;
      stack.push({ at: idx, hasElement: false, hasText: false });
    } else if (t.kind === 'close') {
      const open = stack.pop();
      if (!open) return;
      closeAt.set(open.at, idx);
      if (open.hasText || !open.hasElement) inline.add(open.at);
    } else if (top) {
      if (t.kind === 'empty') top.hasElement = true;
      if (t.kind === 'cdata' || (t.kind === 'text' && !isBlank(t.raw))) top.hasText = true;
    }
  });

  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const pad = indentUnit.repeat(depth);
    if (t.kind === 'text') {
      if (!isBlank(t.raw)) lines.push(pad + t.raw.trim());
    } else if (t.kind === 'open') {
      const close = closeAt.get(i);
      if (close !== undefined && inline.has(i)) {
        lines.push(pad + tokens.slice(i, close + 1).map((x) => x.raw).join(''));
        i = close;
      } else {
        lines.push(pad + t.raw);
        depth++;
      }
    } else if (t.kind === 'close') {
      depth = Math.max(0, depth - 1);
      lines.push(indentUnit.repeat(depth) + t.raw);
    } else {
      lines.push(pad + t.raw);
    }
  }
  return lines.join('\n');
}
