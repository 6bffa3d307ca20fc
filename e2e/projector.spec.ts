import { expect, test, type Locator, type Page } from '@playwright/test';
import { scan } from './support/a11y.ts';
import { ClusterAdmin } from './support/cluster-admin.ts';
import { box, expectColumnVisible, expectTopBarOnOneRow, expectWindowsClearOfPanels, openScenario, PROJECTOR_SIZES, within } from './support/projector.ts';
import { closeWindow, openProgram, TITLES } from './support/desktop.ts';
import { installFakeClock, pausePageTimers } from './support/fake-clock.ts';
import { simulatedTime } from './support/paused-clock.ts';
import { SHOTS } from './support/shots.ts';

/** The instructor's demo on a classroom projector: windows stay in the console, the dock folds away, the console zooms. */

const panels = (page: Page) => page.getByRole('navigation', { name: 'Panels' });

async function openClusterAdminOnExchangeGroup(page: Page): Promise<ClusterAdmin> {
  const ca = await ClusterAdmin.open(page);
  await ca.selectExchangeGroup();
  return ca;
}

for (const size of PROJECTOR_SIZES) {
  test(`at ${size.width}×${size.height} Cluster Administrator opens clear of the panels with State and Owner in view`, async ({ page }) => {
    test.setTimeout(120_000); // axe over the whole page, map included
    await page.setViewportSize(size);
    await openScenario(page, 'instructor');
    const ca = await openClusterAdminOnExchangeGroup(page);
    await expectWindowsClearOfPanels(page);
    await expectColumnVisible(ca.list, 'State');
    await expectColumnVisible(ca.list, 'Owner');
    await expectTopBarOnOneRow(page);
    await scan(page, `instructor mode at ${size.width}×${size.height}`);
    if (size.width === 1024) await page.screenshot({ path: `${SHOTS}/projector-1024-instructor.png` });
  });
}

