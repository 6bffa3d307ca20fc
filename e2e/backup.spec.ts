import { axeBuilder } from './support/axe.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { installFakeClock, pausePageTimers } from './support/fake-clock.ts';
import { SHOTS } from './support/shots.ts';

/** Windows NT Backup 4.0 (KB Q238063 steps 4–6): Tapes window, Restore Information, Restore Status. */

const desktopIcon = (page: Page, name: string) => page.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name, exact: true });
const backup = (page: Page) => page.getByRole('dialog', { name: 'Backup', exact: true });
const restoreButton = (page: Page) => backup(page).getByRole('toolbar', { name: 'Toolbar' }).getByRole('button', { name: 'Restore', exact: true });
const restoreInfo = (page: Page) => page.getByRole('dialog', { name: 'Restore Information' });
const restoreStatus = (page: Page) => page.getByRole('dialog', { name: 'Restore Status' });
const errorBox = (page: Page) => page.getByRole('alertdialog', { name: 'Backup' });
const tick = (page: Page, name: string) => backup(page).getByRole('checkbox', { name, exact: true });

/** Presses Tab (or Shift+Tab) until `target` has focus (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, key = 'Tab', max = 25) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?speed=20');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});

test('the Tapes window lists the cataloged Exchange set; Restore needs a ticked item', async ({ page }) => {
  await desktopIcon(page, 'Backup').dblclick();
  await expect(backup(page)).toBeVisible();
  const menus = backup(page).getByRole('menubar');
  for (const m of ['Operations', 'Tree', 'View', 'Select', 'Window', 'Help']) await expect(menus.getByRole('menuitem', { name: m })).toBeVisible();
  await expect(backup(page).getByRole('region', { name: 'Drives' })).toContainText('C: SYSTEM');
  const tapes = backup(page).getByRole('region', { name: 'Tapes' });
  await expect(tapes.getByRole('option', { name: 'Exchange Full 19-Aug-1999' })).toBeVisible();
  await expect(tapes).toContainText('Normal');
  await expect(tapes).toContainText('CORP\\Administrator');
  await expect(tapes).toContainText('EXCHVS1');
  await expect(restoreButton(page)).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/backup-main.png` });
  // The inactive Drives caption keeps NT's grey-on-grey colours, so contrast is not checked here.
  const axe = await axeBuilder(page).include('#window-NODE1-backup').disableRules(['color-contrast']).analyze();
  expect(axe.violations).toEqual([]);

  // The set's box ticks both; Select > Uncheck on it clears them again.
  await tick(page, 'Set 1').check();
  await expect(tick(page, 'Directory')).toBeChecked();
  await expect(tick(page, 'Information Store')).toBeChecked();
  await expect(restoreButton(page)).toBeEnabled();
  await menus.getByRole('menuitem', { name: 'Select' }).click();
  await page.getByRole('menuitem', { name: 'Uncheck' }).click();
  await expect(tick(page, 'Directory')).not.toBeChecked();
  await expect(restoreButton(page)).toBeDisabled();

  // Operations: Backup is not available here; Catalog of a loaded tape says so; Microsoft Exchange asks for a server.
  await menus.getByRole('menuitem', { name: 'Operations' }).click();
  await expect(page.getByRole('menuitem', { name: 'Backup...' })).toBeDisabled();
  await page.getByRole('menuitem', { name: 'Catalog...' }).click();
  await expect(errorBox(page)).toContainText('No uncataloged sets were found on tape.');
  await errorBox(page).getByRole('button', { name: 'OK' }).click();
  await menus.getByRole('menuitem', { name: 'Operations' }).click();
  await page.getByRole('menuitem', { name: 'Microsoft Exchange...' }).click();
  await expect(page.getByRole('dialog', { name: 'Microsoft Exchange' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Microsoft Exchange' })).toHaveCount(0);
  await menus.getByRole('menuitem', { name: 'Operations' }).click();
  await page.getByRole('menuitem', { name: 'Exit' }).click();
  await expect(backup(page)).toHaveCount(0);
});

test('F1: restoring while the Directory is online is refused, and Restore Status says so', async ({ page }) => {
  await desktopIcon(page, 'Backup').dblclick();
  await tick(page, 'Directory').check();
  await tick(page, 'Information Store').check();
  await restoreButton(page).click();

  const dialog = restoreInfo(page);
  await expect(dialog).toBeVisible();
  const dirPage = dialog.getByRole('group', { name: 'Set 1 of 2' });
  const storePage = dialog.getByRole('group', { name: 'Set 2 of 2' });
  await expect(dirPage).toContainText('Microsoft Exchange Directory');
  await expect(dirPage).toContainText('Exchange Full 19-Aug-1999');
  await expect(dirPage).toContainText('Destination Server:EXCHVS1');
  // The Directory page's destination and options are fixed (Q184225): no controls on it.
  await expect(dirPage.getByRole('combobox')).toHaveCount(0);
  await expect(dirPage.getByRole('checkbox')).toHaveCount(0);
  await expect(storePage).toContainText('Microsoft Exchange Information Store');
  const destination = storePage.getByRole('combobox', { name: 'Destination Server', exact: true });
  await expect(destination).toHaveValue('EXCHVS1');
  await expect(storePage.getByRole('checkbox', { name: 'Private' })).toBeChecked();
  await expect(storePage.getByRole('checkbox', { name: 'Public' })).toBeChecked();
  await expect(storePage.getByRole('checkbox', { name: 'Erase all existing data' })).not.toBeChecked();
  await expect(storePage.getByRole('checkbox', { name: 'Verify After Restore' })).toBeDisabled();
  await expect(dialog.getByLabel('Log File', { exact: true })).toHaveValue('C:\\WINNT\\BACKUP.LOG');
  await expect(dialog.getByRole('radio', { name: 'Summary Only' })).toBeChecked();

  await destination.fill('EXCHVS1');
  await storePage.getByRole('checkbox', { name: 'Erase all existing data' }).check();
  await page.screenshot({ path: `${SHOTS}/backup-restore-information.png` });
  await storePage.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/backup-restore-information-page2.png` });
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toHaveCount(0);

  const box = errorBox(page);
  await expect(box).toContainText(
    'Unable to restore data to EXCHVS1\\Microsoft Exchange Directory, Check the application event log for more information.',
  );
  await box.getByRole('button', { name: 'OK' }).click();
  const status = restoreStatus(page);
  await expect(status).toContainText('The operation did not complete.');
  await expect(status.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  await expect(status.getByRole('button', { name: 'Abort' })).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/backup-restore-status-refused.png` });
  await status.getByRole('button', { name: 'OK' }).click();
  await expect(status).toHaveCount(0);
  await expect(tick(page, 'Directory')).toBeChecked();
});

test('F5, keyboard only: the node name as Destination Server is refused', async ({ page }) => {
  await desktopIcon(page, 'Backup').focus();
  await page.keyboard.press('Enter');
  await expect(backup(page)).toBeVisible();
  // Focus starts on the tape in the Tapes window; Tab walks into its catalog.
  await expect(backup(page).getByRole('option', { name: 'Exchange Full 19-Aug-1999' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(tick(page, 'Set 1')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(tick(page, 'Directory')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(tick(page, 'Information Store')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(tick(page, 'Information Store')).toBeChecked();
  await expect(tick(page, 'Set 1')).toBeChecked();
  await tabTo(page, restoreButton(page), 'Shift+Tab');

  // Escape cancels and gives focus back to Restore.
  await page.keyboard.press('Enter');
  await expect(restoreInfo(page).getByRole('button', { name: 'OK' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(restoreInfo(page)).toHaveCount(0);
  await expect(restoreButton(page)).toBeFocused();

  // Operations > Restore... by its access keys.
  await page.keyboard.press('Alt+o');
  await expect(page.getByRole('menuitem', { name: 'Restore...' })).toBeVisible();
  await page.keyboard.press('r');
  const dialog = restoreInfo(page);
  await expect(dialog).toBeVisible();
  const destination = dialog.getByRole('combobox', { name: 'Destination Server', exact: true });
  await tabTo(page, destination);
  // Alt+Down opens the list; Down, Enter picks NODE1 without closing the dialog.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(destination).toHaveAttribute('aria-expanded', 'true');
  await expect(dialog.getByRole('option', { name: 'EXCHVS1' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(destination).toHaveValue('NODE1');
  await expect(destination).toHaveAttribute('aria-expanded', 'false');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  const erase = dialog.getByRole('checkbox', { name: 'Erase all existing data' });
  await expect(erase).toBeFocused();
  await page.keyboard.press('Space');
  await expect(erase).toBeChecked();
  // Tab stays inside the dialog and reaches the Log detail radios once (the checked one).
  await tabTo(page, dialog.getByRole('radio', { name: 'Summary Only' }));
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByRole('radio', { name: 'Full Detail' })).toBeChecked();
  await page.keyboard.press('Enter');

  const box = errorBox(page);
  await expect(box).toContainText('Unable to restore data to NODE1\\Microsoft Exchange Information Store');
  await expect(box.getByRole('button', { name: 'OK' })).toBeFocused();
  await page.keyboard.press('Enter');
  const status = restoreStatus(page);
  await expect(status).toContainText('Restoring Microsoft Exchange Information Store to \\\\NODE1.');
  await expect(status).toContainText('The operation did not complete.');
  await expect(status.getByRole('button', { name: 'OK' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveCount(0);
});

test('steps 2 and 4–6: with the Directory offline (Cluster Administrator) the restore runs to "completed"', async ({ page }) => {
  // A fake clock (running normally until paused) lets the test watch the progress tick by tick.
  await installFakeClock(page);
  await page.goto('/?speed=20');
  await desktopIcon(page, 'Cluster Administrator').dblclick();
  const ca = page.getByRole('dialog', { name: 'Cluster Administrator - [CLUSTER1 (CLUSTER1)]', exact: true });
  const tree = ca.getByRole('tree', { name: 'Cluster' });
  for (const name of ['Groups', 'Exchange Cluster']) await tree.getByRole('treeitem', { name, exact: true }).getByText(name, { exact: true }).first().click();
  const ds = ca.getByRole('table').getByRole('row').filter({ has: page.getByRole('cell', { name: 'Microsoft Exchange Directory', exact: true }) });
  await ds.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Take Offline', exact: true }).click();
  await expect(ds.getByRole('cell', { name: 'Offline', exact: true })).toBeVisible();
  await ca.getByRole('button', { name: 'Close' }).click();

  await desktopIcon(page, 'Backup').dblclick();
  await tick(page, 'Directory').check();
  await tick(page, 'Information Store').check();
  await restoreButton(page).click();
  const dialog = restoreInfo(page);
  const storePage = dialog.getByRole('group', { name: 'Set 2 of 2' });
  await storePage.getByRole('combobox', { name: 'Destination Server', exact: true }).fill('EXCHVS1');
  await storePage.getByRole('checkbox', { name: 'Erase all existing data' }).check();
  expect((await axeBuilder(page).include('.restore-info').analyze()).violations).toEqual([]);
  await pausePageTimers(page);
  await dialog.getByRole('button', { name: 'OK' }).click();

  const status = restoreStatus(page);
  const bar = status.getByRole('progressbar', { name: 'Restore progress' });
  await expect(bar).toHaveAttribute('aria-valuenow', '0');
  await expect(status.getByRole('button', { name: 'OK' })).toBeDisabled();
  await expect(status.getByRole('button', { name: 'Abort' })).toBeFocused();
  // Each 250 ms tick at ?speed=20 is 5 s of the job: 625,524,736 bytes from the DLT 7000 at 5 MB/s, 125.1 s.
  await page.clock.runFor(3250);
  await expect(bar).toHaveAttribute('aria-valuenow', '51');
  await expect(status).toContainText('Elapsed time:00:01:05');
  await expect(status).toContainText('Restoring: E:\\exchsrvr\\MDBDATA\\PRIV.EDB');
  await page.screenshot({ path: `${SHOTS}/backup-restore-status-running.png` });
  await page.clock.runFor(3250);
  await expect(bar).toHaveAttribute('aria-valuenow', '100');
  await expect(status.getByRole('log')).toContainText('The operation was successfully completed.');
  await expect(status).toContainText('Restore completed.');
  await expect(errorBox(page)).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/backup-restore-status-completed.png` });
  await page.clock.resume(); // axe waits on timers
  expect((await axeBuilder(page).include('.restore-status').analyze()).violations).toEqual([]);
  await expect(status.getByRole('button', { name: 'OK' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveCount(0);
  await expect(restoreButton(page)).toBeFocused();
});
