import { describe, expect, test } from 'vitest';
import { createLab, type LabDriver } from '../testing/lab-driver.ts';
import { invariantViolations } from '../world/invariants.ts';
import { RES, ripPath } from '../world/names.ts';
import { findKey } from '../world/registry-tree.ts';

/** Steps 1–3 done: Directory offline, Cluster Administrator closed. */
const readyToRestore = () => createLab().startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator().startBackup();
const restored = () => readyToRestore().restore().expectStep('main.startServices');
/** From a recovered start of services to done, on the group's owner. */
function finish(lab: LabDriver): LabDriver {
  lab.on(lab.owner).open('services');
  for (const s of ['MSExchangeDS', 'MSExchangeIS', 'MSExchangeMTA']) if (lab.service(s).status === 'Stopped') lab.startService(s);
  lab.sendTestMessage().stopService('MSExchangeDS').startClusterAdministrator().bringGroupOnline();
  if (lab.world.cluster.nodes[lab.owner === 'NODE1' ? 'NODE2' : 'NODE1'].status !== 'Up') throw new Error('other node down');
  lab.moveGroup();
  expect(invariantViolations(lab.world)).toEqual([]);
  return lab.expectStep('done');
}
const appEvent = (lab: LabDriver, source: string, id: number, node = lab.node) => lab.hasEvent(source, id, node)?.description;
const sysEvent = appEvent;

