import { expect, test } from '@playwright/test';
import { axeBuilder } from './support/axe.ts';
import { Backup } from './support/backup.ts';
import { chooseMenu, pushButton, startLab } from './support/desktop.ts';
import { openWithClockPaused, skipButton } from './support/paused-clock.ts';
import { openScenario } from './support/scenario.ts';
import { SHOTS } from './support/shots.ts';

/** Issue 10 item 11: NT Backup's gaps: Operations > Microsoft Exchange... (Q146306), the summary's backup date (Q244408), catalog loading (Q164805). */

const cannotConnect = (server: string) => `Unable to connect to the Microsoft Exchange Server computer ${server}.`;

test('Microsoft Exchange: a node name gets the RPC error, the virtual server EXCHVS1 connects and fills the Microsoft Exchange window', async ({ page }) => {
  await startLab(page);
  const backup = await Backup.open(page);

  await chooseMenu(page, backup.window, 'Operations', 'Microsoft Exchange...');
  const dialog = backup.exchangeDialog;
  await expect(dialog).toBeVisible();
  const server = dialog.getByRole('textbox', { name: 'Server:' });
  await expect(server).toBeFocused();
  await expect(pushButton(dialog, 'Connect')).toBeDisabled();
  await server.fill('NODE1');
  await expect(pushButton(dialog, 'Connect')).toBeEnabled();
  await page.screenshot({ path: `${SHOTS}/backup-exchange-connect.png` });
  const axe = await axeBuilder(page).include('.exchange-connect').analyze();
  expect(axe.violations).toEqual([]);

  // Q314588: Exchange on a cluster does not answer on a node's own name.
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(backup.errorBox).toContainText(cannotConnect('NODE1'));
  await expect(backup.errorBox).toContainText('The RPC server is unavailable.');
  await pushButton(backup.errorBox, 'OK').click();
  await expect(backup.exchangePane).toHaveCount(0);

  // Cancel leaves everything as it was.
  await chooseMenu(page, backup.window, 'Operations', 'Microsoft Exchange...');
  await pushButton(backup.exchangeDialog, 'Cancel').click();
  await expect(backup.exchangeDialog).toHaveCount(0);
  await expect(backup.errorBox).toHaveCount(0);

  await backup.connectExchange('exchvs1');
  await expect(backup.errorBox).toHaveCount(0);
  const tree = backup.exchangePane.getByRole('list', { name: 'Microsoft Exchange servers' });
  for (const text of ['ExampleCorp / HQ', 'EXCHVS1', 'Directory', 'Information Store']) await expect(tree).toContainText(text);
  await backup.window.getByRole('menubar').getByRole('menuitem', { name: 'Window', exact: true }).click();
  await expect(page.getByRole('menuitemcheckbox', { name: '3 Microsoft Exchange', checked: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: `${SHOTS}/backup-exchange-window.png` });

  // The restore path does not depend on it: the Tapes window still restores as before.
  await expect(backup.tick('Set 1')).toBeVisible();
});

test('Microsoft Exchange: with the whole group offline (F15) EXCHVS1 does not answer either', async ({ page }) => {
  await openScenario(page, 'f15-group-offline');
  const backup = new Backup(page);
  await pushButton(backup.errorBox, 'OK').click();
  await expect(backup.errorBox).toHaveCount(0);
  await backup.connectExchange('EXCHVS1');
  await expect(backup.errorBox).toContainText(cannotConnect('EXCHVS1'));
  await expect(backup.errorBox).toContainText('The RPC server is unavailable.');
  await pushButton(backup.errorBox, 'OK').click();
  await expect(backup.exchangePane).toHaveCount(0);
});

test('Restore Status: the summary says when the set being restored was backed up (Q244408)', async ({ page }) => {
  await startLab(page);
  const backup = await Backup.open(page);
  // With the Directory still online the restore is refused (F1); the summary still names the set.
  await backup.startRestore();
  await pushButton(backup.errorBox, 'OK').click();
  const log = backup.restoreStatus.getByRole('log', { name: 'Summary' });
  await expect(log).toContainText('Backup description: "Nightly full backup of EXCHVS1"');
  await expect(log.getByText('Backup performed on 8/19/99 at 11:02 PM', { exact: true })).toBeVisible();
  await expect(log).toContainText('The operation did not complete.');
});

test('Operations > Catalog: the set shows partially cataloged, then "Catalog in progress", then the backup set to tick (Q164805)', async ({ page }) => {
  await openWithClockPaused(page, 'restore-under-pressure', 'Restore under pressure: no catalog, one node down');
  const backup = await Backup.open(page);
  const tapes = backup.window.getByRole('region', { name: 'Tapes' });
  const sets = tapes.getByRole('list', { name: 'Backup sets' });
  await expect(sets).toContainText('Set 1');
  await expect(sets).toContainText('(partially cataloged)');
  await expect(tapes.getByRole('status')).toHaveText(/^Partially cataloged\./);
  await expect(tapes.getByRole('checkbox')).toHaveCount(0);
  await expect(backup.window.getByText('Exchange Full 19-Aug-1999 (partially cataloged)', { exact: true })).toBeVisible();

  await tapes.getByRole('option', { name: 'Exchange Full 19-Aug-1999' }).click();
  await chooseMenu(page, backup.window, 'Operations', 'Catalog...');
  await expect(tapes.getByRole('status')).toHaveText('Catalog in progress... 0%');
  await expect(backup.window.getByText('Exchange Full 19-Aug-1999 (catalog in progress)', { exact: true })).toBeVisible();
  await expect(tapes.getByRole('checkbox')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/backup-catalog-in-progress.png` });

  await skipButton(page).click();
  await expect(backup.tick('Directory')).toBeVisible();
  await expect(backup.tick('Information Store')).toBeVisible();
  await expect(tapes.getByRole('status')).toHaveCount(0);
  await expect(backup.window.getByText('Exchange Full 19-Aug-1999 (catalog in progress)', { exact: true })).toHaveCount(0);
  await chooseMenu(page, backup.window, 'Operations', 'Catalog...');
  await expect(backup.errorBox).toContainText('No uncataloged sets were found on tape.');
});
