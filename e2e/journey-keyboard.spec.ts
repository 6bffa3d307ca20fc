import { expect, test, type Locator, type Page } from '@playwright/test';
import { Backup } from './support/backup.ts';
import { ALL_RESOURCES, ClusterAdmin, DIRECTORY_AND_DEPENDANTS, RES, STAYS_ONLINE } from './support/cluster-admin.ts';
import { TITLES, desktopIcon, menuItem, messageBox, pressUntilFocused, startLab, windowNamed } from './support/desktop.ts';
import { Inbox } from './support/inbox.ts';
import { SVC, Services } from './support/services.ts';

/**
 * Shift+Tab back to the desktop's icons (one tab stop: a listbox, ahead of the open windows), arrow
 * to `name`, Enter. Opening a program
 * that is already open brings its window to the front, as the shell does.
 */
async function openByKeyboard(page: Page, name: string, title: string): Promise<Locator> {
  const desktop = page.getByRole('listbox', { name: 'Desktop' });
  for (let i = 0; i < 80 && !(await desktop.evaluate((el) => el.contains(document.activeElement))); i++) await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Home');
  await pressUntilFocused(page, desktopIcon(page, name), 'ArrowDown', 12);
  await page.keyboard.press('Enter');
  const w = windowNamed(page, title);
  await expect(w).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Taskbar' }).getByRole('button', { name: title, exact: true })).toHaveAttribute('aria-pressed', 'true');
  return w;
}

/** Tab until focus is inside `scope` (a list, a tree: one tab stop each). */
async function tabInto(page: Page, scope: Locator): Promise<void> {
  for (let i = 0; i < 40 && !(await scope.evaluate((el) => el.contains(document.activeElement))); i++) await page.keyboard.press('Tab');
  expect(await scope.evaluate((el) => el.contains(document.activeElement))).toBe(true);
}

/** Shift+F10 on the focused element, arrows to `command`, Enter. */
async function shortcutMenu(page: Page, command: string): Promise<void> {
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Shortcut menu' });
  await expect(menu).toBeVisible();
  await pressUntilFocused(page, menuItem(page, command), 'ArrowDown', 12);
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
}

