import { describe, expect, test } from 'vitest';
import { asciiLine, formatHex, offsets, parseHex } from './hex-dump.ts';

describe("Edit Binary Value's dump", () => {
  test('eight bytes a line, offsets in hex, unprintable bytes as dots', () => {
    const bytes = [0x5c, 0, 0x5c, 0, 0x45, 0, 0x58, 0, 0x43, 0];
    expect(formatHex(bytes)).toBe('5c 00 5c 00 45 00 58 00\n43 00');
    expect(offsets(3)).toEqual(['0000', '0008', '0010']);
    expect(asciiLine(bytes.slice(0, 8))).toBe('\\.\\.E.X.');
  });

  test('hex pairs read back, blanks optional; anything else is refused', () => {
    expect(parseHex('5c 00\n5C00')).toEqual([0x5c, 0, 0x5c, 0]);
    expect(parseHex('')).toEqual([]);
    expect(parseHex('5c 0')).toBeNull();
    expect(parseHex('zz')).toBeNull();
  });
});
