import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectFocusVisible, focusState, pressUntilFocused, scan, walk, type Focus } from './support/a11y.ts';
import { CommandPrompt } from './support/command-prompt.ts';
import { SHOTS } from './support/shots.ts';

/**
 * Issue 7, the accessibility audit. axe-core (WCAG 2.0/2.1 A and AA) finds no serious or critical
 * violation with every program window open and each modal box open in turn, with menus, a world
 * message box, the procedure map, the report, history, catalog and the instructor's tools shown,
 * and on a powered-off console. Keyboard focus is visible; Tab is never stuck outside a modal box
 * and never leaves one; Escape closes menus and dialogs and gives focus back to what opened them.
 */

// A whole-page axe scan takes seconds (more on a busy machine); some tests make several.
test.describe.configure({ timeout: 300_000 });

const PRACTICE = '/?scenario=standard&mode=practice&speed=20';
const INSTRUCTOR = '/?scenario=standard&mode=instructor&speed=20';
const BRIEFING = 'Briefing: Standard online restore';
const CA = 'Cluster Administrator - [CLUSTER1 (CLUSTER1)]';
const EV = 'Event Viewer - System Log on \\\\NODE1';
const REPORT = 'Report: Standard online restore';
const REPLAY = 'Replay: Standard online restore (this attempt)';

const icon = (page: Page, name: string) => page.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name, exact: true });
const taskbar = (page: Page) => page.getByRole('navigation', { name: 'Taskbar' });
const startButton = (page: Page) => taskbar(page).getByRole('button', { name: 'Start', exact: true });
const dialog = (page: Page, name: string) => page.getByRole('dialog', { name, exact: true });
const box = (page: Page, name: string) => page.getByRole('alertdialog', { name, exact: true });
const menuItem = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });
/** A dialog's own push button (the title bar's Close button has no text). */
const push = (scope: Locator, name: string) => scope.getByRole('button', { name, exact: true }).filter({ hasText: name });
const bar = (page: Page, name: string) => page.getByRole('banner', { name: 'Lab' }).getByRole('button', { name, exact: true });
const mapDock = (page: Page) => page.getByRole('complementary', { name: 'Procedure map' });
const caTree = (page: Page, name: string) => dialog(page, CA).getByRole('tree', { name: 'Cluster' }).getByRole('treeitem', { name, exact: true });
const caRow = (page: Page, name: string) =>
  dialog(page, CA).getByRole('table').getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
const svcRow = (page: Page, name: string) => dialog(page, 'Services').getByRole('row', { name: new RegExp(`^${name}\\b`) });
const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement);

/** Opens a scenario by deep link and closes its briefing with OK (scanning it first if asked). */
async function openScenario(page: Page, url: string, scanBriefing = false): Promise<void> {
  await page.goto(url);
  const briefing = dialog(page, BRIEFING);
  await expect(briefing).toBeVisible();
  if (scanBriefing) await scan(page, 'briefing dialog');
  await push(briefing, 'OK').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(startButton(page)).toBeVisible();
}

async function openProgram(page: Page, name: string, title: string): Promise<Locator> {
  await icon(page, name).dblclick();
  await expect(dialog(page, title)).toBeVisible();
  return dialog(page, title);
}

/** Picks a menu bar menu, then an item, with the mouse. */
async function chooseMenu(page: Page, w: Locator, menu: string, item: string): Promise<void> {
  await w.getByRole('menubar').getByRole('menuitem', { name: menu, exact: true }).click();
  await menuItem(page, item).click();
}

/** Cluster Administrator with Groups > Exchange Cluster selected (KB step 1). */
async function openClusterAdmin(page: Page): Promise<Locator> {
  const w = await openProgram(page, 'Cluster Administrator', CA);
  await caTree(page, 'Groups').getByText('Groups', { exact: true }).first().click();
  await caTree(page, 'Exchange Cluster').getByText('Exchange Cluster', { exact: true }).first().click();
  await expect(w.getByRole('table')).toHaveAccessibleName('Resources of Exchange Cluster');
  return w;
}

