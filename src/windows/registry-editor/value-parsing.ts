import type { RegType } from '../../sim/world/types.ts';

/** Regedt32's four value editors; REG_SZ and REG_EXPAND_SZ share the String Editor. */
export type EditorKind = 'string' | 'dword' | 'binary' | 'multi';
export type Radix = 'binary' | 'decimal' | 'hex';
export type BinaryFormat = 'binary' | 'hex';

export const REG_TYPES: RegType[] = ['REG_BINARY', 'REG_SZ', 'REG_EXPAND_SZ', 'REG_DWORD', 'REG_MULTI_SZ'];

export function editorFor(type: RegType): EditorKind {
  switch (type) {
    case 'REG_DWORD':
      return 'dword';
    case 'REG_BINARY':
      return 'binary';
    case 'REG_MULTI_SZ':
      return 'multi';
    default:
      return 'string';
  }
}

const BASE: Record<Radix, number> = { binary: 2, decimal: 10, hex: 16 };
const DIGITS: Record<Radix, RegExp> = { binary: /^[01]+$/, decimal: /^[0-9]+$/, hex: /^[0-9a-f]+$/i };

/** A DWORD typed in the DWORD Editor (blank is 0), or null when it is not a number in `radix` or too big. */
export function parseDword(text: string, radix: Radix): number | null {
  let t = text.trim();
  if (t === '') return 0;
  if (radix === 'hex') t = t.replace(/^0x/i, '');
  if (!DIGITS[radix].test(t)) return null;
  const n = parseInt(t, BASE[radix]);
  return Number.isSafeInteger(n) && n <= 0xffffffff ? n : null;
}

/** How the DWORD Editor shows a number in `radix` (hex in lower case, no 0x, as Regedt32 does). */
export const formatDword = (n: number, radix: Radix): string => n.toString(BASE[radix]);

const BYTE_WIDTH: Record<BinaryFormat, number> = { binary: 8, hex: 2 };
const BYTE_DIGITS: Record<BinaryFormat, RegExp> = { binary: /^[01]+$/, hex: /^[0-9a-f]+$/i };

/**
 * Bytes typed in the Binary Editor: tokens separated by blanks, each one byte (`0`, `1f`, `101`)
 * or a run of whole bytes (`0001`, `0000000100000010`). Null when something is not valid.
 */
export function parseBinary(text: string, format: BinaryFormat): number[] | null {
  const width = BYTE_WIDTH[format];
  const bytes: number[] = [];
  for (const token of text.split(/\s+/).filter(Boolean)) {
    if (!BYTE_DIGITS[format].test(token)) return null;
    if (token.length > width && token.length % width !== 0) return null;
    const chunks = token.length <= width ? [token] : token.match(new RegExp(`.{${width}}`, 'g'))!;
    for (const chunk of chunks) bytes.push(parseInt(chunk, format === 'hex' ? 16 : 2));
  }
  return bytes;
}

/** How the Binary Editor shows bytes: `00 01` in hex, `00000000 00000001` in binary. */
export const formatBinary = (bytes: number[], format: BinaryFormat): string =>
  bytes.map((b) => b.toString(format === 'hex' ? 16 : 2).padStart(BYTE_WIDTH[format], '0')).join(' ');

/**
 * The strings of a Multi-String Editor text, one per line. Empty strings are removed, as
 * Regedt32 does; `removedEmpty` says whether any was removed between other strings.
 */
export function parseMultiString(text: string): { strings: string[]; removedEmpty: boolean } {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const strings = lines.filter((l) => l !== '');
  return { strings, removedEmpty: strings.length !== lines.length };
}

export const formatMultiString = (strings: string[]): string => strings.join('\n');
