import { describe, expect, test } from 'vitest';
import { createLab } from '../testing/lab-driver.ts';
import { invariantViolations } from '../world/invariants.ts';
import { RES, ripPath } from '../world/names.ts';
import { findKey } from '../world/registry-tree.ts';

/** Issue 10 item 1: the whole Exchange Cluster group offline before the restore (F15). */
const groupOffline = () => createLab().startClusterAdministrator().selectGroup().takeGroupOffline();

describe('F15: whole group taken offline before the restore', () => {
  test('taking the group offline is its own mistake, not KB step 2', () => {
    const lab = groupOffline();
    for (const r of [RES.ip, RES.networkName, RES.disk, RES.sa, RES.ds]) expect(lab.resourceState(r)).toBe('Offline');
    expect(lab.step).toBe('failure.groupOffline');
    const trail = lab.snapshot.context.trail;
    expect(trail.some((t) => t.kbStep === 2 && t.kind === 'correct')).toBe(false);
    expect(trail.at(-1)).toMatchObject({ kind: 'mistake', to: 'failure.groupOffline', severity: 'major' });
  });

  test('network name or IP offline: NT Backup cannot reach EXCHVS1 over RPC (error box, 8010, no RIP key)', () => {
    const lab = groupOffline().quitClusterAdministrator().startBackup().restore();
    expect(lab.dialogs.at(-1)).toMatchObject({ app: 'backup', icon: 'error', text: 'Unable to restore data to EXCHVS1\\Microsoft Exchange Information Store, Check the application event log for more information.' });
    expect(lab.hasEvent('NTBackup', 8010)?.description).toBe("Microsoft Exchange services returned 'The RPC server is unavailable.' from a call to 'ControlService(STOP)' additional data 'MSExchangeIS'");
    expect(findKey(lab.world.registry.NODE1, ripPath('MSExchangeIS'))).toBeUndefined();
    expect(findKey(lab.world.registry.NODE1, ripPath('MSExchangeDS'))).toBeUndefined();
    expect(lab.world.backup.restores.at(-1)?.status).toBe('refused');
    // The refusal is this mistake's consequence, scored once.
    expect(lab.step).toBe('failure.groupOffline');
    expect(lab.snapshot.context.trail.filter((t) => t.kind === 'mistake')).toHaveLength(1);
  });

  test('disk offline with name and address online: nothing can be written', () => {
    const lab = createLab().startClusterAdministrator().selectGroup().takeOffline(RES.disk).quitClusterAdministrator();
    expect(lab.step).toBe('failure.groupOffline');
    lab.startBackup().restore();
    expect(lab.dialogs.at(-1)?.text).toContain('Unable to restore data to EXCHVS1');
    expect(lab.hasEvent('NTBackup', 8012)?.description).toContain('Unable to write to E:\\exchsrvr\\MDBDATA. The system cannot find the path specified.');
    expect(lab.world.ripLedger).toEqual([]);
    expect(lab.world.disk.databases.MSExchangeIS.condition).toBe('damaged');
  });

  test('starting a service on the owner with the disk offline is this mistake, not F13 (wrong node)', () => {
    const lab = groupOffline().open('services').startService('MSExchangeDS');
    expect(lab.step).toBe('failure.groupOffline');
    expect(lab.world.incidents.at(-1)).toMatchObject({ kind: 'database-start-failed', cause: 'disk-offline' });
  });

  test('recovery: bring the System Attendant online (its name, address and disk first), leave the Directory offline, restore', () => {
    const lab = groupOffline().bringOnline(RES.sa);
    for (const r of [RES.ip, RES.networkName, RES.disk, RES.sa]) expect(lab.resourceState(r)).toBe('Online');
    expect(lab.resourceState(RES.ds)).toBe('Offline');
    expect(lab.step).toBe('main.quitClusterAdmin');
    expect(lab.snapshot.context.trail.at(-1)).toMatchObject({ kind: 'recovery', kbStep: 2 });
    lab.quitClusterAdministrator().expectStep('main.restoreFromTape').startBackup().restore().expectStep('main.startServices');
    expect(findKey(lab.world.registry.NODE1, ripPath('MSExchangeDS'))).toBeDefined();
    expect(invariantViolations(lab.world)).toEqual([]);
  });

  test('bringing the whole group back online returns to KB step 2', () => {
    const lab = groupOffline().bringGroupOnline();
    expect(lab.step).toBe('main.takeDirectoryOffline');
    lab.takeOffline(RES.ds).expectStep('main.quitClusterAdmin');
  });

  test('a failover moving the group is the cluster at work, not this mistake', () => {
    const lab = createLab().startClusterAdministrator().selectGroup().moveGroup();
    expect(lab.world.cluster.resources[RES.ip].status).toBe('Online');
    expect(lab.snapshot.context.trail.some((t) => t.to === 'failure.groupOffline')).toBe(false);
  });
});
