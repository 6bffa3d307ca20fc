import { findKey, splitPath } from '../world/registry-tree.ts';
import type { RegData, RegKey, RegType, RegValue } from '../world/types.ts';
import { HKLM, type KeyNode } from './registry-editor.ts';

/**
 * Regedit.exe, the Windows 95-style Registry Editor NT 4 also ships. One tree under My Computer;
 * REG_MULTI_SZ and REG_EXPAND_SZ are not its types: it shows a multi-string as binary and saves
 * what its editors return as REG_BINARY, REG_SZ or REG_DWORD. That is why Q200941 insists on
 * Regedt32 for the Restore in Progress key.
 */
export const MY_COMPUTER = 'My Computer';

/** The five root keys, in Regedit's order. The lab's world holds HKEY_LOCAL_MACHINE only. */
export const REGEDIT_ROOTS = ['HKEY_CLASSES_ROOT', 'HKEY_CURRENT_USER', HKLM, 'HKEY_USERS', 'HKEY_CURRENT_CONFIG'] as const;

/** Where Regedit's aliases point inside HKEY_LOCAL_MACHINE (as NT 4 links them). */
const ALIAS: Record<string, string> = {
  HKEY_CLASSES_ROOT: `${HKLM}\\SOFTWARE\\Classes`,
  HKEY_CURRENT_CONFIG: `${HKLM}\\SYSTEM\\CurrentControlSet\\Hardware Profiles\\Current`,
};

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

/** `key`'s subtree as Regedit tree nodes whose paths start at `path`. */
const subtree = (key: RegKey, path: string, name: string): KeyNode => ({
  path,
  name,
  children: Object.keys(key.keys)
    .sort(byName)
    .map((child) => subtree(key.keys[child], `${path}\\${child}`, child)),
});

/** The tree Regedit shows: My Computer, the five roots, HKEY_LOCAL_MACHINE's keys (and its aliases' keys) below. Pure. */
export function regeditTree(root: RegKey): KeyNode {
  const rootNode = (name: string): KeyNode => {
    const target = name === HKLM ? root : ALIAS[name] ? findKey(root, ALIAS[name]) : undefined;
    return target ? subtree(target, `${MY_COMPUTER}\\${name}`, name) : { path: `${MY_COMPUTER}\\${name}`, name, children: [] };
  };
  return { path: MY_COMPUTER, name: MY_COMPUTER, children: REGEDIT_ROOTS.map(rootNode) };
}

/**
 * The world's registry path (`HKEY_LOCAL_MACHINE\…`) for a Regedit tree path, or null for
 * My Computer and the roots the lab does not model (their keys cannot be written).
 */
export function regeditWorldPath(treePath: string): string | null {
  const [top, rootName, ...rest] = splitPath(treePath);
  if (top !== MY_COMPUTER || !rootName) return null;
  const base = rootName === HKLM ? HKLM : ALIAS[rootName];
  return base ? [base, ...rest].join('\\') : null;
}

/** How a value is drawn and which of Regedit's three editors opens it. */
export type RegeditKind = 'string' | 'binary' | 'dword';

export interface RegeditRow {
  /** The value's name; '' is the default value. */
  name: string;
  /** "(Default)" for the default value. */
  label: string;
  kind: RegeditKind;
  data: string;
}

/** Regedit's editor for a type: REG_MULTI_SZ is not one of its types, so it is binary. */
export function regeditKind(type: RegType): RegeditKind {
  if (type === 'REG_SZ' || type === 'REG_EXPAND_SZ') return 'string';
  if (type === 'REG_DWORD') return 'dword';
  return 'binary';
}

/** The bytes a value holds as Windows NT stores it: strings in UTF-16LE, each ended by a null, a multi-string by one more. */
export function valueBytes(value: RegValue): number[] {
  const utf16 = (s: string) => [...s].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]).concat(0, 0);
  switch (value.type) {
    case 'REG_BINARY':
      return [...(value.data as number[])];
    case 'REG_DWORD': {
      const n = value.data as number;
      return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24];
    }
    case 'REG_MULTI_SZ':
      return (value.data as string[]).flatMap(utf16).concat(0, 0);
    default:
      return utf16(String(value.data));
  }
}

const hex2 = (b: number) => b.toString(16).padStart(2, '0');

/** The Data column: strings in quotes, DWORDs as `0x0000003f (63)`, everything else as hex bytes. */
export function regeditData(value: RegValue): string {
  switch (regeditKind(value.type)) {
    case 'string':
      return `"${String(value.data)}"`;
    case 'dword': {
      const n = value.data as number;
      return `0x${n.toString(16).padStart(8, '0')} (${n})`;
    }
    default: {
      const bytes = valueBytes(value);
      return bytes.length === 0 ? '(zero-length binary value)' : bytes.map(hex2).join(' ');
    }
  }
}

/** The right pane's rows: "(Default)" first (value not set when the key has none), then the values by name. */
export function regeditRows(key: RegKey | undefined): RegeditRow[] {
  const values = key?.values ?? {};
  const def = values[''];
  const first: RegeditRow = def
    ? { name: '', label: '(Default)', kind: regeditKind(def.type), data: regeditData(def) }
    : { name: '', label: '(Default)', kind: 'string', data: '(value not set)' };
  const rest = Object.keys(values)
    .filter((n) => n !== '')
    .sort(byName)
    .map((name) => ({ name, label: name, kind: regeditKind(values[name].type), data: regeditData(values[name]) }));
  return [first, ...rest];
}

/**
 * What Regedit writes when an editor's OK is pressed: its editor's own type, whatever the value
 * was. A REG_MULTI_SZ saved from Edit Binary Value becomes REG_BINARY, even with its bytes
 * unchanged: the damage Q200941 warns of. Pure.
 */
export function regeditWrite(kind: RegeditKind, data: string | number | number[]): { valueType: RegType; data: RegData } {
  if (kind === 'string') return { valueType: 'REG_SZ', data: String(data) };
  if (kind === 'dword') return { valueType: 'REG_DWORD', data: Number(data) };
  return { valueType: 'REG_BINARY', data: [...(data as number[])] };
}