test('at 1024×768 the top bar is one row in every mode and at every display size, its short labels keeping their full names', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  for (const mode of ['practice', 'assessment', 'instructor'] as const) {
    await openScenario(page, mode);
    await expectTopBarOnOneRow(page);
  }
  const bar = page.getByRole('banner', { name: 'Lab' });
  // What the narrow bar shortens is still there for a screen reader, by the same names.
  await expect(bar.getByRole('button', { name: 'Skip to next change', exact: true })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Export attempt', exact: true })).toBeVisible();
  await expect(bar).toContainText('Mode: Instructor');
  await expect(bar.getByText(/^Simulated time: \d/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/projector-1024-topbar.png`, clip: { x: 0, y: 0, width: 1024, height: 64 } });
  for (const label of ['150 %', '200 %']) {
    await bar.getByLabel('Display size:', { exact: true }).selectOption({ label });
    await expectTopBarOnOneRow(page);
  }
  await bar.getByLabel('Display size:', { exact: true }).selectOption({ label: '150 %' });
  await ClusterAdmin.open(page);
  await page.screenshot({ path: `${SHOTS}/projector-1024-150pct.png` });
});

test('at 1024 px the dock is a strip of toggles; a panel opens over the console, can be pinned, and the pin is remembered', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openScenario(page, 'instructor');
  const instructor = panels(page).getByRole('button', { name: 'Instructor', exact: true });
  await expect(instructor).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('complementary', { name: 'Instructor' })).toHaveCount(0);

  await instructor.click();
  const panel = page.getByRole('complementary', { name: 'Instructor' });
  await expect(panel.getByRole('button', { name: 'Inject fault' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(instructor).toBeFocused();

  await panels(page).getByRole('button', { name: 'Map', exact: true }).click();
  await page.getByRole('complementary', { name: 'Procedure map' }).getByRole('button', { name: 'Pin', exact: true }).click();
  await expect(panels(page)).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Instructor' })).toBeVisible();
  const ca = await openClusterAdminOnExchangeGroup(page);
  await expectWindowsClearOfPanels(page);

  // A reload resumes the attempt (no briefing this time).
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Instructor' })).toBeVisible();
  await expect(ca.window).toBeVisible();
  await expectWindowsClearOfPanels(page);
  await page.getByRole('complementary', { name: 'Instructor' }).getByRole('button', { name: 'Unpin', exact: true }).click();
  await expect(panels(page)).toBeVisible();
});

test('when the viewport shrinks, an open window is pulled back into the desktop', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openScenario(page, 'practice');
  const ca = await openClusterAdminOnExchangeGroup(page);
  const title = ca.window.getByText(/^Cluster Administrator - /);
  const start = await box(title);
  await page.mouse.move(start.x + 40, start.y + 5);
  await page.mouse.down();
  await page.mouse.move(start.x + 400, start.y + 300, { steps: 4 });
  await page.mouse.up();
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(async () => within(await box(ca.window), await box(page.getByRole('main', { name: 'NODE1 desktop' })))).toBe(true);
  await expectWindowsClearOfPanels(page);
});

test('display size: 150 % puts windows on whole pixels with a smooth font, 200 % doubles the pixel font, windows stay inside, and it is remembered', async ({ page }) => {
  test.setTimeout(120_000); // two axe scans
  await page.setViewportSize({ width: 1024, height: 768 });
  await openScenario(page, 'instructor');
  const start = page.getByRole('button', { name: 'Start', exact: true });
  const normal = await box(start);

  await page.getByLabel('Display size:').selectOption({ label: '150 %' });
  await expect.poll(async () => Math.round((await box(start)).height)).toBe(Math.round(normal.height * 1.5));
  // At 150 % NT's pixel font would fall between screen pixels: the console's text is a smooth
  // font, and a window dragged anywhere has every edge on a whole screen pixel.
  const font = (l: Locator) => l.evaluate((el) => getComputedStyle(el).fontFamily);
  const services = await openProgram(page, 'Services', TITLES.services);
  const caption = services.getByText('Services', { exact: true }).first();
  expect(await font(caption)).not.toContain('Pixelated');
  expect(await font(page.getByRole('banner', { name: 'Lab' }))).toContain('Pixelated'); // the lab's own strip is not zoomed
  const before = await box(services);
  const title = await box(caption);
  await page.mouse.move(title.x + 40, title.y + 5);
  await page.mouse.down();
  await page.mouse.move(title.x + 40 + 31, title.y + 5 + 17, { steps: 3 });
  await page.mouse.up();
  const dragged = await box(services);
  expect(dragged.x, 'the window moved').toBeGreaterThan(before.x);
  for (const v of [dragged.x, dragged.y, dragged.width, dragged.height]) expect(Number.isInteger(v), `${JSON.stringify(dragged)} on whole pixels`).toBe(true);
  await closeWindow(services);
  const ca = await openClusterAdminOnExchangeGroup(page);
  await scan(page, 'display size 150 %');

  await page.getByLabel('Display size:').selectOption({ label: '200 %' });
  await expect.poll(async () => (await box(start)).height).toBe(normal.height * 2);
  expect(await font(ca.window.getByRole('treeitem', { name: 'CLUSTER1' }).first())).toContain('Pixelated');
  await expectWindowsClearOfPanels(page);
  await scan(page, 'display size 200 %');
  await page.screenshot({ path: `${SHOTS}/projector-1024-200pct.png` });

  // A shortcut menu opens where the pointer is, at the console's size.
  const row = ca.row('Microsoft Exchange Directory');
  const rowBox = await box(row);
  await row.click({ button: 'right', position: { x: 20, y: 5 } });
  const menu = page.getByRole('menu', { name: 'Shortcut menu' });
  const menuBox = await box(menu);
  expect(Math.abs(menuBox.x - (rowBox.x + 20))).toBeLessThan(4);
  await page.keyboard.press('Escape');

  // A reload resumes the attempt (no briefing this time).
  await page.reload();
  await expect(page.getByLabel('Display size:')).toHaveValue('2');
  await expect.poll(async () => (await box(start)).height).toBe(normal.height * 2);
});

test('"Map and controls" on a second screen follows the console, acts on its lab, and closing it gives the panels back', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await openScenario(page, 'instructor');
  const ca = await ClusterAdmin.open(page);

  const popup = context.waitForEvent('page');
  await page.getByRole('banner', { name: 'Lab' }).getByRole('button', { name: 'Map and controls…', exact: true }).click();
  const controls = await popup;
  await expect(controls.getByRole('status').filter({ hasText: 'Following the console.' })).toBeVisible();
  // It is not a second console: neither window says the lab is open in another tab.
  for (const p of [page, controls]) await expect(p.getByRole('dialog', { name: /another tab/ })).toHaveCount(0);
  // The console takes the full width: no panel, no strip of toggles.
  await expect(panels(page)).toHaveCount(0);
  await expect(page.getByRole('complementary')).toHaveCount(0);

  // A state change in the console moves the map on the second screen.
  const current = controls.getByRole('status').filter({ hasText: /^Current step: / });
  await expect(current).toHaveText('Current step: 1. Find the Exchange group');
  await ca.selectExchangeGroup();
  await expect(current).toHaveText('Current step: 2. Take the Directory offline');

  // A fault injected on the second screen happens in the console's lab.
  const instructor = controls.getByRole('complementary', { name: 'Instructor' });
  await instructor.getByLabel('Fault:').selectOption({ label: 'Resource failure' });
  await instructor.getByLabel('Resource:').selectOption('Microsoft Exchange Directory');
  await instructor.getByRole('button', { name: 'Inject fault', exact: true }).click();
  // The cluster answers the failure in the console's world: the group fails over to NODE2.
  await expect(instructor.getByRole('status').filter({ hasText: /^Injected: / })).toBeVisible();
  await ca.expectResource('Microsoft Exchange Directory', 'Online', 'NODE2');
  await scan(controls, 'the second screen');

  // Closing the second window leaves the console working, with its panels back.
  await controls.close();
  await expect(panels(page)).toBeVisible();
  await ca.clickTree('Resources');
  await expect(ca.list).toHaveAccessibleName('Resources');
});

test('the demo keys, pressed with the focus in the console, pause time, inject the chosen fault and step the map', async ({ page }) => {
  test.setTimeout(120_000);
  await installFakeClock(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openScenario(page, 'instructor');
  const instructor = page.getByRole('complementary', { name: 'Instructor' });
  const now = instructor.getByRole('heading', { name: /^Now: / });
  await expect(now).toHaveText('Now: 1. Find the Exchange group');
  // The panel lists them.
  for (const keys of ['Ctrl+Shift+Space', 'Ctrl+Shift+F', 'Ctrl+Shift+.', 'Ctrl+Shift+,']) await expect(instructor.getByRole('term').filter({ hasText: keys })).toBeVisible();

  // Ctrl+Shift+. and Ctrl+Shift+, jump the lab one KB step along the map, from wherever the focus is.
  const ca = await ClusterAdmin.open(page);
  await ca.clickTree('Groups');
  await page.keyboard.press('Control+Shift+Period');
  await expect(now).toHaveText('Now: 2. Take the Directory offline');
  await page.keyboard.press('Control+Shift+Period');
  await expect(now).toHaveText('Now: 3. Quit Cluster Administrator');
  await page.keyboard.press('Control+Shift+Comma');
  await expect(now).toHaveText('Now: 2. Take the Directory offline');

  // The fault is chosen in the panel; the key injects it while the instructor works in the console.
  await instructor.getByLabel('Fault:').selectOption({ label: 'Resource failure' });
  await instructor.getByLabel('Resource:').selectOption('Microsoft Exchange Directory');
  await ca.selectExchangeGroup();
  await ca.expectResource('Microsoft Exchange Directory', 'Online', 'NODE1');

  // Ctrl+Shift+Space stops simulated time: the Directory's restart waits, whatever the wall clock does.
  await pausePageTimers(page);
  await page.keyboard.press('Control+Shift+Space');
  await expect(instructor.getByRole('radio', { name: 'Pause' })).toBeChecked();
  await page.keyboard.press('Control+Shift+F');
  await expect(instructor.getByRole('status').filter({ hasText: /^Injected: / })).toBeVisible();
  // The cluster restarts the failed resource (Q260527): Online Pending until time moves.
  await ca.expectResource('Microsoft Exchange Directory', 'Online Pending');
  const stopped = await simulatedTime(page).textContent();
  await page.clock.runFor(30_000);
  await expect(simulatedTime(page)).toHaveText(stopped!);
  await ca.expectResource('Microsoft Exchange Directory', 'Online Pending');

  // Pressed again, time runs at the speed it had (the link's 20×): the cluster answers the failure
  // and the Directory is back online (on whichever node the cluster chose).
  await page.keyboard.press('Control+Shift+Space');
  await expect(instructor.getByRole('radio', { name: 'Pause' })).not.toBeChecked();
  await expect(instructor.getByText('Running at 20× (set by the link).')).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(simulatedTime(page)).not.toHaveText(stopped!);
  await ca.expectResource('Microsoft Exchange Directory', 'Online');
});
