import { expect, test } from '@playwright/test';
import { Backup, unableToRestore } from './support/backup.ts';
import { ClusterAdmin, RES } from './support/cluster-admin.ts';
import { TITLES, activateFromTaskbar, chooseMenu, messageBox, pushButton } from './support/desktop.ts';
import { EventViewer } from './support/event-viewer.ts';
import { Inbox } from './support/inbox.ts';
import { RegistryEditor } from './support/registry-editor.ts';
import { coach, openScenario } from './support/scenario.ts';

/** Issue 10: what the real NT 4 / Exchange 5.5 system does, seen where a trainee looks. */

test.beforeEach(() => test.setTimeout(120_000));

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

test('F10: deleting the Restore in Progress key, then restoring again, is the KB recovery (Q161584), not an F9 mistake', async ({ page }) => {
  await openScenario(page, 'f10-restore-aborted');
  const now = coach(page).getByRole('heading', { name: /^(Now|Off the procedure): / });
  await expect(now).toHaveText('Off the procedure: Restore incomplete');
  const regedit = await RegistryEditor.open(page);
  await regedit.goToKey(['SYSTEM', 'CurrentControlSet', 'Services', 'MSExchangeDS', 'Restore in Progress']);
  await chooseMenu(page, regedit.window, 'Edit', 'Delete');
  await pushButton(messageBox(page, 'Warning'), 'Yes').click();
  await expect(regedit.key('Restore in Progress')).toHaveCount(0);
  await expect(now).toHaveText('Off the procedure: Restore incomplete');

  await activateFromTaskbar(page, TITLES.backup);
  const backup = new Backup(page);
  await backup.startRestore();
  await backup.expectRestoreCompleted();
  await expect(now).toHaveText('Now: 7. Start services from Control Panel');
});

test('texts: 1196 c8000212 names the Exchange Server database (Q247769), ESE97 124 the starting process, SP4 builds, no "[reconstructed text]" on screen', async ({ page }) => {
  await openScenario(page, 'f6-erase-not-ticked');
  await pushButton(page.getByRole('alertdialog'), 'OK').click();
  const ev = await EventViewer.open(page, 'NODE1', 'Application');
  await ev.expectEvent('MSExchangeDS', 1196, "Couldn't recover the restored Microsoft Exchange Server database (EDB). Cannot continue. Error c8000212.", 'Information');
  await ev.rows('ESE97', 100).first().dblclick();
  const detail = page.getByRole('dialog', { name: 'Event Detail' });
  const started = await detail.getByLabel('Description:').inputValue();
  expect(started).toMatch(/^MSExchangeDS \(\(\d+\) \) The database engine 5\.5\.2653\.23 started\.$/);
  await pushButton(detail, 'Close').click();
  const pid = /\(\((\d+)\)/.exec(started)![1];
  await ev.expectEvent('ESE97', 124, `MSExchangeDS ((${pid} ) ) Unable to read the log header. Error -530.`);
  // Last night's System Attendant start has a reconstructed text: the marker stays in the data only.
  await ev.expectEvent('MSExchangeSA', 1000, 'Microsoft Exchange System Attendant startup complete.', 'Information');
});

test('F13: the explanation names what the screen shows (error 1068, SCM 7023/7001), not 2140 or -1811', async ({ page }) => {
  await openScenario(page, 'f13-wrong-node');
  const box = page.getByRole('alertdialog');
  await expect(box).toContainText('Error 1068: The dependency service or group failed to start.');
  await pushButton(box, 'OK').click();
  const why = coach(page).getByText(/Only the node that owns the Exchange Cluster group/);
  await expect(why).toContainText('error 1068');
  await expect(why).toContainText('SCM event 7001');
  await expect(why).not.toContainText('2140');
  await expect(why).not.toContainText('-1811');
  const ev = await EventViewer.open(page, 'NODE2', 'System');
  await expect(ev.rows('Service Control Manager', 7023)).not.toHaveCount(0);
  await expect(ev.rows('Service Control Manager', 7001)).not.toHaveCount(0);
});

test('F9 silent loss: a swapped EDB_RstMap pair replays "normally" but last evening\'s mail is missing from the mailbox', async ({ page }) => {
  await openScenario(page, 'f9-silent-loss');
  const ev = await EventViewer.open(page, 'NODE1', 'Application');
  await expect(ev.rows('ESE97', 107)).not.toHaveCount(0);
  await expect(ev.rows('MSExchangeIS', 1081)).toHaveCount(0);
  await ev.close();
  const inbox = await Inbox.open(page);
  const list = inbox.messages();
  await expect(list.getByRole('row', { name: /Weekly server checks/ })).toBeVisible();
  await expect(list.getByRole('row', { name: /Quarterly figures/ })).toHaveCount(0);
  await expect(list.getByRole('row', { name: /Tape rotation/ })).toHaveCount(0);
});