/** Every program the lab has, open at once: the six desktop icons and Control Panel. */
async function openEveryProgram(page: Page): Promise<void> {
  await openClusterAdmin(page);
  await openProgram(page, 'Backup', 'Backup');
  await openProgram(page, 'Services', 'Services');
  await startButton(page).click();
  await menuItem(page, 'Settings').hover();
  await menuItem(page, 'Control Panel').click();
  await expect(dialog(page, 'Control Panel')).toBeVisible();
  await openProgram(page, 'Event Viewer', EV);
  await openProgram(page, 'Registry Editor', 'Registry Editor');
  await openProgram(page, 'Inbox', 'Inbox - Microsoft Exchange');
  await expect(taskbar(page).getByRole('list', { name: 'Open windows' }).getByRole('button')).toHaveCount(7);
}

/** Brings a program to the front with its taskbar button. */
async function activate(page: Page, title: string): Promise<Locator> {
  await taskbar(page).getByRole('button', { name: title, exact: true }).click();
  await expect(taskbar(page).getByRole('button', { name: title, exact: true })).toHaveAttribute('aria-pressed', 'true');
  return dialog(page, title);
}

/**
 * Inside a modal box, Tab (forwards and back) keeps focus in the box, on controls that show it,
 * and moves it among them.
 */
async function expectTrapped(page: Page, modal: string, what: string, tabs = 12): Promise<void> {
  const stops = [...(await walk(page, tabs, 'Tab', modal)), ...(await walk(page, 4, 'Shift+Tab', modal))];
  const out = stops.filter((s) => !s.inside);
  expect(out.map((s) => s.who), `${what}: Tab stays inside the box`).toEqual([]);
  const unseen = stops.filter((s) => !s.how);
  expect(unseen.map((s) => s.who), `${what}: every control inside shows its focus`).toEqual([]);
  const distinct = new Set(stops.map((s) => s.id)).size;
  const controls = await page.locator(modal).evaluate((el) =>
    // At least one Tab stop per radio group: its checked button.
    [...el.querySelectorAll<HTMLElement>('button, input:not([type="radio"]), input[type="radio"]:checked, select, textarea, [tabindex]')]
      .filter((c) => c.tabIndex >= 0 && !c.matches(':disabled') && c.getClientRects().length).length,
  );
  expect(distinct, `${what}: Tab moves among the box's controls`).toBeGreaterThanOrEqual(Math.min(controls, tabs));
}

// ---------------------------------------------------------------- axe scans

