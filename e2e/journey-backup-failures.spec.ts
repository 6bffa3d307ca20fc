import { expect, test } from '@playwright/test';
import { Backup, unableToRestore } from './support/backup.ts';
import { ClusterAdmin, DIRECTORY_AND_DEPENDANTS, RES } from './support/cluster-admin.ts';
import { TITLES, activateFromTaskbar, startLab } from './support/desktop.ts';
import { EventViewer } from './support/event-viewer.ts';
import { SVC, Services } from './support/services.ts';

const ntbackup8010 = (returned: string, service: string) =>
  `Microsoft Exchange services returned '${returned}' from a call to 'ControlService(STOP)' additional data '${service}'`;

/** KB steps 1–3: the Directory offline, Cluster Administrator closed. */
async function takeDirectoryOffline(page: Parameters<typeof ClusterAdmin.open>[0]) {
  const ca = await ClusterAdmin.open(page);
  await ca.selectExchangeGroup();
  await ca.resourceCommand(RES.ds, 'Take Offline');
  await ca.expectResources(DIRECTORY_AND_DEPENDANTS, 'Offline', 'NODE1');
  await ca.exit();
}

test.beforeEach(async ({ page }) => {
  test.setTimeout(120_000);
  await startLab(page);
});

test('F1: restoring with the Directory online is refused (NTBackup 8010); taking it offline first recovers', async ({ page }) => {
  // Skipping step 2: straight to NT Backup with everything online.
  const backup = await Backup.open(page);
  await backup.startRestore();
  await backup.expectRestoreRefused(unableToRestore('EXCHVS1', 'Microsoft Exchange Directory'));

  const ev = await EventViewer.open(page, 'NODE1', 'Application');
  await ev.expectEvent('NTBackup', 8010, ntbackup8010('The service cannot accept control messages at this time.', 'MSExchangeDS'));
  await ev.close();

  // Recovery: take the Directory offline in Cluster Administrator, then restore again.
  await takeDirectoryOffline(page);
  await activateFromTaskbar(page, TITLES.backup);
  await expect(backup.tick('Directory')).toBeChecked();
  await backup.startRestore();
  await backup.expectRestoreCompleted();
  await backup.exit();

  // The restore worked: the Directory starts from Control Panel with the restored database.
  const services = await Services.open(page);
  await services.startOk(SVC.ds);
});

test('F5: the node name as Destination Server is refused; the virtual server name works', async ({ page }) => {
  await takeDirectoryOffline(page);
  const backup = await Backup.open(page);
  await backup.startRestore({ destination: 'NODE1' });
  await backup.expectRestoreRefused(unableToRestore('NODE1', 'Microsoft Exchange Information Store'));

  const ev = await EventViewer.open(page, 'NODE1', 'Application');
  await ev.expectEvent('NTBackup', 8010, ntbackup8010('The RPC server is unavailable.', 'MSExchangeIS'));
  await expect(ev.rows('NTBackup', 8001)).toHaveCount(0);
  await ev.close();

  // Recovery: the same restore to EXCHVS1.
  await activateFromTaskbar(page, TITLES.backup);
  await backup.startRestore({ destination: 'EXCHVS1' });
  await backup.expectRestoreCompleted();
  const services = await Services.open(page);
  await services.startOk(SVC.ds);
  await services.startOk(SVC.is);
});
