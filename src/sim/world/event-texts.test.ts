import { describe, expect, test } from 'vitest';
import { standardSolution } from '../scenarios/standard.ts';
import { createLab } from '../testing/lab-driver.ts';
import { RES } from './names.ts';

/** Issue 10 item 6: event texts as the [V] sources print them (domain.md §5, §8). */
const readyToRestore = () => createLab().startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator().startBackup();
const text = (lab: ReturnType<typeof createLab>, source: string, id: number) => lab.hasEvent(source, id)?.description;

describe('event texts', () => {
  test('MSExchangeIS 1081 after a log gap begins "Unable to recover" (Q322314); after a malformed map it keeps Q169859\'s form', () => {
    const gap = readyToRestore().restore({ erase: false, items: ['Information Store'] }).open('services').startService('MSExchangeIS');
    expect(text(gap, 'MSExchangeIS', 1081)).toBe('Unable to recover the database because error 0xc8000235 occurred after a restore operation.');
    const map = readyToRestore().restore();
    map.send({ type: 'registry.setValue', node: 'NODE1', path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeIS\\Restore in Progress', name: 'EDB_RstMap', valueType: 'REG_MULTI_SZ', data: ['x'] });
    map.open('services').startService('MSExchangeIS');
    expect(text(map, 'MSExchangeIS', 1081)).toMatch(/^MSExchangeIS is unable to recover the database because error 0x00000057/);
  });

  test('MSExchangeDS 1196 c8000212 names the "Microsoft Exchange Server database" (Q247769); c7ff0007 keeps Q181795\'s wording', () => {
    const stray = readyToRestore().restore({ erase: false }).open('services').startService('MSExchangeDS');
    expect(text(stray, 'MSExchangeDS', 1196)).toBe("Couldn't recover the restored Microsoft Exchange Server database (EDB). Cannot continue. Error c8000212.");
    const halted = readyToRestore().restore({}, { settle: false }).send({ type: 'clock.tick', ms: 5000 }).abortRestore().open('services').startService('MSExchangeDS');
    expect(text(halted, 'MSExchangeDS', 1196)).toBe("Couldn't recover the restored Microsoft Exchange database (EDB). Cannot continue. Error c7ff0007.");
  });

  test('ESE97 124 names the process id of the Directory start that wrote ESE97 100', () => {
    const lab = readyToRestore().restore({ erase: false }).open('services').startService('MSExchangeDS');
    const pid = /^MSExchangeDS \(\((\d+)\) \)/.exec(text(lab, 'ESE97', 100)!)?.[1];
    expect(pid).toBeDefined();
    expect(text(lab, 'ESE97', 124)).toBe(`MSExchangeDS ((${pid} ) ) Unable to read the log header. Error -530.`);
  });

  test('builds read Exchange 5.5 SP4 (5.5.2653), not SP2 (2448)', () => {
    const lab = createLab().run(standardSolution('NODE1'));
    const all = [...lab.world.eventLogs.NODE1, ...lab.world.eventLogs.NODE2].map((e) => e.description).join('\n');
    expect(all).toContain('The database engine 5.5.2653.23 started.');
    expect(all).toContain('MTA Service startup complete, version 5.5 (build 2653.23).');
    expect(all).not.toContain('2448');
  });
});