test('1. axe: desktop, Start menu and its Programs submenu', async ({ page }) => {
  await openScenario(page, PRACTICE, true);
  await scan(page, 'desktop');
  await startButton(page).click();
  await expect(page.getByRole('menu', { name: 'Start' })).toBeVisible();
  await scan(page, 'Start menu');
  await menuItem(page, 'Programs').hover();
  await menuItem(page, 'Administrative Tools (Common)').hover();
  await expect(menuItem(page, 'Cluster Administrator')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/a11y-start-menu.png` });
  await scan(page, 'Start > Programs > Administrative Tools (Common)');
});

test('2. axe: every program window open, then each modal box in turn', async ({ page }) => {
  await openScenario(page, PRACTICE);
  await openEveryProgram(page);
  await page.screenshot({ path: `${SHOTS}/a11y-all-windows.png` });
  await scan(page, 'every program window open');

  const backup = await activate(page, 'Backup');
  await backup.getByRole('checkbox', { name: 'Directory', exact: true }).check();
  await backup.getByRole('checkbox', { name: 'Information Store', exact: true }).check();
  await backup.getByRole('toolbar', { name: 'Toolbar' }).getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(dialog(page, 'Restore Information')).toBeVisible();
  await scan(page, 'Backup: Restore Information');
  await page.keyboard.press('Escape');
  await expect(dialog(page, 'Restore Information')).toHaveCount(0);

  const ca = await activate(page, CA);
  await chooseMenu(page, ca, 'File', 'Open Connection...');
  await expect(dialog(page, 'Open Connection to Cluster')).toBeVisible();
  await scan(page, 'Cluster Administrator: Open Connection to Cluster');
  await page.keyboard.press('Escape');
  await expect(dialog(page, 'Open Connection to Cluster')).toHaveCount(0);
  await caTree(page, 'CLUSTER1').getByText('CLUSTER1', { exact: true }).first().click({ button: 'right' });
  await menuItem(page, 'Properties').click();
  await dialog(page, 'CLUSTER1 Properties').getByRole('tab', { name: 'Network Priority' }).click();
  await scan(page, 'Cluster Administrator: CLUSTER1 Properties, Network Priority');
  await page.keyboard.press('Escape');
  await expect(dialog(page, 'CLUSTER1 Properties')).toHaveCount(0);

  const ev = await activate(page, EV);
  await ev.getByRole('table').getByRole('row').nth(1).dblclick();
  await expect(dialog(page, 'Event Detail')).toBeVisible();
  await scan(page, 'Event Viewer: Event Detail');
  await page.keyboard.press('Escape');
  await expect(dialog(page, 'Event Detail')).toHaveCount(0);

  const reg = await activate(page, 'Registry Editor');
  await chooseMenu(page, reg, 'Edit', 'Add Value...');
  await expect(dialog(page, 'Add Value')).toBeVisible();
  await scan(page, 'Registry Editor: Add Value');
  await page.keyboard.press('Escape');
  await expect(dialog(page, 'Add Value')).toHaveCount(0);

  const inbox = await activate(page, 'Inbox - Microsoft Exchange');
  await chooseMenu(page, inbox, 'Compose', 'New Message');
  await expect(dialog(page, 'New Message')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/a11y-new-message.png` });
  await scan(page, 'Inbox: New Message');
  await page.keyboard.press('Escape');
  await expect(dialog(page, 'New Message')).toHaveCount(0);
});

test('3. axe: a context menu (Shift+F10) and a world message box', async ({ page }) => {
  await openScenario(page, PRACTICE);
  await openClusterAdmin(page);
  await caRow(page, 'Microsoft Exchange Directory').click();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu')).toBeVisible();
  await expectFocusVisible(page, 'context menu item');
  await scan(page, 'Cluster Administrator context menu');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(caRow(page, 'Microsoft Exchange Directory')).toBeFocused();

  const services = await openProgram(page, 'Services', 'Services');
  await svcRow(page, 'Microsoft Exchange Information Store').click();
  await push(services, 'Start').click();
  await expect(box(page, 'Service Control')).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: `${SHOTS}/a11y-error-box.png` });
  await scan(page, 'Services: Service Control error box');
  await push(box(page, 'Service Control'), 'OK').click();
  await expect(box(page, 'Service Control')).toHaveCount(0);
});

