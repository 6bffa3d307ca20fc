import { describe, expect, test } from 'vitest';
import { foldEvents, startSnapshot } from '../attempt/replay.ts';
import { restoreSteps, standardScenario, takeDirectoryOfflineSteps } from '../scenarios/standard.ts';
import { currentStateId } from '../selectors.ts';
import { labConsole, passTime, typeLine, type LabConsole } from './lab-console.ts';
import { freshConsole, printedSince, restoredConsole, typeAll } from './test-fixtures.ts';

/** Directory restored and started; the store restored in a second pass that kept the old logs ("no-loss", Erase cleared). */
function noLossRestore(): LabConsole {
  const events = [
    ...takeDirectoryOfflineSteps('NODE1'),
    ...restoreSteps('NODE1', { items: ['Directory'] }),
    ...restoreSteps('NODE1', { items: ['Information Store'], erase: false }),
  ];
  const lc = labConsole(foldEvents(startSnapshot(standardScenario, 1), events), 'NODE1');
  return passTime(typeLine(lc, 'net start MSExchangeDS'), 180_000);
}

const eventsOf = (lc: LabConsole) => lc.snapshot.context.world.eventLogs.NODE1.map((e) => `${e.source} ${e.eventId}: ${e.description}`);

describe('isinteg -patch and eseutil /r (F8, Q231299, Q178311, Q280770)', () => {
  test('after a no-loss online restore, isinteg -patch soft-recovers; the store then fails with -552 and the lab says F8', () => {
    const ready = typeLine(noLossRestore(), 'set _CLUSTER_NETWORK_NAME_=EXCHVS1');
    const patched = typeLine(ready, 'isinteg -patch');
    expect(patched.sent.at(-1)).toEqual({ type: 'database.softRecovery', node: 'NODE1', service: 'MSExchangeIS', tool: 'isinteg' });
    expect(printedSince(ready, patched)).toContain('ISINTEG -PATCH completed successfully.');
    const started = passTime(typeLine(patched, 'net start MSExchangeIS'), 60_000);
    expect(started.console.screen).toContain('A service specific error occurred: 3355443752.');
    const log = eventsOf(started);
    expect(log.filter((e) => /^ESE97 0: MSExchangeIS \(\(\d+\) \) -552$/.test(e))).toHaveLength(1);
    expect(log).toContain('MSExchangeIS 1080: Unable to recover the database because error 0xc8000228 occurred after a restore operation. The patch file is not generated from this backup.');
    expect(log).toContain('MSExchangeIS 5000: Unable to initialize the Microsoft Exchange Information Store service. Error 0xc8000228.');
    expect(currentStateId(started.snapshot)).toBe('failure.patchMismatch');
    expect(started.snapshot.context.trail.at(-1)).toMatchObject({ kind: 'mistake', severity: 'critical', kbStep: 7 });
  });

  test('without _CLUSTER_NETWORK_NAME_ isinteg prints Q178311\'s error (the soft recovery has happened all the same)', () => {
    const before = noLossRestore();
    const lc = typeLine(before, 'isinteg -patch');
    expect(printedSince(before, lc)).toContain('The private store could not be updated\nReason: JET_errKeyDuplicate');
    expect(lc.snapshot.context.world.disk.databases.MSExchangeIS.patchMismatch).toBe(true);
  });

  test('with the trailing underscore left off, isinteg seems to complete (Q280770)', () => {
    const before = typeLine(noLossRestore(), 'set _CLUSTER_NETWORK_NAME=EXCHVS1');
    const lc = typeLine(before, 'isinteg -patch');
    expect(printedSince(before, lc)).toContain('ISINTEG -PATCH completed successfully.');
    expect(lc.console.screen).not.toContain('_CLUSTER_NETWORK_NAME_=');
  });

  test('eseutil /r /is does the same soft recovery', () => {
    const before = noLossRestore();
    const lc = typeLine(before, 'eseutil /r /is');
    expect(printedSince(before, lc)).toContain('Operation completed successfully');
    expect(lc.snapshot.context.world.disk.databases.MSExchangeIS.patchMismatch).toBe(true);
  });

  test('after a restore with Erase ticked there is no Edb.log: it cannot run and changes nothing (Q231299)', () => {
    const before = restoredConsole();
    const lc = typeAll(before, ['eseutil /r /is', 'set _CLUSTER_NETWORK_NAME_=EXCHVS1', 'isinteg -patch']);
    expect(printedSince(before, lc)).toContain('Operation terminated with error -528 (JET_errMissingLogFile, Current log file missing)');
    expect(printedSince(before, lc)).toContain('ISINTEG -PATCH did not complete.');
    expect(lc.snapshot.context.world.disk.databases.MSExchangeIS.patchMismatch).toBe(false);
    const started = passTime(typeAll(lc, ['net start MSExchangeDS', 'net start MSExchangeIS'], 180_000), 180_000);
    expect(started.console.screen).toContain('The Microsoft Exchange Information Store service was started successfully.');
  });

  test('with the store running, or on the node without the disk, the database cannot be opened', () => {
    const running = typeLine(freshConsole(), 'eseutil /r /ds');
    expect(running.console.screen).toContain('-1032 (JET_errFileAccessDenied');
    const other = typeLine(freshConsole('NODE2'), 'eseutil /r /is');
    expect(other.console.screen).toContain('-1811 (JET_errFileNotFound');
    expect(typeLine(freshConsole(), 'isinteg').console.screen).toContain('isinteg -patch');
  });
});
