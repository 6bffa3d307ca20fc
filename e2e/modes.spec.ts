import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Practice, assessment and instructor modes: deep links, the coach, hints, undo, the report, replay. */

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';
const CA = 'Cluster Administrator - [CLUSTER1 (CLUSTER1)]';
const DS = 'Microsoft Exchange Directory';

const topBar = (page: Page) => page.getByRole('banner', { name: 'Lab' });
const bar = (page: Page, name: string) => topBar(page).getByRole('button', { name, exact: true });
const dock = (page: Page, name: string) => page.getByRole('complementary', { name });
const dialog = (page: Page, name: string) => page.getByRole('dialog', { name, exact: true });
const steps = (page: Page) => page.getByRole('list', { name: 'Steps of Q238063' });
const step = (page: Page, title: string) => steps(page).getByRole('listitem').filter({ hasText: title });
const ca = (page: Page) => dialog(page, CA);
const caRow = (page: Page, name: string) => ca(page).getByRole('table').getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
const caTree = (page: Page, name: string) => ca(page).getByRole('tree', { name: 'Cluster' }).getByRole('treeitem', { name, exact: true });

async function axe(page: Page, selector: string) {
  const result = await new AxeBuilder({ page }).include(selector).disableRules(['color-contrast']).analyze();
  expect(result.violations).toEqual([]);
}

/** Opens a scenario by deep link and closes its briefing. */
async function openScenario(page: Page, scenario: string, mode: string) {
  await page.goto(`/?speed=20&scenario=${scenario}&mode=${mode}`);
  await expect(dialog(page, `Briefing: ${scenarioTitle(scenario)}`)).toBeVisible();
  await dialog(page, `Briefing: ${scenarioTitle(scenario)}`).getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}
const scenarioTitle = (id: string) => (id === 'standard' ? 'Standard online restore' : id);

async function openClusterAdmin(page: Page) {
  await page.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name: 'Cluster Administrator', exact: true }).dblclick();
  await expect(ca(page)).toBeVisible();
}

/** KB steps 1 and 2 in Cluster Administrator: select Exchange Cluster, take the Directory offline. */
async function takeDirectoryOffline(page: Page) {
  await openClusterAdmin(page);
  await caTree(page, 'Groups').getByText('Groups', { exact: true }).first().click();
  await caTree(page, 'Exchange Cluster').getByText('Exchange Cluster', { exact: true }).first().click();
  await caRow(page, DS).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Take Offline', exact: true }).click();
  await expect(caRow(page, DS).getByRole('cell', { name: 'Offline', exact: true })).toBeVisible();
}

test('practice: the task list ticks, hints show their cost first, undo takes an action back', async ({ page }) => {
  await openScenario(page, 'standard', 'practice');
  await expect(topBar(page)).toContainText('Standard online restore');
  await expect(topBar(page)).toContainText('Mode: Practice');
  await expect(topBar(page)).toContainText('Simulated time: 9:00:00 AM');
  const coach = dock(page, 'Coach');
  await expect(coach.getByRole('heading', { name: 'Now: 1. Find the Exchange group' })).toBeVisible();
  await expect(step(page, '1. Find the Exchange group')).toContainText('(current step)');
  await expect(steps(page).getByRole('listitem')).toHaveCount(10);
  await expect(bar(page, 'Undo')).toBeDisabled();

  // The hint ladder: each rung says what it costs before it is taken.
  await bar(page, 'Hint').click();
  const rung1 = coach.getByRole('button', { name: 'Hint 1: Nudge (costs 2 points)' });
  await expect(rung1).toBeFocused();
  await rung1.click();
  const taken = coach.getByRole('list', { name: 'Hints taken' });
  await expect(taken).toContainText('Nudge: 1. Find the Exchange group (KB Q238063 step 1): Open Cluster Administrator');
  await coach.getByRole('button', { name: 'Hint 2: Where to look (costs 5 points)' }).click();
  await expect(taken).toContainText('Where to look: Look at the programs on the console: Cluster Administrator.');
  await coach.getByRole('button', { name: 'Hint 3: Exact action (costs 10 points)' }).click();
  await expect(taken).toContainText('Exact action: On NODE1, open Cluster Administrator.');
  await expect(coach).toContainText('No more hints for this step.');
  await page.screenshot({ path: `${SHOTS}/modes-practice-hints.png` });
  await axe(page, '.modes-dock');
  await axe(page, '.modes-topbar');

  // Doing steps 1 and 2 ticks them.
  await takeDirectoryOffline(page);
  await expect(step(page, '1. Find the Exchange group')).toContainText('(done)');
  await expect(step(page, '2. Take the Directory offline')).toContainText('(done)');
  await expect(step(page, '3. Quit Cluster Administrator')).toContainText('(current step)');
  await expect(coach.getByRole('heading', { name: /Steps of Q238063 \(2 of 10 done\)/ })).toBeVisible();
  // A new step: the ladder starts again.
  await expect(coach.getByRole('button', { name: 'Hint 1: Nudge (costs 2 points)' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/modes-practice-ticked.png` });

  // Undo takes back the last action (Take Offline, and the time that followed): the Directory comes back.
  await expect(bar(page, 'Undo')).toBeEnabled();
  await bar(page, 'Undo').click();
  await expect(caRow(page, DS).getByRole('cell', { name: 'Online', exact: true })).toBeVisible();
  await expect(step(page, '2. Take the Directory offline')).toContainText('(current step)');

  // Reset asks first.
  await bar(page, 'Reset…').click();
  const confirm = page.getByRole('alertdialog', { name: 'Reset attempt' });
  await expect(confirm).toContainText('A reset costs 10 points.');
  await confirm.getByRole('button', { name: 'No' }).click();
  await expect(step(page, '2. Take the Directory offline')).toContainText('(current step)');
  await bar(page, 'Reset…').click();
  await confirm.getByRole('button', { name: 'Yes' }).click();
  await expect(step(page, '1. Find the Exchange group')).toContainText('(current step)');
  await expect(ca(page)).toHaveCount(0);
});