test('4. axe: the procedure map, graph and list', async ({ page }) => {
  await openScenario(page, PRACTICE);
  const map = mapDock(page);
  await expect(map.getByRole('tab', { name: 'Graph' })).toHaveAttribute('aria-selected', 'true');
  await expect(map.getByRole('group').first()).toBeVisible();
  await scan(page, 'procedure map: graph');
  await map.getByRole('tab', { name: 'List' }).click();
  await expect(map.getByRole('region', { name: 'Procedure map as a list' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/a11y-map-list.png` });
  await scan(page, 'procedure map: list');
});

test('5. axe: report, history and catalog; the instructor dock and the replay', async ({ page }) => {
  await openScenario(page, PRACTICE);
  await bar(page, 'Stop…').click();
  await expect(box(page, 'Stop attempt')).toBeVisible();
  await scan(page, 'Stop attempt message box');
  await push(box(page, 'Stop attempt'), 'Yes').click();
  await expect(dialog(page, REPORT)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/a11y-report.png` });
  await scan(page, 'report');
  await push(dialog(page, REPORT), 'Close').click();
  await bar(page, 'History…').click();
  await expect(dialog(page, 'History').getByRole('row')).not.toHaveCount(0);
  await scan(page, 'History');
  await page.keyboard.press('Escape');
  await bar(page, 'Scenarios…').click();
  await expect(dialog(page, 'Scenarios')).toBeVisible();
  await scan(page, 'Scenarios catalog');
  await page.keyboard.press('Escape');

  await openScenario(page, INSTRUCTOR);
  const panel = page.getByRole('complementary', { name: 'Instructor' });
  await expect(panel.getByLabel('Fault:')).toBeVisible();
  await scan(page, 'instructor dock');
  await panel.getByLabel('Fault:').selectOption({ label: 'Restore in Progress key deleted' });
  await expect(panel.getByLabel('Service:')).toBeVisible();
  await scan(page, 'instructor fault form, every field shown');
  // A few actions, so the replay has something to scrub through.
  await openClusterAdmin(page);
  await dialog(page, CA).getByRole('button', { name: 'Close', exact: true }).first().click();
  await expect(dialog(page, CA)).toHaveCount(0);
  await panel.getByRole('button', { name: 'Replay this attempt…' }).click();
  await expect(dialog(page, REPLAY)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/a11y-replay.png` });
  await scan(page, 'replay dialog');
  // Scrubbed back to the start, the later actions are greyed.
  await dialog(page, REPLAY).getByRole('slider').focus();
  await page.keyboard.press('Home');
  await scan(page, 'replay dialog, at the start');
  await page.keyboard.press('Escape');
  await expect(dialog(page, REPLAY)).toHaveCount(0);
});

test('6. axe: the powered-off console', async ({ page }) => {
  // Real speed: "Starting Windows NT…" then lasts a real minute, long enough to scan it on any machine.
  await openScenario(page, INSTRUCTOR.replace('speed=20', 'speed=1'));
  const panel = page.getByRole('complementary', { name: 'Instructor' });
  await panel.getByLabel('Fault:').selectOption({ label: 'Node down' });
  await panel.getByLabel('Node:').selectOption('NODE1');
  await panel.getByRole('button', { name: 'Inject fault' }).click();
  await expect(page.getByRole('main', { name: 'NODE1 console' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Power on' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/a11y-powered-off.png` });
  await scan(page, 'powered-off console');
  await page.getByRole('button', { name: 'Power on' }).click();
  await expect(page.getByText('Starting Windows NT…')).toBeVisible();
  await scan(page, 'console starting Windows NT');
});

