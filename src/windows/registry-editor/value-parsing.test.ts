import { describe, expect, test } from 'vitest';
import { editorFor, formatBinary, formatDword, formatMultiString, parseBinary, parseDword, parseMultiString } from './value-parsing.ts';

describe('DWORD Editor parsing', () => {
  test('reads each radix', () => {
    expect(parseDword('3f', 'hex')).toBe(0x3f);
    expect(parseDword('0x3F', 'hex')).toBe(0x3f);
    expect(parseDword(' 2 ', 'decimal')).toBe(2);
    expect(parseDword('101', 'binary')).toBe(5);
    expect(parseDword('', 'hex')).toBe(0);
    expect(parseDword('ffffffff', 'hex')).toBe(0xffffffff);
  });

  test('refuses what is not a DWORD in that radix', () => {
    expect(parseDword('3g', 'hex')).toBeNull();
    expect(parseDword('3f', 'decimal')).toBeNull();
    expect(parseDword('12', 'binary')).toBeNull();
    expect(parseDword('100000000', 'hex')).toBeNull();
    expect(parseDword('-1', 'decimal')).toBeNull();
    expect(parseDword('1.5', 'decimal')).toBeNull();
  });

  test('shows numbers the way the editor does', () => {
    expect(formatDword(0x3f, 'hex')).toBe('3f');
    expect(formatDword(63, 'decimal')).toBe('63');
    expect(formatDword(5, 'binary')).toBe('101');
  });
});

describe('Binary Editor parsing', () => {
  test('reads hex and binary bytes', () => {
    expect(parseBinary('00', 'hex')).toEqual([0]);
    expect(parseBinary('0 1f  FF', 'hex')).toEqual([0, 0x1f, 0xff]);
    expect(parseBinary('0001', 'hex')).toEqual([0, 1]);
    expect(parseBinary('', 'hex')).toEqual([]);
    expect(parseBinary('00000001 101', 'binary')).toEqual([1, 5]);
    expect(parseBinary('0000000100000010', 'binary')).toEqual([1, 2]);
  });

  test('refuses invalid bytes', () => {
    expect(parseBinary('0g', 'hex')).toBeNull();
    expect(parseBinary('001', 'hex')).toBeNull();
    expect(parseBinary('2', 'binary')).toBeNull();
    expect(parseBinary('000000011', 'binary')).toBeNull();
  });

  test('formats bytes', () => {
    expect(formatBinary([0, 0x3f], 'hex')).toBe('00 3f');
    expect(formatBinary([1], 'binary')).toBe('00000001');
    expect(formatBinary([], 'hex')).toBe('');
  });
});

describe('Multi-String Editor parsing', () => {
  test('one string per line, trailing blank lines ignored', () => {
    expect(parseMultiString('a\nb\n')).toEqual({ strings: ['a', 'b'], removedEmpty: false });
    expect(parseMultiString('a\r\nb')).toEqual({ strings: ['a', 'b'], removedEmpty: false });
    expect(parseMultiString('')).toEqual({ strings: [], removedEmpty: false });
  });

  test('empty strings in between are removed and reported', () => {
    expect(parseMultiString('a\n\nb')).toEqual({ strings: ['a', 'b'], removedEmpty: true });
    expect(formatMultiString(['a', 'b'])).toBe('a\nb');
  });

  test('each type has its editor', () => {
    expect(editorFor('REG_SZ')).toBe('string');
    expect(editorFor('REG_EXPAND_SZ')).toBe('string');
    expect(editorFor('REG_DWORD')).toBe('dword');
    expect(editorFor('REG_BINARY')).toBe('binary');
    expect(editorFor('REG_MULTI_SZ')).toBe('multi');
  });
});