describe('failure branches (domain.md §3): trigger, symptoms, recovery', () => {
  test('F1: restore with the Directory online is refused with NTBackup 8010; taking it offline recovers', () => {
    const lab = createLab().startClusterAdministrator().selectGroup().startBackup().restore();
    expect(lab.step).toBe('failure.restoreRefused');
    expect(appEvent(lab, 'NTBackup', 8010)).toBe("Microsoft Exchange services returned 'The service cannot accept control messages at this time.' from a call to 'ControlService(STOP)' additional data 'MSExchangeDS'");
    expect(lab.dialogs[0]).toMatchObject({ app: 'backup', icon: 'error', text: 'Unable to restore data to EXCHVS1\\Microsoft Exchange Directory, Check the application event log for more information.' });
    expect(findKey(lab.world.registry.NODE1, ripPath('MSExchangeDS'))).toBeUndefined();
    lab.dismissDialogs().takeOffline(RES.ds).expectStep('main.restoreFromTape');
    lab.restore().expectStep('main.startServices');
    finish(lab);
  });

  test('F2: bringing the Directory online after the restore wipes the RIP key (1002 -528, ClusSvc 1042); re-creating the key recovers', () => {
    const lab = restored().startClusterAdministrator().bringOnline(RES.ds);
    expect(lab.step).toBe('failure.directoryFailed');
    expect(appEvent(lab, 'MSExchangeDS', 1002, 'NODE1')).toBe("The Microsoft Exchange Server database (EDB) could not be initialized and returned error -528. Unrecoverable error, the directory can't continue.");
    expect(sysEvent(lab, 'ClusSvc', 1042, 'NODE1')).toBe("Cluster generic service 'Microsoft Exchange Directory' failed.");
    expect(findKey(lab.world.registry.NODE1, ripPath('MSExchangeDS'))).toBeUndefined();
    // Default policy (Q260527, Q197047): three restarts on each node, then a failover, ten times in the
    // 6-hour period; the tenth brings the group back to NODE1, where it fails again and stays Failed.
    expect(lab.world.cluster.groups['Exchange Cluster'].failoverTimes).toHaveLength(10);
    expect(lab.owner).toBe('NODE1');
    expect(lab.resourceState(RES.ds)).toBe('Failed');
    expect(lab.resourceState(RES.is)).toBe('Offline');
    expect(lab.world.eventLogs.NODE2.filter((e) => e.source === 'MSExchangeDS' && e.eventId === 1002)).toHaveLength(15);
    // Recovery (b): re-create the key by hand on the owner (the store's key was never touched there), start from Control Panel.
    lab.on('NODE1').recreateRipKey('MSExchangeDS').expectStep('main.startServices');
    finish(lab);
  });

  test('F2 recovery (a): restore again on the new owner', () => {
    const lab = restored().startClusterAdministrator().bringOnline(RES.ds).expectStep('failure.directoryFailed');
    lab.on(lab.owner).startBackup().restore().expectStep('main.startServices');
    expect(findKey(lab.world.registry.NODE1, ripPath('MSExchangeDS'))).toBeDefined();
    finish(lab);
  });

  test('F3: bringing the Information Store online in Cluster Administrator logs 1120 and 5000; Q238063 a–c recover', () => {
    const lab = restored().open('services').startService('MSExchangeDS');
    lab.startClusterAdministrator().bringOnline(RES.is);
    expect(lab.step).toBe('failure.storeFailed');
    expect(appEvent(lab, 'MSExchangeIS', 1120, 'NODE1')).toBe('Error Current log file missing initializing the Microsoft Exchange Server Information Store database.');
    expect(appEvent(lab, 'MSExchangeIS', 5000, 'NODE1')).toBe('Unable to initialize the Microsoft Exchange Information Store service. Error Current log file missing.');
    expect(sysEvent(lab, 'ClusSvc', 1042, 'NODE1')).toBe("Cluster generic service 'Microsoft Exchange Information Store' failed.");
    // Bringing the store online attached the cluster to the running Directory (ClusSvc 1024).
    expect(sysEvent(lab, 'ClusSvc', 1024, 'NODE1')).toContain('Microsoft Exchange Directory');
    // (a) restore the store again, (b) start it from Control Panel, (c) bring the resource online.
    lab.takeOffline(RES.ds).on(lab.owner).startBackup().restore().expectStep('main.startServices');
    finish(lab);
  });

  test('F4: bringing the whole group online after the restore fails the Directory first', () => {
    const lab = restored().startClusterAdministrator().bringGroupOnline();
    expect(lab.step).toBe('failure.groupFailed');
    expect(appEvent(lab, 'MSExchangeDS', 1002, 'NODE1')).toContain('-528');
    expect(lab.hasEvent('MSExchangeIS', 1120, 'NODE1')).toBeUndefined();
    lab.on(lab.owner).startBackup().restore().expectStep('main.startServices');
    finish(lab);
  });

  test('F5: a node name as destination is refused (RPC server unavailable); the virtual name works', () => {
    const lab = readyToRestore().restore({ destination: 'NODE1' });
    expect(lab.step).toBe('failure.wrongDestination');
    expect(lab.dialogs[0].text).toBe('Unable to restore data to NODE1\\Microsoft Exchange Information Store, Check the application event log for more information.');
    expect(appEvent(lab, 'NTBackup', 8010)).toContain("'The RPC server is unavailable.'");
    expect(lab.world.ripLedger).toEqual([]);
    lab.restore({ destination: 'EXCHVS1' }).expectStep('main.startServices');
    finish(lab);
  });

  test('F6: without Erase all existing data the Directory trips on old logs (ESE97 124, 1196 c8000212, error 1067)', () => {
    const lab = readyToRestore().restore({ erase: false }).expectStep('main.startServices');
    lab.open('services').startService('Microsoft Exchange Directory');
    expect(lab.step).toBe('failure.leftoverFiles');
    const pid = /\(\((\d+)\) \)/.exec(appEvent(lab, 'ESE97', 100)!)![1];
    expect(appEvent(lab, 'ESE97', 124)).toBe(`MSExchangeDS ((${pid} ) ) Unable to read the log header. Error -530.`);
    expect(appEvent(lab, 'MSExchangeDS', 1196)).toBe("Couldn't recover the restored Microsoft Exchange Server database (EDB). Cannot continue. Error c8000212.");
    expect(lab.dialogs.at(-1)?.text).toBe('Could not start the Microsoft Exchange Directory service on \\\\NODE1.\n\nError 1067: The process terminated unexpectedly.');
    expect(findKey(lab.world.registry.NODE1, ripPath('MSExchangeDS'))).toBeDefined(); // failed start keeps the key
    lab.dismissDialogs().restore({ erase: true }).expectStep('main.startServices');
    finish(lab);
  });

  test('F6 (store): a log gap gives ESE97 199 and 1081 0xc8000235', () => {
    const lab = readyToRestore().restore({ erase: false, items: ['Information Store'] });
    lab.open('services').startService('MSExchangeIS');
    expect(lab.step).toBe('failure.leftoverFiles');
    expect(appEvent(lab, 'ESE97', 199)).toContain('Transaction logfile gap in sequence detected. Log file edb00040.log');
    expect(appEvent(lab, 'MSExchangeIS', 1081)).toBe('Unable to recover the database because error 0xc8000235 occurred after a restore operation.');
  });

  test('F7: only Private restored: the store cannot find Pub.edb (1080 0xc8000713); restoring both recovers', () => {
    const lab = readyToRestore().restore({ public: false }).open('services').startService('MSExchangeDS').startService('MSExchangeIS');
    expect(lab.step).toBe('failure.partialStore');
    expect(appEvent(lab, 'MSExchangeIS', 1080)).toBe('Unable to recover the database because error 0xc8000713 occurred after a restore operation. Unable to find the file.');
    expect(lab.dialogs.at(-1)?.text).toBe('The Microsoft Exchange Information Store service returned service specific error 3355445011.');
    lab.dismissDialogs().stopService('MSExchangeDS').restore().expectStep('main.startServices');
    finish(lab);
  });

  test('F9: deleting the RIP key before recovery is a mistake at once; the start then fails with -528', () => {
    const lab = restored().open('registry-editor').deleteRipKey('MSExchangeDS');
    expect(lab.step).toBe('failure.ripKeyProblem');
    lab.open('services').startService('MSExchangeDS');
    expect(appEvent(lab, 'MSExchangeDS', 1002)).toContain('-528');
    lab.dismissDialogs().recreateRipKey('MSExchangeDS').expectStep('main.startServices');
    finish(lab);
  });

  test('F9: a malformed EDB_RstMap gives 1081 error 0x00000057 (Q169859)', () => {
    const lab = restored();
    lab.send({ type: 'registry.setValue', node: 'NODE1', path: ripPath('MSExchangeIS'), name: 'EDB_RstMap', valueType: 'REG_MULTI_SZ', data: ['\\\\EXCHVS1\\E$\\exchsrvr\\MDBDATA\\PRIV.EDB'] });
    lab.open('services').startService('MSExchangeIS');
    expect(lab.step).toBe('failure.ripKeyProblem');
    expect(appEvent(lab, 'MSExchangeIS', 1081)).toBe('MSExchangeIS is unable to recover the database because error 0x00000057 occurred after a restore operation.');
  });

  test('F10: an aborted restore leaves files missing (1080 0xc8000713); restoring again recovers', () => {
    const lab = readyToRestore().restore({}, { settle: false }).send({ type: 'clock.tick', ms: 5000 }).abortRestore();
    expect(lab.step).toBe('failure.incompleteRestore');
    // Starting the store starts the Directory first, which cannot find its files either.
    lab.open('services').startService('MSExchangeIS');
    expect(appEvent(lab, 'MSExchangeDS', 1196)).toBe("Couldn't recover the restored Microsoft Exchange database (EDB). Cannot continue. Error c7ff0007.");
    expect(lab.dialogs.at(-1)?.text).toBe('Could not start the Microsoft Exchange Information Store service on \\\\NODE1.\n\nError 1068: The dependency service or group failed to start.');
    lab.dismissDialogs().restore().expectStep('main.startServices');
    finish(lab);
  });

  test('F11: organisation name mismatch: 1088, error 1276, terminal; stopping is the way out', () => {
    const lab = createLab({ setup: { installedOrg: 'examplecorp' } }).startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator();
    lab.startBackup().restore().open('services').startService('MSExchangeIS');
    expect(lab.step).toBe('orgMismatch');
    expect(lab.snapshot.hasTag('terminal')).toBe(true);
    expect(appEvent(lab, 'MSExchangeIS', 1088)).toBe('The information store could not be loaded because the distinguished name (DN) of the message database /O=ExampleCorp /OU=HQ /CN=RECIPIENTS /CN= does not match the DN of the directory /O=examplecorp /OU=HQ /CN=RECIPIENTS /CN=.');
    expect(lab.dialogs.at(-1)?.text).toBe('The Microsoft Exchange Information Store service returned service specific error 1276.');
    lab.dismissDialogs().restore().startService('MSExchangeIS');
    expect(lab.step).toBe('orgMismatch'); // nothing in the procedure helps
    lab.send({ type: 'attempt.abandon', reason: 'Reinstall Exchange with the right organisation name' });
    expect(lab.step).toBe('abandoned');
  });

  test('F12: stopping the System Attendant from Control Panel makes the cluster restart it; the lab carries on', () => {
    const lab = restored().open('services').startService('MSExchangeDS').startService('MSExchangeIS').startService('MSExchangeMTA').sendTestMessage().expectStep('main.stopServices');
    lab.stopService('Microsoft Exchange System Attendant', { withDependants: true, settle: false });
    lab.send({ type: 'clock.tick', ms: 9000 });
    expect(lab.step).toBe('failure.clusterReacted');
    lab.settle();
    expect(sysEvent(lab, 'ClusSvc', 1042, 'NODE1')).toBe("Cluster generic service 'Microsoft Exchange System Attendant' failed.");
    expect(lab.resourceState(RES.sa)).toBe('Online'); // restarted by the cluster
    expect(lab.step).toBe('main.bringResourcesOnline');
    lab.startClusterAdministrator().bringGroupOnline().moveGroup().expectStep('done');
  });

  test('F13: Control Panel on the node that does not own the group: the System Attendant cannot start (2140), so neither can the Directory (1068)', () => {
    const lab = restored().on('NODE2').open('services').startService('Microsoft Exchange Directory');
    expect(lab.step).toBe('failure.wrongNode');
    expect(lab.dialogs.at(-1)).toMatchObject({ node: 'NODE2', text: 'Could not start the Microsoft Exchange Directory service on \\\\NODE2.\n\nError 1068: The dependency service or group failed to start.' });
    expect(sysEvent(lab, 'Service Control Manager', 7001, 'NODE2')).toBe('The Microsoft Exchange Directory service depends on the Microsoft Exchange System Attendant service which failed to start because of the following error: The dependency service or group failed to start.');
    lab.dismissDialogs().startService('Microsoft Exchange System Attendant');
    expect(lab.dialogs.at(-1)?.text).toBe('Could not start the Microsoft Exchange System Attendant service on \\\\NODE2.\n\nError 2140: An internal Windows NT error occurred.');
    lab.dismissDialogs().on('NODE1').expectStep('main.startServices');
    finish(lab);
  });

  test('F14: Move Group with the other node down has nowhere to go; powering the node on recovers', () => {
    const lab = restored().nodeDown('NODE2').open('services').startService('MSExchangeDS').startService('MSExchangeIS').startService('MSExchangeMTA');
    lab.sendTestMessage().stopService('MSExchangeDS').startClusterAdministrator().bringGroupOnline().expectStep('main.testFailover');
    lab.moveGroup();
    expect(lab.step).toBe('failure.failoverBlocked');
    expect(lab.dialogs[0].text).toContain('The cluster node is not available for this operation.');
    lab.dismissDialogs().nodeUp('NODE2').expectStep('main.testFailover');
    lab.moveGroup().expectStep('done');
  });
});