test('6b. axe: the Command Prompt with output (net start, cluster group)', async ({ page }) => {
  await openScenario(page, PRACTICE);
  const cmd = await CommandPrompt.open(page);
  await cmd.type('net start');
  await cmd.waitForPrompt();
  await expect(cmd.output).toContainText('These Windows NT services are started:');
  await cmd.type('cluster group');
  await cmd.waitForPrompt();
  await expect(cmd.output).toContainText('Exchange Cluster');
  await expect(cmd.input).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/a11y-command-prompt.png` });
  await scan(page, 'Command Prompt with output');
  await cmd.exit();
});

// ---------------------------------------------------------------- focus

test('7. focus shows on desktop icons, menus, tree items, list rows, buttons and tabs', async ({ page }) => {
  await openScenario(page, PRACTICE);
  // Desktop icons (arrow keys move among them).
  await icon(page, 'Inbox').click();
  await page.keyboard.press('ArrowDown');
  await expect(icon(page, 'Cluster Administrator')).toBeFocused();
  await expectFocusVisible(page, 'desktop icon');

  // Start button and menu; Escape closes one level at a time and returns to the Start button.
  await pressUntilFocused(page, startButton(page));
  await expectFocusVisible(page, 'Start button');
  await page.keyboard.press('Enter');
  await expect(menuItem(page, 'Programs')).toBeFocused();
  await expectFocusVisible(page, 'Start menu item');
  await page.keyboard.press('ArrowRight');
  await expect(menuItem(page, 'Accessories')).toBeFocused();
  await expectFocusVisible(page, 'Programs submenu item');
  await page.keyboard.press('Escape');
  await expect(menuItem(page, 'Programs')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Start' })).toHaveCount(0);
  await expect(startButton(page)).toBeFocused();
  await expectFocusVisible(page, 'Start button after Escape');

  // Cluster Administrator from its icon with Enter; the tree and the list.
  await pressUntilFocused(page, icon(page, 'Cluster Administrator'));
  await page.keyboard.press('Enter');
  await expect(dialog(page, CA)).toBeVisible();
  await pressUntilFocused(page, caTree(page, 'CLUSTER1'));
  await expectFocusVisible(page, 'tree item');
  await page.keyboard.press('ArrowDown');
  await expect(caTree(page, 'Groups')).toBeFocused();
  await expectFocusVisible(page, 'tree item after ArrowDown');
  await page.keyboard.press('Tab');
  await expect(dialog(page, CA).getByRole('table').getByRole('row').nth(1)).toBeFocused();
  await expectFocusVisible(page, 'list row');
  const row = await focusState(page);

  // Its menu bar: F10 enters, Down opens, Escape closes the menu, Escape again leaves the bar.
  await page.keyboard.press('F10');
  await expect(dialog(page, CA).getByRole('menuitem', { name: 'File', exact: true })).toBeFocused();
  await expectFocusVisible(page, 'menu bar item');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menu', { name: 'File' })).toBeVisible();
  await expectFocusVisible(page, 'menu item');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'File' })).toHaveCount(0);
  await expect(dialog(page, CA).getByRole('menuitem', { name: 'File', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  expect((await focusState(page)).id, 'Escape on the menu bar returns to the list row').toBe(row.id);

  // Buttons: the Services applet's command buttons.
  await icon(page, 'Services').dblclick();
  await expect(dialog(page, 'Services')).toBeVisible();
  await pressUntilFocused(page, push(dialog(page, 'Services'), 'Close'));
  await expectFocusVisible(page, 'push button');

  // Tabs: the procedure map's Graph / List tabs (arrow keys switch).
  const graphTab = mapDock(page).getByRole('tab', { name: 'Graph' });
  await pressUntilFocused(page, graphTab, 'Tab', 120);
  await expectFocusVisible(page, 'tab');
  await page.keyboard.press('ArrowRight');
  await expect(mapDock(page).getByRole('tab', { name: 'List' })).toBeFocused();
  await expectFocusVisible(page, 'tab after ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(graphTab).toBeFocused();
});

test('8. Tab goes round the whole page and comes back; every stop shows its focus', async ({ page }) => {
  await openScenario(page, PRACTICE);
  // The map's graph is drawn in the first pause of input (src/lib/when-quiet.ts); its states are Tab stops too.
  await expect(mapDock(page).getByTestId('rf__node-main.prepare')).toBeVisible();
  await icon(page, 'Inbox').click();
  const first = await focusState(page);

  // 30 presses from the desktop: focus moves every time, over many different elements.
  const stops = await walk(page, 30);
  for (let i = 1; i < stops.length; i++) expect(stops[i].id, `Tab ${i + 1} moved focus (from ${stops[i - 1].who})`).not.toBe(stops[i - 1].id);
  expect(new Set(stops.map((s) => s.id)).size).toBeGreaterThanOrEqual(25);

  // Then round the rest of the page, through the browser's own UI, back to where it started.
  const more = await walkUntil(page, first.id, 200);
  const all = [...stops, ...more];
  expect(all.at(-1)?.id, 'Tab comes back to the desktop icon').toBe(first.id);
  const unseen = all.filter((s) => s.id !== 0 && !s.how);
  expect(unseen.map((s) => s.who), 'every Tab stop shows its focus').toEqual([]);

  // The same with programs open: their title bar buttons, menu bars, trees and lists are stops too.
  await openClusterAdmin(page);
  await openProgram(page, 'Services', 'Services');
  await openProgram(page, 'Inbox', 'Inbox - Microsoft Exchange');
  await icon(page, 'Backup').click();
  const from = await focusState(page);
  const round = await walkUntil(page, from.id, 300);
  expect(round.at(-1)?.id, 'Tab comes back with programs open').toBe(from.id);
  const hidden = round.filter((s) => s.id !== 0 && !s.how);
  expect(hidden.map((s) => s.who), 'every Tab stop shows its focus (programs open)').toEqual([]);
  const whos = round.map((s) => s.who).join('\n');
  for (const part of ['[role=treeitem]', '[role=menuitem] "File"', 'tr ']) expect(whos).toContain(part);
});

/** Tabs until focus is back on element `id` (or `max` presses). */
async function walkUntil(page: Page, id: number, max: number): Promise<Focus[]> {
  const stops: Focus[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    stops.push(await focusState(page));
    if (stops.at(-1)!.id === id) break;
  }
  return stops;
}

test('9. modal boxes keep focus; Escape closes them and gives focus back', async ({ page }) => {
  await openScenario(page, PRACTICE);
  await openEveryProgram(page);

  // Backup > Restore Information, opened from the keyboard.
  const backup = await activate(page, 'Backup');
  await backup.getByRole('checkbox', { name: 'Directory', exact: true }).check();
  await backup.getByRole('checkbox', { name: 'Information Store', exact: true }).check();
  const restore = backup.getByRole('toolbar', { name: 'Toolbar' }).getByRole('button', { name: 'Restore', exact: true });
  await restore.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page, 'Restore Information')).toBeVisible();
  await expectTrapped(page, '[role="dialog"][aria-modal="true"]', 'Restore Information', 20);
  await page.keyboard.press('Escape');
  await expect(dialog(page, 'Restore Information')).toHaveCount(0);
  await expect(restore).toBeFocused();

  // Event Viewer > Event Detail from a row with Enter.
  const ev = await activate(page, EV);
  const evRow = ev.getByRole('table').getByRole('row').nth(1);
  await evRow.click();
  await page.keyboard.press('Enter');
  await expect(dialog(page, 'Event Detail')).toBeVisible();
  await expectTrapped(page, '[role="dialog"][aria-modal="true"]', 'Event Detail');
  await page.keyboard.press('Escape');
  await expect(dialog(page, 'Event Detail')).toHaveCount(0);
  await expect(evRow).toBeFocused();

  // Registry Editor > Edit > Add Value (menu bar from the keyboard); focus goes back to the key tree.
  const reg = await activate(page, 'Registry Editor');
  const key = reg.getByRole('tree', { name: 'Keys' }).getByRole('treeitem', { name: 'HKEY_LOCAL_MACHINE', exact: true });
  await key.getByText('HKEY_LOCAL_MACHINE', { exact: true }).first().click();
  await expect(key).toBeFocused();
  await page.keyboard.press('F10');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await pressUntilFocused(page, menuItem(page, 'Add Value...'), 'ArrowDown', 10);
  await page.keyboard.press('Enter');
  await expect(dialog(page, 'Add Value')).toBeVisible();
  await expectTrapped(page, '[role="dialog"][aria-modal="true"]', 'Add Value');
  await page.keyboard.press('Escape');
  await expect(dialog(page, 'Add Value')).toHaveCount(0);
  await expect(key).toBeFocused();

  // Inbox > New Message from its toolbar button.
  const inbox = await activate(page, 'Inbox - Microsoft Exchange');
  const newMessage = inbox.getByRole('button', { name: 'New Message', exact: true });
  await newMessage.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page, 'New Message')).toBeVisible();
  await expectTrapped(page, '[role="dialog"][aria-modal="true"]', 'New Message', 20);
  await page.keyboard.press('Escape');
  await expect(dialog(page, 'New Message')).toHaveCount(0);
  await expect(newMessage).toBeFocused();

  // A world message box: starting the damaged Information Store.
  const services = await activate(page, 'Services');
  await svcRow(page, 'Microsoft Exchange Information Store').click();
  const startSvc = push(services, 'Start');
  await startSvc.focus();
  await page.keyboard.press('Enter');
  await expect(box(page, 'Service Control')).toBeVisible({ timeout: 30_000 });
  await expectTrapped(page, '[role="alertdialog"]', 'Service Control error box', 6);
  await page.keyboard.press('Escape');
  await expect(box(page, 'Service Control')).toHaveCount(0);
  const back = await focusState(page, '[role="dialog"]');
  expect(back.inside, `after the error box, focus is back in Services (${back.who})`).toBe(true);
});

test('10. the lab\'s own dialogs keep focus; Escape gives it back to the top bar', async ({ page }) => {
  await openScenario(page, PRACTICE);
  for (const [button, title] of [['History…', 'History'], ['Scenarios…', 'Scenarios'], ['Briefing', BRIEFING]] as const) {
    await bar(page, button).focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page, title)).toBeVisible();
    await expectTrapped(page, '[role="dialog"][aria-modal="true"]', title);
    await page.keyboard.press('Escape');
    await expect(dialog(page, title)).toHaveCount(0);
    await expect(bar(page, button)).toBeFocused();
    await expectFocusVisible(page, `${button} after Escape`);
  }

  // Stop…: the question box keeps focus (Escape = No, back on Stop…); Yes shows the report.
  await bar(page, 'Stop…').focus();
  await page.keyboard.press('Enter');
  await expectTrapped(page, '[role="alertdialog"]', 'Stop attempt', 6);
  await page.keyboard.press('Escape');
  await expect(box(page, 'Stop attempt')).toHaveCount(0);
  await expect(bar(page, 'Stop…')).toBeFocused();
  await page.keyboard.press('Enter');
  await push(box(page, 'Stop attempt'), 'Yes').click();
  await expect(dialog(page, REPORT)).toBeVisible();
  await expect(push(dialog(page, REPORT), 'Close')).toBeFocused();
  await expectTrapped(page, '[role="dialog"][aria-modal="true"]', 'Report');
  await page.keyboard.press('Escape');
  await expect(dialog(page, REPORT)).toHaveCount(0);
  // Stop… is gone with the attempt; focus is not stranded: Tab lands on a control of the page.
  await page.keyboard.press('Tab');
  await expectFocusVisible(page, 'Tab after the report');

  // Instructor: the replay dialog.
  await openScenario(page, INSTRUCTOR);
  const replayButton = page.getByRole('complementary', { name: 'Instructor' }).getByRole('button', { name: 'Replay this attempt…' });
  await replayButton.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page, REPLAY)).toBeVisible();
  // The graph is drawn in the first pause of input: walk the box as it will stay.
  await expect(dialog(page, REPLAY).getByRole('region', { name: 'Procedure map at this point' }).getByRole('group').first()).toBeVisible();
  await expectTrapped(page, '[role="dialog"][aria-modal="true"]', 'Replay', 30);
  await page.keyboard.press('Escape');
  await expect(dialog(page, REPLAY)).toHaveCount(0);
  await expect(replayButton).toBeFocused();
});

test('11. the powered-off console: Power on and the console switch are reachable and show focus', async ({ page }) => {
  await openScenario(page, INSTRUCTOR);
  const panel = page.getByRole('complementary', { name: 'Instructor' });
  await panel.getByLabel('Fault:').selectOption({ label: 'Node down' });
  await panel.getByLabel('Node:').selectOption('NODE1');
  await panel.getByRole('button', { name: 'Inject fault' }).click();
  const power = page.getByRole('button', { name: 'Power on' });
  await expect(power).toBeVisible();
  await pressUntilFocused(page, power);
  await expectFocusVisible(page, 'Power on');
  await pressUntilFocused(page, page.getByRole('navigation', { name: 'Console switch' }).getByRole('button', { name: 'NODE2' }));
  await expectFocusVisible(page, 'console switch');
  expect(await isFocused(power)).toBe(false);
});
