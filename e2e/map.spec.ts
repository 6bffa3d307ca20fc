import { axeBuilder } from './support/axe.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SHOTS } from './support/shots.ts';

/**
 * Issue 5, the procedure map: it follows the trainee through KB Q238063 step by step (graph and
 * text twin agreeing), shows a failure branch, explains states on hover and focus, sits in its own
 * resizable dock, and lets an instructor jump the lab to a state.
 */

const CA = 'Cluster Administrator - [CLUSTER1 (CLUSTER1)]';
const DS = 'Microsoft Exchange Directory';
const IS = 'Microsoft Exchange Information Store';
const MTA = 'Microsoft Exchange Message Transfer Agent';

const TITLES: Record<string, string> = {
  'main.prepare': '1. Find the Exchange group',
  'main.takeDirectoryOffline': '2. Take the Directory offline',
  'main.quitClusterAdmin': '3. Quit Cluster Administrator',
  'main.restoreFromTape': '4–6. Restore from tape',
  'main.restoring': '6. Restore running',
  'main.startServices': '7. Start services from Control Panel',
  'main.verifyMail': '7. Verify mail delivery',
  'main.stopServices': '8. Stop the services',
  'main.bringResourcesOnline': '8. Bring the resources online',
  'main.testFailover': '9. Test failover',
  done: 'Done',
  'failure.directoryFailed': 'Directory failed: Restore in Progress key wiped',
};

// ---- the lab's windows, driven as a trainee does ----
const desktopIcon = (page: Page, name: string) => page.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name, exact: true });
const win = (page: Page, name: string) => page.getByRole('dialog', { name, exact: true });
const menuItem = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });
const cmd = (w: Locator, name: string) => w.getByRole('button', { name, exact: true }).filter({ hasText: name });
const caTreeLabel = (page: Page, name: string) => win(page, CA).getByRole('tree', { name: 'Cluster' }).getByRole('treeitem', { name, exact: true }).getByText(name, { exact: true }).first();
const caRow = (page: Page, name: string) => win(page, CA).getByRole('table').getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
const svcRow = (page: Page, name: string) => win(page, 'Services').getByRole('row', { name: new RegExp(`^${name}\\b`) });

async function openProgram(page: Page, icon: string, title: string): Promise<Locator> {
  await desktopIcon(page, icon).dblclick();
  await expect(win(page, title)).toBeVisible();
  return win(page, title);
}

async function startService(page: Page, name: string) {
  await svcRow(page, name).click();
  await cmd(win(page, 'Services'), 'Start').click();
  await expect(svcRow(page, name)).toContainText('Started', { timeout: 30_000 });
}

