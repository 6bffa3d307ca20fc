/** Bytes per line in Edit Binary Value's dump. */
export const BYTES_PER_LINE = 8;

/** The hex part of the dump: two digits a byte, eight bytes a line. */
export const formatHex = (bytes: number[]): string =>
  Array.from({ length: Math.ceil(bytes.length / BYTES_PER_LINE) }, (_, i) =>
    bytes.slice(i * BYTES_PER_LINE, (i + 1) * BYTES_PER_LINE).map((b) => b.toString(16).padStart(2, '0')).join(' '),
  ).join('\n');

/** Bytes typed as hex digit pairs (blanks and line breaks between them optional), or null if something else is there. */
export function parseHex(text: string): number[] | null {
  const digits = text.replace(/\s+/g, '');
  if (!/^([0-9a-f]{2})*$/i.test(digits)) return null;
  return (digits.match(/../g) ?? []).map((pair) => parseInt(pair, 16));
}

/** The offset column: 0000, 0008, 0010… one per line of the dump. */
export const offsets = (lines: number): string[] => Array.from({ length: Math.max(1, lines) }, (_, i) => (i * BYTES_PER_LINE).toString(16).padStart(4, '0'));

/** The text column: printable ASCII as itself, anything else as a dot. */
export const asciiLine = (bytes: number[]): string => bytes.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
