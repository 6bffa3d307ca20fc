import { expect, test } from '@playwright/test';
import { Backup } from './support/backup.ts';
import { ALL_RESOURCES, ClusterAdmin, DIRECTORY_AND_DEPENDANTS, RES, STAYS_ONLINE } from './support/cluster-admin.ts';
import { TITLES, activateFromTaskbar, startLab } from './support/desktop.ts';
import { EventViewer } from './support/event-viewer.ts';
import { Inbox } from './support/inbox.ts';
import { SVC, Services } from './support/services.ts';

/** Issue 4 journey: KB Q238063 end to end on NODE1, as a trainee does it, then the failover test. */
test('standard online restore (Q238063 steps 1–9) ends with every resource Online on NODE2', async ({ page }) => {
  test.setTimeout(180_000);
  await startLab(page);

  // Step 1: Cluster Administrator, Groups > Exchange Cluster. Last night's failure shows.
  let ca = await ClusterAdmin.open(page);
  await ca.selectExchangeGroup();
  await ca.expectResources([RES.ip, RES.networkName, RES.disk, RES.sa, RES.ds, RES.mta], 'Online', 'NODE1');
  await ca.expectResource(RES.is, 'Failed', 'NODE1');

  // Step 2: take the Directory offline; its dependants go first, what NT Backup needs stays up.
  await ca.resourceCommand(RES.ds, 'Take Offline');
  await ca.expectResources(DIRECTORY_AND_DEPENDANTS, 'Offline', 'NODE1');
  await ca.expectResources(STAYS_ONLINE, 'Online', 'NODE1');

  // Step 3: quit Cluster Administrator.
  await ca.exit();

  // Steps 4–6: restore Directory and Information Store to EXCHVS1, erasing what is there.
  const backup = await Backup.open(page);
  await backup.startRestore({ destination: 'EXCHVS1', erase: true });
  await expect(backup.restoreStatus).toContainText('Restoring Microsoft Exchange');
  await backup.expectRestoreCompleted();
  await expect(backup.restoreButton).toBeFocused();
  await backup.exit();

  // Step 7a: the IP address and network name are still online; the databases are offline in the cluster.
  ca = await ClusterAdmin.open(page);
  await ca.selectExchangeGroup();
  await ca.expectResources([RES.ip, RES.networkName], 'Online', 'NODE1');
  await ca.expectResources([RES.ds, RES.is], 'Offline', 'NODE1');
  await ca.exit();

  // Step 7b: Control Panel > Services: Directory, Information Store, MTA start (hard recovery).
  const services = await Services.openFromControlPanel(page);
  await services.expectStatus(SVC.sa, 'Started');
  await services.expectStatus(SVC.ds, 'Stopped');
  for (const name of [SVC.ds, SVC.is, SVC.mta]) await services.startOk(name);

  // The Application log shows the replay of the restored logs.
  const ev = await EventViewer.open(page, 'NODE1', 'Application');
  await ev.expectEvent('ESE97', 107, /The database engine has stopped restoring\.$/, 'Information');
  await expect(ev.rows('NTBackup', 8001)).toHaveCount(1);
  await expect(ev.rows('MSExchangeDS', 1002)).toHaveCount(0);
  await ev.close();

  // Step 7c: a test message with a delivery receipt comes back.
  const inbox = await Inbox.open(page);
  await inbox.sendTestMessage();
  await inbox.expectDelivered();

  // Step 8a: stop the services again (the Directory takes its dependants with it).
  await activateFromTaskbar(page, TITLES.services);
  await services.stopWithDependants(SVC.ds, [SVC.is, SVC.mta]);
  await services.expectStatus(SVC.sa, 'Started');

  // Step 8b: bring the group online in Cluster Administrator.
  ca = await ClusterAdmin.open(page);
  await ca.selectExchangeGroup();
  await ca.groupCommand('Bring Online');
  await ca.expectResources(ALL_RESOURCES, 'Online', 'NODE1');

  // Step 9: Move Group; every resource comes online on NODE2.
  await ca.groupCommand('Move Group');
  await ca.expectResources(ALL_RESOURCES, 'Online', 'NODE2', 60_000);
  await expect(services.row(SVC.ds)).not.toContainText('Started');
});
