import { describe, expect, test } from 'vitest';
import { expectedRstMap } from './database.ts';
import { regeditWrite, valueBytes } from '../selectors/regedit.ts';
import { createLab, type LabDriver } from '../testing/lab-driver.ts';
import { RES, ripPath } from '../world/names.ts';
import { findKey } from '../world/registry-tree.ts';

const restored = () =>
  createLab().startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator().startBackup().restore().expectStep('main.startServices');
const rstMap = (lab: LabDriver) => findKey(lab.world.registry.NODE1, ripPath('MSExchangeIS'))!.values.EDB_RstMap;

/** Regedit's Edit Binary Value, OK pressed on EDB_RstMap: the bytes it showed, written back its way. */
function saveFromEditBinary(lab: LabDriver, bytes = valueBytes(rstMap(lab))): LabDriver {
  const { valueType, data } = regeditWrite('binary', bytes);
  return lab.send({ type: 'registry.setValue', node: 'NODE1', path: ripPath('MSExchangeIS'), name: 'EDB_RstMap', valueType, data });
}

describe('Regedit on the Restore in Progress key (Q200941: use Regedt32, not Regedit)', () => {
  test('OK in Edit Binary Value, bytes untouched, turns EDB_RstMap into REG_BINARY; the store then fails with 1081 0x57', () => {
    const lab = saveFromEditBinary(restored().open('regedit'));
    expect(rstMap(lab).type).toBe('REG_BINARY');
    lab.open('services').startService('MSExchangeIS');
    expect(lab.step).toBe('failure.ripKeyProblem');
    expect(lab.hasEvent('MSExchangeIS', 1081)?.description).toBe('MSExchangeIS is unable to recover the database because error 0x00000057 occurred after a restore operation.');
    expect(lab.service('MSExchangeIS').status).toBe('Stopped');
    expect(findKey(lab.world.registry.NODE1, ripPath('MSExchangeIS'))).toBeDefined();
  });

  test('re-entering the value as REG_MULTI_SZ in Regedt32 repairs it: the store recovers', () => {
    const lab = saveFromEditBinary(restored().open('regedit')).close('regedit').open('registry-editor');
    lab.send({ type: 'registry.setValue', node: 'NODE1', path: ripPath('MSExchangeIS'), name: 'EDB_RstMap', valueType: 'REG_MULTI_SZ', data: expectedRstMap('MSExchangeIS') });
    lab.open('services').startService('MSExchangeDS').startService('MSExchangeIS');
    expect(lab.service('MSExchangeIS').status).toBe('Started');
    expect(lab.hasEvent('MSExchangeIS', 1081)).toBeUndefined();
  });
});
