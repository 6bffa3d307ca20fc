import { expect, test, type Locator, type Page } from '@playwright/test';
import { Backup } from './support/backup.ts';
import { ClusterAdmin, DIRECTORY_AND_DEPENDANTS, RES } from './support/cluster-admin.ts';
import { TITLES, menuItem, pushButton, startLab, treeChild, windowNamed } from './support/desktop.ts';
import { EventViewer } from './support/event-viewer.ts';
import { Inbox } from './support/inbox.ts';
import { RegistryEditor } from './support/registry-editor.ts';
import { SVC, Services } from './support/services.ts';
import { SHOTS } from './support/shots.ts';

/**
 * One picture of each window in a state worth looking at, for reviewing the NT 4.0 look. Kept
 * under test-results/ (ignored by git; CI keeps them as artifacts).
 */
const shoot = (target: Page | Locator, name: string) => target.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });

test('screenshots of every window in a meaningful state', async ({ page }) => {
  test.setTimeout(180_000);
  await startLab(page);
  await shoot(page, 'desktop');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await menuItem(page, 'Programs').hover();
  await menuItem(page, 'Administrative Tools (Common)').hover();
  await expect(menuItem(page, 'Cluster Administrator')).toBeVisible();
  await shoot(page, 'start-menu');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // Cluster Administrator: the Directory taken offline, a shortcut menu and a property sheet.
  const ca = await ClusterAdmin.open(page);
  await ca.selectExchangeGroup();
  await ca.resourceCommand(RES.ds, 'Take Offline');
  await ca.expectResources(DIRECTORY_AND_DEPENDANTS, 'Offline', 'NODE1');
  await ca.row(RES.ds).click();
  await shoot(ca.window, 'cluster-admin');
  await ca.row(RES.sa).click({ button: 'right' });
  await expect(page.getByRole('menu', { name: 'Shortcut menu' })).toBeVisible();
  await shoot(page, 'cluster-admin-shortcut-menu');
  await menuItem(page, 'Properties').click();
  const sheet = windowNamed(page, `${RES.sa} Properties`);
  await sheet.getByRole('tab', { name: 'Advanced' }).click();
  await shoot(sheet, 'cluster-admin-properties');
  await page.keyboard.press('Escape');
  await ca.exit();

  // Backup: the Tapes window with both items ticked, Restore Information, Restore Status completed.
  const backup = await Backup.open(page);
  await backup.tick('Directory').check();
  await backup.tick('Information Store').check();
  await shoot(backup.window, 'backup');
  await backup.restoreButton.click();
  await backup.storePage.getByRole('checkbox', { name: 'Erase all existing data' }).check();
  await shoot(backup.restoreInformation, 'backup-restore-information');
  await pushButton(backup.restoreInformation, 'OK').click();
  await expect(backup.restoreStatus).toContainText('Restore completed.', { timeout: 30_000 });
  await shoot(backup.restoreStatus, 'backup-restore-status');
  await pushButton(backup.restoreStatus, 'OK').click();
  await backup.exit();

  // Registry Editor: the Restore in Progress key NT Backup wrote.
  const regedt = await RegistryEditor.open(page);
  await regedt.goToKey(['SYSTEM', 'CurrentControlSet', 'Services', 'MSExchangeDS']);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await pressFirstLetterUntil(page, treeChild(regedt.key('MSExchangeDS'), 'Restore in Progress'));
  await expect(regedt.values.getByRole('option', { name: 'HighLog Number : REG_DWORD : 0x3f' })).toBeVisible();
  await shoot(regedt.window, 'registry-editor');
  await regedt.values.getByRole('option', { name: /^EDB_RstMap : / }).dblclick();
  await shoot(windowNamed(page, 'Multi-String Editor'), 'registry-editor-multi-string');
  await page.keyboard.press('Escape');
  await regedt.exit();

  // Control Panel and Services: the Directory started by hand, the stop question.
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await menuItem(page, 'Settings').hover();
  await menuItem(page, 'Control Panel').click();
  const cp = windowNamed(page, TITLES.controlPanel);
  const applets = cp.getByRole('listbox', { name: 'Control Panel' });
  await applets.getByRole('option', { name: 'Services', exact: true }).click();
  await shoot(cp, 'control-panel');
  await applets.getByRole('option', { name: 'Services', exact: true }).dblclick();
  const services = new Services(page);
  await expect(services.window).toBeVisible();
  await services.startOk(SVC.ds);
  await services.startOk(SVC.is);
  await services.startOk(SVC.mta);
  await services.row(SVC.ds).click();
  await shoot(services.window, 'services');
  await services.button('Stop').click();
  await shoot(page, 'services-stop-question');
  await pushButton(page.getByRole('alertdialog', { name: 'Services' }), 'No').click();

  // Inbox: the test message and its delivery report.
  const inbox = await Inbox.open(page);
  await inbox.sendTestMessage();
  await inbox.expectDelivered();
  await shoot(inbox.window, 'inbox');

  // Event Viewer: the Application log after the hard recovery, and one event's detail.
  const ev = await EventViewer.open(page, 'NODE1', 'Application');
  await shoot(ev.window, 'event-viewer');
  await ev.rows('MSExchangeIS', 5000).first().dblclick();
  await shoot(windowNamed(page, 'Event Detail'), 'event-detail');
  await page.keyboard.press('Escape');
  await ev.show('System');
  await shoot(ev.window, 'event-viewer-system');
});

test('screenshots of a powered-off console and of Windows NT starting', async ({ page }) => {
  await page.goto('/?speed=20&scenario=standard&mode=instructor');
  await pushButton(windowNamed(page, /^Briefing/), 'OK').click();
  const instructor = page.getByRole('complementary', { name: 'Instructor' });
  await instructor.getByLabel('Node:').selectOption('NODE2');
  await instructor.getByRole('button', { name: 'Inject fault' }).click();
  await page.getByRole('group', { name: 'Console' }).getByRole('button', { name: 'NODE2' }).click();
  const screen = page.getByRole('main', { name: 'NODE2 console' });
  await expect(screen.getByRole('button', { name: 'Power on' })).toBeVisible();
  await shoot(page, 'powered-off');
  const speed = instructor.getByRole('radiogroup', { name: 'Clock speed' });
  await speed.getByText('Pause', { exact: true }).click();
  await screen.getByRole('button', { name: 'Power on' }).click();
  await expect(screen.getByRole('status')).toHaveText('Starting Windows NT…');
  await shoot(page, 'starting-windows-nt');
});

/** Type-ahead in a tree: the first letter until `target` has focus. */
async function pressFirstLetterUntil(page: Page, target: Locator) {
  const name = (await target.getAttribute('aria-label')) ?? (await target.textContent()) ?? '';
  for (let i = 0; i < 12 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press(name.trim()[0] ?? 'R');
  await expect(target).toBeFocused();
}
