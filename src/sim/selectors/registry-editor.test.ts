import { describe, expect, test } from 'vitest';
import { ripKeyFor } from '../engine/backup.ts';
import { createWorld } from '../world/initial-world.ts';
import { findKey } from '../world/registry-tree.ts';
import type { RegKey } from '../world/types.ts';
import { ancestorPaths, branchPaths, findNode, HKLM, keyTree, nearestExistingKey, valueLines } from './registry-editor.ts';

const SERVICES = `${HKLM}\\SYSTEM\\CurrentControlSet\\Services`;

describe('Registry Editor selectors', () => {
  test('the tree starts at HKEY_LOCAL_MACHINE with the five hive keys', () => {
    const tree = keyTree(createWorld().registry.NODE1);
    expect(tree.name).toBe(HKLM);
    expect(tree.children.map((c) => c.name)).toEqual(['HARDWARE', 'SAM', 'SECURITY', 'SOFTWARE', 'SYSTEM']);
    expect(tree.children[4].path).toBe(`${HKLM}\\SYSTEM`);
  });

  test('subkeys are sorted case-insensitively, as Regedt32 lists them', () => {
    const services = findNode(keyTree(createWorld().registry.NODE1), SERVICES)!;
    expect(services.children.map((c) => c.name)).toEqual([
      'ClusSvc', 'EventLog', 'MSExchangeDS', 'MSExchangeES', 'MSExchangeIMC', 'MSExchangeIS', 'MSExchangeMTA', 'MSExchangeSA',
    ]);
    const root: RegKey = { values: {}, keys: { beta: { values: {}, keys: {} }, Alpha: { values: {}, keys: {} }, alpha: { values: {}, keys: {} } } };
    expect(keyTree(root).children.map((c) => c.name)).toEqual(['Alpha', 'alpha', 'beta']);
  });

  test('values of the Restore in Progress key are listed as Name : REG_TYPE : data', () => {
    const lines = valueLines(ripKeyFor('MSExchangeIS', [0x36, 0x3f])).map((l) => l.text);
    expect(lines).toEqual([
      'BackupLogPath : REG_SZ : \\\\EXCHVS1\\E$\\exchsrvr\\MDBDATA',
      'CheckpointFilePath : REG_SZ : \\\\EXCHVS1\\E$\\exchsrvr\\MDBDATA',
      'EDB Database recovered : REG_BINARY : 00',
      expect.stringMatching(/^EDB_RstMap : REG_MULTI_SZ : \\\\EXCHVS1\\E\$\\exchsrvr\\MDBDATA\\PRIV\.EDB /i),
      'EDB_RstMap Size : REG_DWORD : 0x2',
      'HighLog Number : REG_DWORD : 0x3f',
      'LogPath : REG_SZ : \\\\EXCHVS1\\E$\\exchsrvr\\MDBDATA',
      'LowLog Number : REG_DWORD : 0x36',
    ]);
    expect(valueLines(undefined)).toEqual([]);
  });

  test('a removed key falls back to its nearest existing parent', () => {
    const reg = createWorld().registry.NODE1;
    expect(nearestExistingKey(reg, `${SERVICES}\\MSExchangeDS\\Restore in Progress`)).toBe(`${SERVICES}\\MSExchangeDS`);
    expect(nearestExistingKey(reg, `${SERVICES}\\MSExchangeDS`)).toBe(`${SERVICES}\\MSExchangeDS`);
    expect(nearestExistingKey(reg, HKLM)).toBe(HKLM);
    // Key names are case-sensitive: a differently spelt key is not the same key.
    expect(nearestExistingKey(reg, `${SERVICES}\\msexchangeds`)).toBe(SERVICES);
    expect(findKey(reg, nearestExistingKey(reg, `${SERVICES}\\Nope\\Deeper`))).toBe(findKey(reg, SERVICES));
  });

  test('ancestors and branches give what to expand', () => {
    expect(ancestorPaths(`${HKLM}\\SYSTEM\\CurrentControlSet`)).toEqual([HKLM, `${HKLM}\\SYSTEM`]);
    expect(ancestorPaths(HKLM)).toEqual([]);
    const system = findNode(keyTree(createWorld().registry.NODE1), `${HKLM}\\SYSTEM`)!;
    const branches = branchPaths(system);
    expect(branches).toContain(`${HKLM}\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeDS`);
    expect(branches).not.toContain(`${HKLM}\\SYSTEM\\Select`);
    expect(findNode(system, `${HKLM}\\SYSTEMX`)).toBeUndefined();
  });
});
