import { describe, expect, test } from 'vitest';
import { ripKeyFor } from '../engine/backup.ts';
import { createWorld } from '../world/initial-world.ts';
import { MY_COMPUTER, regeditData, regeditKind, regeditRows, regeditTree, regeditWorldPath, regeditWrite, valueBytes } from './regedit.ts';

describe('Regedit selectors', () => {
  test('one tree: My Computer over the five root keys, HKEY_LOCAL_MACHINE holding the world', () => {
    const tree = regeditTree(createWorld().registry.NODE1);
    expect(tree.name).toBe(MY_COMPUTER);
    expect(tree.children.map((c) => c.name)).toEqual(['HKEY_CLASSES_ROOT', 'HKEY_CURRENT_USER', 'HKEY_LOCAL_MACHINE', 'HKEY_USERS', 'HKEY_CURRENT_CONFIG']);
    const hklm = tree.children[2];
    expect(hklm.children.map((c) => c.name)).toEqual(['HARDWARE', 'SAM', 'SECURITY', 'SOFTWARE', 'SYSTEM']);
    expect(hklm.children[4].path).toBe('My Computer\\HKEY_LOCAL_MACHINE\\SYSTEM');
  });

  test('tree paths map to the world registry; My Computer and unmodelled roots do not', () => {
    expect(regeditWorldPath('My Computer\\HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet')).toBe('HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet');
    expect(regeditWorldPath('My Computer\\HKEY_CLASSES_ROOT\\txtfile')).toBe('HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes\\txtfile');
    expect(regeditWorldPath(MY_COMPUTER)).toBeNull();
    expect(regeditWorldPath('My Computer\\HKEY_USERS')).toBeNull();
  });

  test('Data column: (Default) first, strings quoted, DWORDs as 0x… (n), REG_MULTI_SZ as its UTF-16 bytes', () => {
    const rows = regeditRows(ripKeyFor('MSExchangeIS', [0x36, 0x3f]));
    expect(rows[0]).toEqual({ name: '', label: '(Default)', kind: 'string', data: '(value not set)' });
    const row = (name: string) => rows.find((r) => r.name === name)!;
    expect(row('LogPath').data).toBe('"\\\\EXCHVS1\\E$\\exchsrvr\\MDBDATA"');
    expect(row('HighLog Number').data).toBe('0x0000003f (63)');
    expect(row('EDB Database recovered').data).toBe('00');
    expect(row('EDB_RstMap').kind).toBe('binary');
    expect(row('EDB_RstMap').data).toMatch(/^5c 00 5c 00 45 00 58 00 43 00 48 00 /);
    expect(row('EDB_RstMap').data).toMatch(/44 00 42 00 00 00 00 00$/);
  });

  test('a multi-string is its strings in UTF-16LE, each ended by a null, then one more null', () => {
    expect(valueBytes({ type: 'REG_MULTI_SZ', data: ['A', 'b'] })).toEqual([0x41, 0, 0, 0, 0x62, 0, 0, 0, 0, 0]);
    expect(regeditData({ type: 'REG_BINARY', data: [] })).toBe('(zero-length binary value)');
  });

  test('Regedit has three editors and writes its own types: a REG_MULTI_SZ saved from Edit Binary Value becomes REG_BINARY', () => {
    expect(regeditKind('REG_MULTI_SZ')).toBe('binary');
    expect(regeditKind('REG_EXPAND_SZ')).toBe('string');
    const bytes = valueBytes({ type: 'REG_MULTI_SZ', data: ['x'] });
    expect(regeditWrite('binary', bytes)).toEqual({ valueType: 'REG_BINARY', data: bytes });
    expect(regeditWrite('dword', 2)).toEqual({ valueType: 'REG_DWORD', data: 2 });
  });
});
