import { describe, expect, it } from 'vitest';
import { bytesToText, decodeText, decodeTextDetailed, firstElement, looksLikeXml, preview, trimSpace } from '../../src/input/text.js';

describe('decodeText', () => {
  it('strips a UTF-8 BOM and decodes UTF-16 by its BOM', () => {
    expect(decodeText(Buffer.from('\ufeff<a>é</a>', 'utf8'))).toBe('<a>é</a>');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>é</a>', 'utf16le')]))).toBe('<a>é</a>');
    const be = Buffer.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a/>', 'utf16le')])).swap16();
    expect(decodeTextDetailed(be)).toEqual({ text: '<a/>', encoding: 'utf-16be' });
  });

  it('falls back to Latin-1 for bytes that are not UTF-8', () => {
    expect(decodeTextDetailed(Buffer.from([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]))).toEqual({
      text: '<a>é</a>',
      encoding: 'latin1',
    });
  });
});

describe('bytesToText', () => {
  it('refuses binary: NUL bytes, control bytes, or mostly high bytes', () => {
    expect(bytesToText(Buffer.from([0x41, 0x00, 0x42]))).toBeUndefined();
    expect(bytesToText(Buffer.alloc(100, 0x01))).toBeUndefined();
    expect(bytesToText(Buffer.alloc(100, 0xee))).toBeUndefined();
    expect(bytesToText(Buffer.from('plain text\r\n\tline'))?.text).toBe('plain text\r\n\tline');
  });
});

describe('looksLikeXml and firstElement', () => {
  it('accepts element, declaration and comment starts only', () => {
    expect(looksLikeXml('  \n<samlp:Response/>')).toBe(true);
    expect(looksLikeXml('<?xml version="1.0"?><a/>')).toBe(true);
    expect(looksLikeXml('\ufeff<!-- c --><a/>')).toBe(true);
    expect(looksLikeXml('< a')).toBe(false);
    expect(looksLikeXml('a<b/>')).toBe(false);
  });

  it('finds the root past declarations, comments and a DOCTYPE with an internal subset', () => {
    expect(firstElement('<?xml version="1.0"?><!-- x --><samlp:Response ID="1">')).toEqual({ name: 'samlp:Response', selfClosing: false });
    expect(firstElement('<!DOCTYPE a [<!ENTITY b "c>">]><a/>')).toEqual({ name: 'a', doctype: 'DOCTYPE a [<!ENTITY b "c>">]><a/>', selfClosing: true });
  });
});

describe('trimSpace and preview', () => {
  it('trims BOM characters and no-break spaces as well as whitespace', () => {
    expect(trimSpace('\ufeff\u00a0 x y \n')).toBe('x y');
  });

  it('quotes, escapes and shortens', () => {
    expect(preview('a\nb')).toBe('"a\\nb"');
    expect(preview('x'.repeat(100), 5)).toBe('"xxxxx…"');
  });
});
