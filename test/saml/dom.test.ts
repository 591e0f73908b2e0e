import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/xml/parse.js';
import { attr, boolAttr, childElements, countDescendants, descendantElements, elementPath, textInfo } from '../../src/saml/dom.js';

const doc = (xml: string) => parseXml(xml).doc!;

describe('dom helpers', () => {
  const d = doc('<r xmlns:a="urn:a"><a:x id="1"><a:x id="2"/></a:x><y/><a:x id="3"/></r>');
  const r = d.documentElement!;

  it('distinguishes direct children from descendants', () => {
    expect(childElements(r, 'urn:a', 'x').map((e) => e.getAttribute('id'))).toEqual(['1', '3']);
    expect(descendantElements(d, 'urn:a', 'x').map((e) => e.getAttribute('id'))).toEqual(['1', '2', '3']);
    expect(countDescendants(r, 'urn:a', 'x')).toBe(3);
    expect(childElements(r).map((e) => e.localName)).toEqual(['x', 'y', 'x']);
  });

  it('walks a deep document without recursion', () => {
    const depth = 250;
    const deep = doc('<a:x xmlns:a="urn:a">'.repeat(depth) + '</a:x>'.repeat(depth));
    expect(countDescendants(deep, 'urn:a', 'x')).toBe(depth);
  });

  it('reports text nodes and comments', () => {
    const el = doc('<n>ab<!--c-->cd<![CDATA[ef]]></n>').documentElement!;
    expect(textInfo(el)).toEqual({ text: 'abcdef', textNodeCount: 3, hasComment: true });
  });

  it('tells absent attributes from empty ones and reads xs:boolean', () => {
    const el = doc('<e a="" t="1" f="false" z="yes"/>').documentElement!;
    expect(attr(el, 'a')).toBe('');
    expect(attr(el, 'missing')).toBeUndefined();
    expect([boolAttr(el, 't'), boolAttr(el, 'f'), boolAttr(el, 'z')]).toEqual([true, false, undefined]);
  });

  it('builds readable element paths', () => {
    const third = childElements(r, 'urn:a', 'x')[1]!;
    expect(elementPath(third)).toBe('/r/a:x[2]');
  });
});