// ---- the map ----
const mapDock = (page: Page) => page.getByRole('complementary', { name: 'Procedure map' });
const mapNode = (page: Page, id: string) => page.getByTestId(`rf__node-${id}`);
const twin = (page: Page) => mapDock(page).getByRole('region', { name: 'Procedure map as a list' });
const twinItem = (page: Page, id: string) => twin(page).getByRole('listitem', { name: new RegExp(`^KB step \\d+ ${escape(TITLES[id])} —`) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The map's current state is `id`, in every way the trainee can tell: the graph node carries
 * aria-current="step" (the previous one no longer does), the live region says it, and the
 * List view agrees.
 */
async function expectCurrent(page: Page, id: string, previous?: string, { list = true } = {}) {
  await expect(mapNode(page, id)).toHaveAttribute('aria-current', 'step', { timeout: 30_000 });
  if (previous) {
    await expect(mapNode(page, previous)).not.toHaveAttribute('aria-current', 'step');
    await expect(mapNode(page, previous)).toHaveAccessibleName(/— Visited$/);
  }
  await expect(mapNode(page, id)).toHaveAccessibleName(new RegExp(`${escape(TITLES[id])} — Current step$`));
  await expect(mapDock(page).getByRole('status').filter({ hasText: 'Current step:' })).toHaveText(`Current step: ${TITLES[id]}`);
  // A modal message box (Restore Status) blocks the tabs until it is closed; `list: false` then.
  if (!list) return;
  await mapDock(page).getByRole('tab', { name: 'List' }).click();
  await expect(twinItem(page, id)).toHaveAccessibleName(/— Current step$/);
  await expect(twinItem(page, id)).toHaveAttribute('aria-current', 'step');
  if (previous) await expect(twinItem(page, previous)).toHaveAccessibleName(/— Visited$/);
  await mapDock(page).getByRole('tab', { name: 'Graph' }).click();
  await expect(mapNode(page, id)).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?speed=20');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect(mapNode(page, 'main.prepare')).toBeVisible();
});

test('the map follows the standard restore at every step, graph and list agreeing', async ({ page }) => {
  test.setTimeout(180_000);
  await expectCurrent(page, 'main.prepare');
  await page.screenshot({ path: `${SHOTS}/map-start.png` });

  // Step 1: Cluster Administrator, Groups > Exchange Cluster.
  await openProgram(page, 'Cluster Administrator', CA);
  await caTreeLabel(page, 'Groups').click();
  await caTreeLabel(page, 'Exchange Cluster').click();
  await expectCurrent(page, 'main.takeDirectoryOffline', 'main.prepare');

  // Step 2: right-click the Directory > Take Offline.
  await caRow(page, DS).click({ button: 'right' });
  await menuItem(page, 'Take Offline').click();
  await expect(caRow(page, DS).getByRole('cell', { name: 'Offline', exact: true })).toBeVisible();
  await expectCurrent(page, 'main.quitClusterAdmin', 'main.takeDirectoryOffline');

  // Step 3: File > Exit.
  await win(page, CA).getByRole('menubar').getByRole('menuitem', { name: 'File', exact: true }).click();
  await menuItem(page, 'Exit').click();
  await expect(win(page, CA)).toHaveCount(0);
  await expectCurrent(page, 'main.restoreFromTape', 'main.quitClusterAdmin');

  // Steps 4–6: NT Backup restores both databases to EXCHVS1, erasing what is there.
  const backup = await openProgram(page, 'Backup', 'Backup');
  await backup.getByRole('checkbox', { name: 'Directory', exact: true }).check();
  await backup.getByRole('checkbox', { name: 'Information Store', exact: true }).check();
  await backup.getByRole('toolbar', { name: 'Toolbar' }).getByRole('button', { name: 'Restore', exact: true }).click();
  const storePage = win(page, 'Restore Information').getByRole('group', { name: 'Set 2 of 2' });
  await storePage.getByRole('combobox', { name: 'Destination Server', exact: true }).fill('EXCHVS1');
  await storePage.getByRole('checkbox', { name: 'Erase all existing data' }).check();
  await cmd(win(page, 'Restore Information'), 'OK').click();
  const status = win(page, 'Restore Status');
  await expect(status).toBeVisible();
  // While the restore runs (Restore Status is modal, so the graph only), then once it completed.
  await expectCurrent(page, 'main.restoring', 'main.restoreFromTape', { list: false });
  await expect(status).toContainText('Restore completed.', { timeout: 30_000 });
  await expectCurrent(page, 'main.startServices', 'main.restoring', { list: false });
  await cmd(status, 'OK').click();
  await expect(status).toHaveCount(0);
  await expectCurrent(page, 'main.startServices', 'main.restoring');

  // Step 7: Control Panel > Services, on the node that owns the group.
  await openProgram(page, 'Services', 'Services');
  await startService(page, DS);
  await expectCurrent(page, 'main.startServices');
  await startService(page, IS);
  await expectCurrent(page, 'main.verifyMail', 'main.startServices');
  await startService(page, MTA);
  await expectCurrent(page, 'main.verifyMail');

  // Step 7c: a test message with a delivery receipt to Administrator.
  const inbox = await openProgram(page, 'Inbox', 'Inbox - Microsoft Exchange');
  await inbox.getByRole('menuitem', { name: 'Compose', exact: true }).click();
  await menuItem(page, 'New Message').click();
  const compose = win(page, 'New Message');
  await compose.getByLabel('To', { exact: true }).fill('Administrator');
  await compose.getByLabel('Subject', { exact: true }).fill('Restore test');
  await compose.getByRole('tab', { name: 'Options' }).click();
  await compose.getByText('Request a delivery receipt').click();
  await compose.getByRole('button', { name: 'Send' }).click();
  await expect(compose).toHaveCount(0);
  await expectCurrent(page, 'main.stopServices', 'main.verifyMail');
  await page.screenshot({ path: `${SHOTS}/map-midway.png` });

  // Step 8a: stop the Directory (and, yes, its dependants).
  await page.getByRole('navigation', { name: 'Taskbar' }).getByRole('button', { name: 'Services', exact: true }).click();
  await svcRow(page, DS).click();
  await cmd(win(page, 'Services'), 'Stop').click();
  await page.getByRole('alertdialog', { name: 'Services', exact: true }).getByRole('button', { name: 'Yes' }).click();
  await expect(svcRow(page, DS)).not.toContainText('Started', { timeout: 30_000 });
  await expectCurrent(page, 'main.bringResourcesOnline', 'main.stopServices');

  // Step 8b: Cluster Administrator, Bring Online on the Exchange Cluster group.
  await openProgram(page, 'Cluster Administrator', CA);
  await caTreeLabel(page, 'Groups').click();
  await caTreeLabel(page, 'Exchange Cluster').click({ button: 'right' });
  await menuItem(page, 'Bring Online').click();
  await expectCurrent(page, 'main.testFailover', 'main.bringResourcesOnline');

  // Step 9: Move Group.
  await caTreeLabel(page, 'Exchange Cluster').click({ button: 'right' });
  await menuItem(page, 'Move Group').click();
  // Done: the modes UI opens the (modal) report; close it to reach the List view.
  await expectCurrent(page, 'done', 'main.testFailover', { list: false });
  const report = win(page, 'Report: Standard online restore');
  await expect(report).toBeVisible();
  await cmd(report, 'Close').click();
  await expect(report).toHaveCount(0);
  await expectCurrent(page, 'done', 'main.testFailover');

  // The way taken: every step visited, and the List view says which transitions were taken.
  for (const id of Object.keys(TITLES).filter((k) => k.startsWith('main.'))) await expect(mapNode(page, id)).toHaveAccessibleName(/— Visited$/);
  await expect(mapNode(page, 'failure.directoryFailed')).toHaveAccessibleName(/— Not visited$/);
  await page.screenshot({ path: `${SHOTS}/map-done.png` });
  await mapDock(page).getByRole('tab', { name: 'List' }).click();
  const quit = twinItem(page, 'main.quitClusterAdmin');
  await quit.getByText('3 transitions from here').click();
  await expect(quit.getByRole('listitem').filter({ hasText: 'Correct → 4–6. Restore from tape' })).toContainText('taken');
  await expect(quit.getByRole('listitem').filter({ hasText: 'Mistake → 6. Restore running' })).toContainText('not taken');
  await page.screenshot({ path: `${SHOTS}/map-done-list.png` });
});

test('a failure branch: bringing the Directory online after the restore goes to "Directory failed"', async ({ page }) => {
  test.setTimeout(120_000);
  await openProgram(page, 'Cluster Administrator', CA);
  await caTreeLabel(page, 'Groups').click();
  await caTreeLabel(page, 'Exchange Cluster').click();
  await caRow(page, DS).click({ button: 'right' });
  await menuItem(page, 'Take Offline').click();
  await expect(caRow(page, DS).getByRole('cell', { name: 'Offline', exact: true })).toBeVisible();
  await win(page, CA).getByRole('button', { name: 'Close', exact: true }).first().click();
  const backup = await openProgram(page, 'Backup', 'Backup');
  await backup.getByRole('checkbox', { name: 'Directory', exact: true }).check();
  await backup.getByRole('checkbox', { name: 'Information Store', exact: true }).check();
  await backup.getByRole('toolbar', { name: 'Toolbar' }).getByRole('button', { name: 'Restore', exact: true }).click();
  const storePage = win(page, 'Restore Information').getByRole('group', { name: 'Set 2 of 2' });
  await storePage.getByRole('checkbox', { name: 'Erase all existing data' }).check();
  await cmd(win(page, 'Restore Information'), 'OK').click();
  await expect(win(page, 'Restore Status')).toContainText('Restore completed.', { timeout: 30_000 });
  await cmd(win(page, 'Restore Status'), 'OK').click();
  await expectCurrent(page, 'main.startServices');

  // The mistake: Bring Online in Cluster Administrator instead of starting it from Control Panel.
  await openProgram(page, 'Cluster Administrator', CA);
  await caTreeLabel(page, 'Groups').click();
  await caTreeLabel(page, 'Exchange Cluster').click();
  await caRow(page, DS).click({ button: 'right' });
  await menuItem(page, 'Bring Online').click();
  await expectCurrent(page, 'failure.directoryFailed', 'main.startServices');
  await expect(mapNode(page, 'failure.directoryFailed')).toHaveAccessibleDescription(/erased the RIP key.*Bringing a Generic Service resource online/);
  await page.screenshot({ path: `${SHOTS}/map-failure.png` });

  // The List view names the mistake taken, from the main line's region.
  await mapDock(page).getByRole('tab', { name: 'List' }).click();
  const mainLine = twin(page).getByRole('listitem', { name: /^Region Online restore \(Q238063\) — / });
  await expect(mainLine).toHaveAccessibleName(/— Visited$/);
  await mainLine.getByText(/^\d+ transitions from here$/).first().click();
  await expect(mainLine.getByRole('listitem').filter({ hasText: `Mistake → ${TITLES['failure.directoryFailed']}` }).first()).toContainText(': taken');
  await expect(mainLine.getByRole('listitem').filter({ hasText: 'Mistake → Restore refused' }).first()).toContainText(': not taken');
  await page.screenshot({ path: `${SHOTS}/map-failure-list.png` });
});

test('explanations on hover and focus; a click only explains outside instructor mode; keyboard and axe', async ({ page }) => {
  const about = mapDock(page).getByRole('region', { name: 'About this state' });
  await expect(about).toContainText('Start Cluster Administrator, connect to the cluster');
  await mapNode(page, 'main.takeDirectoryOffline').hover();
  await expect(about).toContainText('The cluster first takes everything that depends on it offline');
  await mapNode(page, 'main.takeDirectoryOffline').click();
  await expect(mapNode(page, 'main.prepare')).toHaveAttribute('aria-current', 'step');
  await page.mouse.move(5, 5);
  await expect(about).toContainText('The cluster first takes everything that depends on it offline');

  // Keyboard: nodes take focus; focus explains; the description is the explanation (no "press delete").
  await mapNode(page, 'main.prepare').focus();
  await expect(mapNode(page, 'main.prepare')).toBeFocused();
  await expect(about).toContainText('so the right pane lists its resources');
  await page.keyboard.press('Tab');
  await expect(mapNode(page, 'main.takeDirectoryOffline')).toBeFocused();
  await expect(mapNode(page, 'main.takeDirectoryOffline')).toHaveAccessibleDescription(/^Right-click Microsoft Exchange Directory > Take Offline\. Take the Directory resource offline/);
  await expect(mapDock(page)).not.toContainText('Press delete');
  await page.keyboard.press('Enter');
  await expect(mapNode(page, 'main.prepare')).toHaveAttribute('aria-current', 'step');

  // Zoom controls and the overview are there; the graph is read-only.
  for (const name of ['Zoom in', 'Zoom out', 'Show the whole map']) await expect(mapDock(page).getByRole('button', { name })).toBeVisible();
  await expect(mapDock(page).getByRole('img', { name: 'Overview of the procedure map' })).toBeVisible();

  const result = await axeBuilder(page).include('.map-dock').analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  await mapDock(page).getByRole('tab', { name: 'List' }).click();
  const list = await axeBuilder(page).include('.map-dock').analyze();
  expect(list.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

test('the dock sits beside the console, resizes by pointer and keyboard, remembers it, and hides', async ({ page }) => {
  const dock = mapDock(page);
  const consoleArea = page.getByRole('main', { name: 'NODE1 desktop' });
  const separator = dock.getByRole('separator', { name: 'Resize procedure map' });
  const start = Number(await separator.getAttribute('aria-valuenow'));
  const dockBox = (await dock.boundingBox())!;
  const consoleBox = (await consoleArea.boundingBox())!;
  expect(consoleBox.x + consoleBox.width).toBeLessThanOrEqual(dockBox.x + 1);

  // Keyboard: Left widens, Right narrows (the dock is on the right).
  await separator.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(separator).toHaveAttribute('aria-valuenow', String(start + 32));
  await page.keyboard.press('ArrowRight');
  await expect(separator).toHaveAttribute('aria-valuenow', String(start + 16));
  await page.keyboard.press('Home');
  await expect(separator).toHaveAttribute('aria-valuenow', '260');

  // Pointer: drag the edge 100 px to the left.
  const handle = (await separator.boundingBox())!;
  await page.mouse.move(handle.x + 2, handle.y + 200);
  await page.mouse.down();
  await page.mouse.move(handle.x - 98, handle.y + 200, { steps: 5 });
  await page.mouse.up();
  await expect(separator).toHaveAttribute('aria-valuenow', '360');
  await expect.poll(async () => Math.round((await dock.boundingBox())!.width)).toBe(360);
  const widened = (await consoleArea.boundingBox())!;
  expect(widened.x + widened.width).toBeLessThanOrEqual((await dock.boundingBox())!.x + 1);

  // Remembered across a reload.
  await page.reload();
  await expect(mapDock(page).getByRole('separator', { name: 'Resize procedure map' })).toHaveAttribute('aria-valuenow', '360');

  // Hide and show; focus follows the button.
  await mapDock(page).getByRole('button', { name: 'Hide procedure map' }).click();
  await expect(mapNode(page, 'main.prepare')).toHaveCount(0);
  await expect(mapDock(page).getByRole('button', { name: 'Show procedure map' })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/map-hidden.png` });
  await page.keyboard.press('Enter');
  await expect(mapNode(page, 'main.prepare')).toBeVisible();
  await expect(mapDock(page).getByRole('button', { name: 'Hide procedure map' })).toBeFocused();
});

test('instructor: a click on a state jumps the lab there by the shortest way from the start', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?speed=20&scenario=standard&mode=instructor');
  const briefing = win(page, 'Briefing: Standard online restore');
  await expect(briefing).toBeVisible();
  await briefing.getByRole('button', { name: 'OK' }).click();
  await expect(mapNode(page, 'main.prepare')).toHaveAttribute('aria-current', 'step');
  const about = mapDock(page).getByRole('region', { name: 'About this state' });
  await expect(about).toContainText('Instructor: click a state (or press Enter on it) to move the lab there.');

  await mapDock(page).getByRole('button', { name: 'Show the whole map' }).click();
  await mapNode(page, 'main.startServices').click();
  await expect(about.getByRole('status')).toContainText('Jumped to “7. Start services from Control Panel”', { timeout: 30_000 });
  await expectCurrent(page, 'main.startServices');
  // The world is what those actions make it: the Directory is offline in Cluster Administrator.
  await openProgram(page, 'Cluster Administrator', CA);
  await caTreeLabel(page, 'Groups').click();
  await caTreeLabel(page, 'Exchange Cluster').click();
  await expect(caRow(page, DS).getByRole('cell', { name: 'Offline', exact: true })).toBeVisible();
  await expect(mapNode(page, 'main.restoring')).toHaveAccessibleName(/— Visited$/);
  await page.screenshot({ path: `${SHOTS}/map-instructor-jump.png` });

  // Enter on a failure state, from the List view's button, works too.
  await mapDock(page).getByRole('tab', { name: 'List' }).click();
  await twin(page).getByRole('button', { name: `Jump to ${TITLES['failure.directoryFailed']}` }).click();
  await expect(about.getByRole('status')).toContainText(`Jumped to “${TITLES['failure.directoryFailed']}”`, { timeout: 30_000 });
  await mapDock(page).getByRole('tab', { name: 'Graph' }).click();
  await expectCurrent(page, 'failure.directoryFailed');
  await mapNode(page, 'main.prepare').focus();
  await page.keyboard.press('Enter');
  await expect(about.getByRole('status')).toContainText('Jumped to “1. Find the Exchange group”: the lab replayed 0 actions', { timeout: 30_000 });
  await expectCurrent(page, 'main.prepare');
  await expect(mapNode(page, 'failure.directoryFailed')).toHaveAccessibleName(/— Not visited$/);
});
