import { describe, expect, test } from 'vitest';
import { RES } from '../world/names.ts';
import { invariantViolations } from '../world/invariants.ts';
import { createLab } from './lab-driver.ts';
import { findKey } from '../world/registry-tree.ts';
import { ripPath } from '../world/names.ts';

const exchangeResources = [RES.ip, RES.networkName, RES.disk, RES.sa, RES.ds, RES.is, RES.mta, RES.es, RES.imc];

describe('KB Q238063, the standard online restore', () => {
  test('steps 1 to 9 end in done, with the real consequences at each step', () => {
    const lab = createLab().expectStep('main.prepare');

    // Step 1
    lab.startClusterAdministrator().selectGroup('Exchange Cluster').expectStep('main.takeDirectoryOffline');

    // Step 2: dependants go offline first; SA, network name, IP and disk stay online.
    lab.takeOffline('Microsoft Exchange Directory', { settle: false });
    expect(lab.resourceState(RES.is)).toBe('Offline'); // it was Failed (damaged store): straight to Offline
    expect(lab.resourceState(RES.mta)).toBe('Offline Pending');
    expect(lab.resourceState(RES.ds)).toBe('Offline Pending');
    lab.settle().expectStep('main.quitClusterAdmin');
    for (const r of [RES.ds, RES.is, RES.mta, RES.es, RES.imc]) expect(lab.resourceState(r)).toBe('Offline');
    for (const r of [RES.sa, RES.networkName, RES.ip, RES.disk]) expect(lab.resourceState(r)).toBe('Online');
    expect(lab.service('MSExchangeSA').status).toBe('Started');
    expect(lab.service('MSExchangeDS').status).toBe('Stopped');

    // Step 3
    lab.quitClusterAdministrator().expectStep('main.restoreFromTape');

    // Steps 4-6: the restore writes files and RIP keys on the owner, leaves services stopped.
    lab.startBackup().restore({ destination: 'EXCHVS1', erase: true }, { settle: false }).expectStep('main.restoring');
    lab.settle().expectStep('main.startServices');
    expect(findKey(lab.world.registry.NODE1, ripPath('MSExchangeDS'))?.values['EDB Database recovered']).toEqual({ type: 'REG_BINARY', data: [0] });
    expect(findKey(lab.world.registry.NODE1, ripPath('MSExchangeIS'))?.values['EDB_RstMap Size']).toEqual({ type: 'REG_DWORD', data: 2 });
    expect(findKey(lab.world.registry.NODE2, ripPath('MSExchangeIS'))).toBeUndefined();
    expect(lab.resourceState(RES.ds)).toBe('Offline');

    // Step 7: start from Control Panel; hard recovery replays logs 0x36..0x3f and deletes the keys.
    lab.open('services').startService('Microsoft Exchange Directory').startService('Microsoft Exchange Information Store');
    expect(lab.step).toBe('main.verifyMail');
    expect(lab.service('MSExchangeIS')).toMatchObject({ status: 'Started', controller: 'scm' });
    expect(lab.resourceState(RES.is)).toBe('Offline'); // Cluster Administrator still shows Offline
    expect(findKey(lab.world.registry.NODE1, ripPath('MSExchangeDS'))).toBeUndefined();
    const replayed = lab.logEntries('Application').filter((e) => e.source === 'ESE97' && e.eventId === 109);
    expect(replayed).toHaveLength(2 * 10);
    expect(replayed[0].description).toBe('(' + replayed[0].description.split('(')[1].split(')')[0] + ') The database engine is replaying log file E:\\exchsrvr\\DSADATA\\edb00036.log.');
    lab.startService('MSExchangeMTA').open('inbox').sendTestMessage().expectStep('main.stopServices');
    expect(lab.world.mail.inbox.map((m) => m.subject)).toEqual(['Restore test', 'Delivered: Restore test']);

    // Step 8: stop what we started, hand back to the cluster.
    lab.stopService('Microsoft Exchange Directory').expectStep('main.bringResourcesOnline');
    expect(lab.service('MSExchangeSA').status).toBe('Started');
    lab.startClusterAdministrator().bringGroupOnline().expectStep('main.testFailover');
    for (const r of exchangeResources) expect(lab.resourceState(r)).toBe('Online');
    expect(lab.service('MSExchangeIS').controller).toBe('cluster');

    // Step 9
    lab.moveGroup();
    expect(lab.step).toBe('done');
    expect(lab.snapshot.status).toBe('done');
    expect(lab.owner).toBe('NODE2');
    expect(lab.service('MSExchangeIS', 'NODE2').status).toBe('Started');
    expect(lab.service('MSExchangeIS', 'NODE1').status).toBe('Stopped');
    expect(invariantViolations(lab.world)).toEqual([]);
    expect(lab.world.incidents).toEqual([]);
  });

  test('accepted variant: Start Service After Restore starts the services outside the cluster (Q188674)', () => {
    const lab = createLab().startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator();
    lab.startBackup().restore({ startService: true });
    expect(lab.service('MSExchangeIS')).toMatchObject({ status: 'Started', controller: 'scm' });
    expect(lab.step).toBe('main.verifyMail');
    expect(lab.world.incidents).toEqual([]);
  });

  test('accepted variant: bringing running services online in Cluster Administrator logs ClusSvc 1024 and counts as step 8', () => {
    const lab = createLab().startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator();
    lab.startBackup().restore().open('services').startService('MSExchangeDS').startService('MSExchangeIS').startService('MSExchangeMTA');
    lab.sendTestMessage().expectStep('main.stopServices');
    lab.startClusterAdministrator().bringGroupOnline().expectStep('main.testFailover');
    const e1024 = lab.logEntries('System').filter((e) => e.eventId === 1024);
    expect(e1024.map((e) => e.description)).toContain(
      'The registry checkpoint for cluster resource Microsoft Exchange Directory could not be restored to registry key HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeDS. The resource may not function correctly. Make sure that no other processes have open handles to registry keys in this registry subtree.',
    );
    expect(e1024[0]).toMatchObject({ source: 'ClusSvc', type: 'Error', category: '(64)' });
    expect(lab.service('MSExchangeDS').controller).toBe('cluster');
    lab.moveGroup().expectStep('done');
  });
});