test('keyboard only: the standard restore (Q238063 steps 1–9) without the mouse', async ({ page }) => {
  test.setTimeout(240_000);
  await startLab(page);
  const kb = page.keyboard;

  // Step 1: Cluster Administrator from its desktop icon; arrows in the tree to Exchange Cluster.
  await openByKeyboard(page, 'Cluster Administrator', TITLES.clusterAdmin);
  const ca = new ClusterAdmin(page);
  await expect(ca.treeItem('CLUSTER1')).toBeFocused();
  await pressUntilFocused(page, ca.treeItem('Exchange Cluster'), 'ArrowDown', 8);
  await expect(ca.list).toHaveAccessibleName('Resources of Exchange Cluster');

  // Step 2: Tab into the list, arrows to the Directory, Shift+F10 > Take Offline.
  await kb.press('Tab');
  await pressUntilFocused(page, ca.row(RES.ds), 'ArrowDown', 12);
  await shortcutMenu(page, 'Take Offline');
  await expect(ca.row(RES.ds)).toBeFocused();
  await ca.expectResources(DIRECTORY_AND_DEPENDANTS, 'Offline', 'NODE1');
  await ca.expectResources(STAYS_ONLINE, 'Online', 'NODE1');

  // Step 3: File > Exit by access keys.
  await kb.press('Alt+f');
  await expect(menuItem(page, 'Exit')).toBeVisible();
  await kb.press('x');
  await expect(ca.window).toHaveCount(0);

  // Steps 4–6: Backup; Tab from the tape to its items, Space ticks, Restore, Erase, Enter.
  await openByKeyboard(page, 'Backup', TITLES.backup);
  const backup = new Backup(page);
  await expect(backup.window.getByRole('option', { name: 'Exchange Full 19-Aug-1999' })).toBeFocused();
  await pressUntilFocused(page, backup.tick('Directory'));
  await kb.press('Space');
  await kb.press('Tab');
  await expect(backup.tick('Information Store')).toBeFocused();
  await kb.press('Space');
  await expect(backup.tick('Directory')).toBeChecked();
  await expect(backup.tick('Information Store')).toBeChecked();
  await pressUntilFocused(page, backup.restoreButton, 'Shift+Tab');
  await kb.press('Enter');
  const info = backup.restoreInformation;
  await expect(info.getByRole('button', { name: 'OK' })).toBeFocused();
  const destination = backup.storePage.getByRole('combobox', { name: 'Destination Server', exact: true });
  await pressUntilFocused(page, destination);
  await expect(destination).toHaveValue('EXCHVS1');
  const erase = backup.storePage.getByRole('checkbox', { name: 'Erase all existing data' });
  await pressUntilFocused(page, erase);
  await kb.press('Space');
  await expect(erase).toBeChecked();
  await kb.press('Enter');
  await expect(info).toHaveCount(0);
  const status = backup.restoreStatus;
  await expect(status.getByRole('button', { name: 'Abort' })).toBeFocused();
  await expect(status).toContainText('Restore completed.', { timeout: 30_000 });
  await expect(status.getByRole('button', { name: 'OK' })).toBeFocused();
  await kb.press('Enter');
  await expect(status).toHaveCount(0);
  await expect(backup.restoreButton).toBeFocused();
  // Operations > Exit with F10 and the arrows: Down opens the menu, Up wraps to its last item.
  await kb.press('F10');
  await expect(backup.window.getByRole('menubar').getByRole('menuitem', { name: 'Operations' })).toBeFocused();
  await kb.press('ArrowDown');
  await kb.press('ArrowUp');
  await expect(menuItem(page, 'Exit')).toBeFocused();
  await kb.press('Enter');
  await expect(backup.window).toHaveCount(0);

  // Step 7b: Services; arrows to each service, Alt+S starts it.
  await openByKeyboard(page, 'Services', TITLES.services);
  const services = new Services(page);
  // The list is one tab stop, on its first row.
  await pressUntilFocused(page, services.row('Alerter'));
  for (const name of [SVC.ds, SVC.is, SVC.mta]) {
    await pressUntilFocused(page, services.row(name), 'ArrowDown', 12);
    await kb.press('Alt+s');
    await services.expectStatus(name, 'Started');
    await expect(services.row(name)).toBeFocused();
  }

  // Step 7c: Inbox; Ctrl+N, type, the Options tab by arrows, Space for the receipt, Ctrl+Enter sends.
  await openByKeyboard(page, 'Inbox', TITLES.inbox);
  const inbox = new Inbox(page);
  await kb.press('Alt+c');
  await kb.press('n');
  const compose = windowNamed(page, 'New Message');
  await expect(compose.getByLabel('To', { exact: true })).toBeFocused();
  await kb.type('Administrator');
  await pressUntilFocused(page, compose.getByLabel('Subject', { exact: true }));
  await kb.type('Restore test');
  await pressUntilFocused(page, compose.getByRole('tab', { name: 'Message' }), 'Shift+Tab');
  await kb.press('ArrowRight');
  await expect(compose.getByRole('tab', { name: 'Options' })).toHaveAttribute('aria-selected', 'true');
  const receipt = compose.getByRole('checkbox', { name: 'Request a delivery receipt' });
  await pressUntilFocused(page, receipt);
  await kb.press('Space');
  await expect(receipt).toBeChecked();
  await kb.press('Control+Enter');
  await expect(compose).toHaveCount(0);
  await inbox.expectDelivered();

  // Step 8a: back to Services (its icon brings the open window up); Alt+T stops the Directory, Yes.
  await openByKeyboard(page, 'Services', TITLES.services);
  await tabInto(page, services.window.getByRole('table', { name: 'Service' }));
  await pressUntilFocused(page, services.row(SVC.ds), 'ArrowUp', 12);
  await kb.press('Alt+t');
  const ask = messageBox(page, 'Services');
  await expect(ask).toContainText('When Microsoft Exchange Directory stops, these other services will also stop.');
  await expect(ask.getByRole('button', { name: 'Yes' })).toBeFocused();
  await kb.press('Enter');
  for (const name of [SVC.ds, SVC.is, SVC.mta]) await services.expectStatus(name, 'Stopped');
  await kb.press('Escape');
  await expect(services.window).toHaveCount(0);

  // Steps 8b and 9: Cluster Administrator; Shift+F10 on the group > Bring Online, then Move Group.
  await openByKeyboard(page, 'Cluster Administrator', TITLES.clusterAdmin);
  await pressUntilFocused(page, ca.treeItem('Exchange Cluster'), 'ArrowDown', 8);
  await shortcutMenu(page, 'Bring Online');
  await ca.expectResources(ALL_RESOURCES, 'Online', 'NODE1');
  await expect(ca.treeItem('Exchange Cluster')).toBeFocused();
  await shortcutMenu(page, 'Move Group');
  await ca.expectResources(ALL_RESOURCES, 'Online', 'NODE2', 60_000);
  // The procedure is complete: the lab puts up its report, with the focus on it.
  await expect(page.getByRole('dialog', { name: /^Report/ })).toBeVisible();
  await expect(page.getByRole('dialog', { name: /^Report/ }).getByRole('button', { name: 'Close', exact: true }).filter({ hasText: 'Close' })).toBeFocused();
});
