import { expect, test } from '@playwright/test';
import { Backup, unableToRestore } from './support/backup.ts';
import { ClusterAdmin, RES } from './support/cluster-admin.ts';
import { TITLES, activateFromTaskbar, pushButton } from './support/desktop.ts';
import { coach, openScenario } from './support/scenario.ts';

/** Issue 10: what the real NT 4 / Exchange 5.5 system does, seen where a trainee looks. */

test('F15: with the whole group offline the restore is refused, E: is gone from Drives; bringing the System Attendant back recovers', async ({ page }) => {
  await openScenario(page, 'f15-group-offline');
  const backup = new Backup(page);
  await expect(backup.errorBox.getByText(unableToRestore('EXCHVS1', 'Microsoft Exchange Information Store'), { exact: true })).toBeVisible();
  await pushButton(backup.errorBox, 'OK').click();
  await expect(coach(page).getByRole('heading', { name: 'Off the procedure: Whole Exchange group taken offline' })).toBeVisible();
  const drives = backup.window.getByRole('list', { name: 'Drives' });
  await expect(drives).toContainText('C: SYSTEM');
  await expect(drives).not.toContainText('E: EXCHDATA');

  // Recovery: the System Attendant online (its name, address and disk come first), the Directory left offline.
  const ca = await ClusterAdmin.open(page);
  await ca.selectExchangeGroup();
  await ca.resourceCommand(RES.sa, 'Bring Online');
  for (const r of [RES.ip, RES.networkName, RES.disk, RES.sa]) await ca.expectResource(r, 'Online', 'NODE1');
  await ca.expectResource(RES.ds, 'Offline', 'NODE1');
  await expect(coach(page).getByRole('heading', { name: 'Now: 3. Quit Cluster Administrator' })).toBeVisible();
  await activateFromTaskbar(page, TITLES.backup);
  await expect(drives).toContainText('E: EXCHDATA');
});
