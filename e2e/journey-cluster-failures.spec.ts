import { expect, test, type Page } from '@playwright/test';
import { Backup } from './support/backup.ts';
import { ClusterAdmin, DIRECTORY_AND_DEPENDANTS, RES } from './support/cluster-admin.ts';
import { startLab, switchConsole } from './support/desktop.ts';
import { EventViewer } from './support/event-viewer.ts';
import { RegistryEditor } from './support/registry-editor.ts';
import { skipButton, skipUntilQuiet } from './support/paused-clock.ts';
import { SVC, Services } from './support/services.ts';

const DS_1002 = "The Microsoft Exchange Server database (EDB) could not be initialized and returned error -528. Unrecoverable error, the directory can't continue.";
const clusterFailed = (resource: string) => `Cluster generic service '${resource}' failed.`;

/** KB steps 1–6 on NODE1: Directory offline, Cluster Administrator closed, restore completed. */
async function restoreOnNode1(page: Page) {
  const ca = await ClusterAdmin.open(page);
  await ca.selectExchangeGroup();
  await ca.resourceCommand(RES.ds, 'Take Offline');
  await ca.expectResources(DIRECTORY_AND_DEPENDANTS, 'Offline', 'NODE1');
  await ca.exit();
  const backup = await Backup.open(page);
  await backup.startRestore();
  await backup.expectRestoreCompleted();
  await backup.exit();
}

test.beforeEach(async ({ page }) => {
  test.setTimeout(300_000);
  await startLab(page);
  await restoreOnNode1(page);
});

test('F2: bringing the Directory online after the restore fails it (1002 -528, ClusSvc 1042); the group fails over until its threshold is used up; re-creating the key on the owner recovers', async ({ page }) => {
  // The mistake: Bring Online in Cluster Administrator restores the registry checkpoint over the RIP key.
  const ca = await ClusterAdmin.open(page);
  await ca.selectExchangeGroup();
  await ca.resourceCommand(RES.ds, 'Bring Online');
  await ca.expectResource(RES.ds, 'Online Pending', 'NODE1');
  // Three restarts on each node, then a failover, ten times in the 6-hour period (Q197047): the
  // tenth brings the group back to NODE1, where the cluster gives up and leaves it Failed.
  await expect(skipButton(page)).toBeEnabled();
  await skipUntilQuiet(page);
  await ca.expectResource(RES.ds, 'Failed', 'NODE1');
  await ca.expectResources([RES.ip, RES.networkName, RES.disk, RES.sa], 'Online', 'NODE1');
  await ca.expectResource(RES.is, 'Offline', 'NODE1');
  await ca.exit();

  const ev = await EventViewer.open(page, 'NODE1', 'Application');
  await ev.expectEvent('MSExchangeDS', 1002, DS_1002);
  await ev.show('System');
  await ev.expectEvent('ClusSvc', 1042, clusterFailed(RES.ds));
  // Last night's store failure, then the Directory: three failures in each of six stays on NODE1.
  await expect(ev.rows('ClusSvc', 1042)).toHaveCount(1 + 18);
  await ev.close();

  // Recovery on the node that owns the group: the Directory's key by hand in Regedt32 (Q200941);
  // the Information Store's key NT Backup wrote on NODE1 was never touched (its resource never started).
  const regedt = await RegistryEditor.open(page);
  await regedt.recreateRipKey('MSExchangeDS');
  await regedt.exit();

  // Then start from Control Panel > Services, not from Cluster Administrator.
  const services = await Services.openFromControlPanel(page);
  await services.expectStatus(SVC.sa, 'Started');
  await services.startOk(SVC.ds);
  await services.startOk(SVC.is);
  await services.startOk(SVC.mta);

  const ev3 = await EventViewer.open(page, 'NODE1', 'Application');
  await ev3.expectEvent('ESE97', 107, /The database engine has stopped restoring\.$/, 'Information');
  await expect(ev3.rows('MSExchangeIS', 1120)).toHaveCount(0);
});

test('F3: with the Directory started from Services, bringing the Information Store online fails it (1120, 5000); restoring again and starting from Control Panel recovers', async ({ page }) => {
  const services = await Services.open(page);
  await services.startOk(SVC.ds);
  await services.close();

  // The mistake: the store's resource brought online in Cluster Administrator loses its RIP key.
  const ca = await ClusterAdmin.open(page);
  await ca.selectExchangeGroup();
  await ca.resourceCommand(RES.is, 'Bring Online');
  // Restarted, failed over and back until the group's failover threshold is used up; left Failed on NODE1.
  await skipUntilQuiet(page);
  await ca.expectResource(RES.is, 'Failed', 'NODE1');
  await ca.expectResource(RES.ds, 'Online', 'NODE1');

  const ev = await EventViewer.open(page, 'NODE1', 'Application');
  await ev.expectEvent('MSExchangeIS', 1120, 'Error Current log file missing initializing the Microsoft Exchange Server Information Store database.');
  await ev.expectEvent('MSExchangeIS', 5000, 'Unable to initialize the Microsoft Exchange Information Store service. Error Current log file missing.');
  await ev.show('System');
  await ev.expectEvent('ClusSvc', 1042, clusterFailed(RES.is));
  await ev.close();

  // Recovery on the owner, NODE1: Directory offline again, restore again, start from Control Panel.
  const ca2 = await ClusterAdmin.open(page);
  await ca2.selectExchangeGroup();
  await ca2.resourceCommand(RES.ds, 'Take Offline');
  await ca2.expectResources(DIRECTORY_AND_DEPENDANTS, 'Offline', 'NODE1');
  await ca2.exit();
  const backup = await Backup.open(page);
  await backup.startRestore();
  await backup.expectRestoreCompleted();
  await backup.exit();
  const services2 = await Services.openFromControlPanel(page);
  await services2.startOk(SVC.ds);
  await services2.startOk(SVC.is);
  await services2.startOk(SVC.mta);
});

test('F13: Services on NODE2 cannot start the Directory (1068) or the System Attendant (2140); back on NODE1 they start', async ({ page }) => {
  await switchConsole(page, 'NODE2');
  const services = await Services.openFromControlPanel(page);
  await services.expectStatus(SVC.sa, 'Stopped');
  await services.startFails(SVC.ds, 'Could not start the Microsoft Exchange Directory service on \\\\NODE2.\n\nError 1068: The dependency service or group failed to start.');
  await services.startFails(SVC.sa, 'Could not start the Microsoft Exchange System Attendant service on \\\\NODE2.\n\nError 2140: An internal Windows NT error occurred.');
  await services.expectStatus(SVC.ds, 'Stopped');
  await services.expectStatus(SVC.sa, 'Stopped');

  const ev = await EventViewer.open(page, 'NODE2', 'System');
  await ev.expectEvent(
    'Service Control Manager',
    7001,
    'The Microsoft Exchange Directory service depends on the Microsoft Exchange System Attendant service which failed to start because of the following error: The dependency service or group failed to start.',
  );

  // Recovery: the console switch back to NODE1, which owns the group and the shared disk.
  await switchConsole(page, 'NODE1');
  const node1 = await Services.openFromControlPanel(page);
  await node1.expectStatus(SVC.sa, 'Started');
  await node1.startOk(SVC.ds);
  await node1.startOk(SVC.is);
});
