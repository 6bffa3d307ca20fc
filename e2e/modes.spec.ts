import { axeBuilder } from './support/axe.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { installFakeClock } from './support/fake-clock.ts';
import { simulatedTime } from './support/paused-clock.ts';
import { SHOTS } from './support/shots.ts';

/** Practice, assessment and instructor modes: deep links, the coach, hints, undo, the report, replay. */

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

/** 98.css draws radio buttons on their labels; choose one by keyboard, as a trainee can. */
async function choose(radio: Locator) {
  await radio.focus();
  await radio.press('Space');
  await expect(radio).toBeChecked();
}

async function axe(page: Page, selector: string) {
  const result = await axeBuilder(page).include(selector).disableRules(['color-contrast']).analyze();
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

test('practice: a mistake explains itself at once (what broke, why, which step, which KB article)', async ({ page }) => {
  await openScenario(page, 'standard', 'practice');
  await page.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name: 'Services', exact: true }).dblclick();
  const services = dialog(page, 'Services');
  await services.getByRole('row', { name: /^Microsoft Exchange System Attendant\b/ }).click();
  await services.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('alertdialog', { name: 'Services' }).getByRole('button', { name: 'Yes' }).click();
  const feedback = dock(page, 'Coach').getByRole('region', { name: 'What went wrong' });
  await expect(feedback).toBeVisible();
  await expect(feedback.getByRole('heading')).toHaveText('Mistake: F12: The cluster reacted to a failure');
  await expect(feedback).toContainText('What broke:');
  await expect(feedback).toContainText('Why:');
  await expect(feedback).toContainText('Step: KB step 8');
  await expect(feedback).toContainText('Proof: KB Q260527');
  await expect(dock(page, 'Coach').getByRole('heading', { name: /^Off the procedure: The cluster reacted/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/modes-practice-mistake.png` });
  await feedback.getByRole('button', { name: 'Got it' }).click();
  await expect(feedback).toHaveCount(0);
});

test('assessment: timer, no hints or undo, map hidden until the end, then the report (printable)', async ({ page }) => {
  await openScenario(page, 'standard', 'assessment');
  await expect(topBar(page)).toContainText('Mode: Assessment');
  const timer = topBar(page).getByRole('timer');
  await expect(timer).toHaveText(/^Elapsed 0:00:0\d$/);
  const first = await timer.textContent();
  await expect(timer).not.toHaveText(first!);
  for (const name of ['Hint', 'Undo', 'Reset…']) await expect(bar(page, name)).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Procedure map' })).toHaveCount(0);
  await expect(dock(page, 'Assessment')).toContainText('Assessment in progress');
  await axe(page, '.modes-topbar');

  await takeDirectoryOffline(page);
  await page.screenshot({ path: `${SHOTS}/modes-assessment.png` });
  await bar(page, 'Stop…').click();
  await page.getByRole('alertdialog', { name: 'Stop attempt' }).getByRole('button', { name: 'Yes' }).click();

  const report = dialog(page, 'Report: Standard online restore');
  await expect(report).toBeVisible();
  await expect(report).toContainText(/Score: \d+ \/ 100 — NOT PASSED/);
  await expect(report).toContainText('Assessment · Stopped');
  const stepsTable = report.getByRole('region', { name: 'Steps of Q238063' }).getByRole('table');
  await expect(stepsTable.getByRole('row').nth(1)).toContainText('Done');
  await expect(stepsTable).toContainText('Not reached');
  await page.screenshot({ path: `${SHOTS}/modes-report.png` });
  await axe(page, '.report-dialog');
  // Elapsed time stops; the map is allowed now.
  await expect(page.getByRole('complementary', { name: 'Procedure map' })).toBeVisible();

  // Print shows only the report.
  await page.emulateMedia({ media: 'print' });
  await expect(report.getByRole('heading', { name: 'Standard online restore' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeHidden();
  await expect(topBar(page)).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/modes-report-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();

  // The finished attempt is in the history, and survives a reload.
  await report.getByRole('button', { name: 'Close', exact: true }).filter({ hasText: 'Close' }).click();
  await page.reload();
  // The link starts a new attempt; the finished one is in the history.
  await dialog(page, 'Briefing: Standard online restore').getByRole('button', { name: 'OK' }).click();
  await bar(page, 'History…').click();
  const history = dialog(page, 'History');
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('row').nth(1)).toContainText('Standard online restore');
  await expect(history.getByRole('row').nth(1)).toContainText('Assessment');
  await axe(page, '.history-dialog');
  const [download] = await Promise.all([page.waitForEvent('download'), history.getByRole('button', { name: 'Export all' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^history-.*\.json$/);
  const { readFile } = await import('node:fs/promises');
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(exported).toMatchObject({ format: 'cluster-restore-lab.history', version: 2 });
  expect(exported.finished).toHaveLength(1);
  await history.getByRole('button', { name: /^View report of Standard online restore/ }).click();
  await expect(dialog(page, 'Report: Standard online restore')).toContainText('NOT PASSED');
});

test('instructor: an injected fault shows in the world, the clock pauses, the replay scrubs and branches', async ({ page }) => {
  await installFakeClock(page);
  await openScenario(page, 'standard', 'instructor');
  const panel = dock(page, 'Instructor');
  await panel.getByLabel('Fault:').selectOption({ label: 'Node down' });
  await panel.getByLabel('Node:').selectOption('NODE2');
  await panel.getByRole('button', { name: 'Inject fault' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Injected' })).toHaveText('Injected: NODE2 down.');
  await openClusterAdmin(page);
  await expect(caTree(page, 'NODE2 (Down)')).toBeVisible();
  await axe(page, '.modes-dock');

  // Pause simulated time: taking the Directory offline stays pending until time runs again.
  await choose(panel.getByRole('radio', { name: 'Pause' }));
  await caTree(page, 'Groups').getByText('Groups', { exact: true }).first().click();
  await caTree(page, 'Exchange Cluster').getByText('Exchange Cluster', { exact: true }).first().click();
  await caRow(page, DS).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Take Offline', exact: true }).click();
  await expect(caRow(page, DS).getByRole('cell', { name: 'Offline Pending', exact: true })).toBeVisible();
  const pausedAt = await simulatedTime(page).textContent();
  await page.clock.runFor(5000); // 20 scheduler intervals: none may move simulated time
  await expect(caRow(page, DS).getByRole('cell', { name: 'Offline Pending', exact: true })).toBeVisible();
  await expect(simulatedTime(page)).toHaveText(pausedAt ?? '');
  await choose(panel.getByRole('radio', { name: '10×' }));
  await expect(caRow(page, DS).getByRole('cell', { name: 'Offline', exact: true })).toBeVisible();

  // Replay: the scrubber moves through the attempt; the world shows each point read-only.
  await panel.getByRole('button', { name: 'Replay this attempt…' }).click();
  const replay = dialog(page, 'Replay: Standard online restore (this attempt)');
  const slider = replay.getByRole('slider');
  await expect(slider).toBeFocused();
  const world = replay.getByRole('region', { name: 'World at this point' });
  const dsRow = world.getByRole('table', { name: 'Exchange Cluster resources' }).getByRole('row', { name: new RegExp(`^${DS} `) });
  await expect(dsRow).toContainText('Offline');
  await page.keyboard.press('Home');
  await expect(replay).toContainText('Start: Start of the scenario');
  await expect(dsRow).toContainText('Online');
  await expect(world).toContainText('NODE2 Up');
  await page.keyboard.press('ArrowRight');
  await expect(replay).toContainText('Action 1: Instructor fault: NODE2 down.');
  await expect(world).toContainText('NODE2 Down');
  await expect(replay.getByRole('list', { name: 'Optimal path from the start' }).getByRole('listitem').first()).toHaveText('On NODE1, open Cluster Administrator.');
  await page.screenshot({ path: `${SHOTS}/modes-replay.png` });
  await axe(page, '.replay-dialog');

  // Branch from the start: a new attempt, the Directory back online.
  await page.keyboard.press('Home');
  await replay.getByRole('button', { name: 'Branch from here' }).click();
  await expect(replay).toHaveCount(0);
  await expect(ca(page)).toHaveCount(0);
  await openClusterAdmin(page);
  await expect(caTree(page, 'NODE2')).toBeVisible();
});

test('reload resumes the attempt exactly: same windows, same world, same step', async ({ page }) => {
  await openScenario(page, 'standard', 'practice');
  await takeDirectoryOffline(page);
  await expect(page).toHaveURL(/scenario=standard&mode=practice&seed=1/);
  await expect(step(page, '3. Quit Cluster Administrator')).toContainText('(current step)');
  await dock(page, 'Coach').getByRole('button', { name: 'Hint 1: Nudge (costs 2 points)' }).click();
  await expect(dock(page, 'Coach').getByRole('list', { name: 'Hints taken' })).toContainText('Nudge: 3. Quit Cluster Administrator');
  // No wait for the throttled save: leaving the page saves at once.
  await page.reload();
  // The hint already paid for at this step is still there.
  await expect(dock(page, 'Coach').getByRole('list', { name: 'Hints taken' })).toContainText('Nudge: 3. Quit Cluster Administrator');
  await expect(ca(page)).toBeVisible();
  await expect(page.getByRole('dialog', { name: /^Briefing/ })).toHaveCount(0);
  await expect(step(page, '2. Take the Directory offline')).toContainText('(done)');
  await caTree(page, 'Exchange Cluster').getByText('Exchange Cluster', { exact: true }).first().click();
  await expect(caRow(page, DS).getByRole('cell', { name: 'Offline', exact: true })).toBeVisible();
  await expect(caRow(page, 'Microsoft Exchange System Attendant').getByRole('cell', { name: 'Online', exact: true })).toBeVisible();
  await expect(step(page, '3. Quit Cluster Administrator')).toContainText('(current step)');
  await expect(bar(page, 'Undo')).toBeEnabled();

  // Scenarios… offers to resume it, or to begin again.
  await bar(page, 'Scenarios…').click();
  const standard = dialog(page, 'Scenarios').getByRole('listitem', { name: 'Standard online restore', exact: true });
  await expect(standard.getByRole('button', { name: 'Resume' })).toBeVisible();
  await standard.getByRole('button', { name: 'Begin' }).click();
  await dialog(page, 'Briefing: Standard online restore').getByRole('button', { name: 'OK' }).click();
  await expect(ca(page)).toHaveCount(0);
  await expect(step(page, '1. Find the Exchange group')).toContainText('(current step)');
});

test('a damaged save is reported in plain words and kept aside', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('damaged')) {
      sessionStorage.setItem('damaged', '1');
      localStorage.setItem('crl.history', '{"sta');
    }
  });
  await page.goto('/?speed=20');
  const banner = page.getByRole('alert', { name: 'Saved data problems' });
  await expect(banner).toContainText('Your saved history could not be read (it is not valid JSON), so the lab started clean.');
  await expect(banner).toContainText(/A copy was kept as crl\.history\.corrupt\.\d+\./);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const backup = keys.find((k) => k.startsWith('crl.history.corrupt.'));
  expect(backup).toBeTruthy();
  expect(await page.evaluate((k) => localStorage.getItem(k), backup!)).toBe('{"sta');
  await page.screenshot({ path: `${SHOTS}/modes-storage-problem.png` });
  await axe(page, '.storage-banner');
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
});

test('a bad deep link says why and shows the catalog; no parameters shows the catalog too', async ({ page }) => {
  await page.goto('/?speed=20&scenario=nope&mode=practice');
  const catalog = dock(page, 'Scenarios');
  await expect(catalog.getByRole('alert')).toHaveText('This link cannot be opened: There is no scenario called “nope”. Choose a scenario below.');
  await expect(catalog.getByRole('list', { name: 'Scenarios' }).getByRole('listitem').first()).toHaveAccessibleName('Standard online restore');
  await page.screenshot({ path: `${SHOTS}/modes-bad-link.png` });
  await axe(page, '.modes-dock');

  await page.goto('/?speed=20&scenario=standard&mode=exam');
  await expect(catalog.getByRole('alert')).toContainText('“exam” is not a mode. Use practice, assessment or instructor.');

  await page.goto('/?speed=20');
  await expect(catalog.getByRole('alert')).toHaveCount(0);
  await expect(catalog.getByRole('radio', { name: 'Practice' })).toBeChecked();
  await choose(catalog.getByRole('radio', { name: 'Assessment' }));
  await catalog.getByRole('listitem', { name: 'Standard online restore', exact: true }).getByRole('button', { name: 'Begin: Standard online restore', exact: true }).click();
  await expect(dialog(page, 'Briefing: Standard online restore')).toContainText('Assessment mode');
  await expect(page).toHaveURL(/\?speed=20&scenario=standard&mode=assessment&seed=1$/);
});

test('instructor: a bad scenario file names the field; a good one joins the catalog', async ({ page }) => {
  await openScenario(page, 'standard', 'instructor');
  const panel = dock(page, 'Instructor');
  const scenario = { id: 'drill-one', title: 'Drill one', briefing: 'A drill.', branch: null, setup: {}, prelude: [], success: { kind: 'done' }, solution: [{ type: 'app.open', node: 'NODE3', app: 'backup' }] };
  await panel.getByLabel('Scenario file').setInputFiles({ name: 'drill.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  await expect(panel.getByRole('alert').filter({ hasText: 'drill.json' })).toHaveText('The scenario file “drill.json” cannot be used: solution.0.node: Invalid option: expected one of "NODE1"|"NODE2"');
  await panel.getByLabel('Scenario file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('<b>not json</b>') });
  await expect(panel.getByRole('alert').filter({ hasText: 'broken.json' })).toContainText('(file): not valid JSON');

  scenario.solution[0].node = 'NODE1';
  await panel.getByLabel('Scenario file').setInputFiles({ name: 'drill.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  await expect(panel.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported “Drill one”. It is in the scenario catalog, kept in this browser.');
  await bar(page, 'Scenarios…').click();
  const drill = dialog(page, 'Scenarios').getByRole('listitem', { name: 'Drill one' });
  await expect(drill).toContainText('A drill.');
  await drill.getByRole('button', { name: 'Begin' }).click();
  await expect(topBar(page)).toContainText('Drill one');
  // Kept in this browser: the link to it still works after a reload.
  await page.reload();
  await expect(topBar(page)).toContainText('Drill one');
});

test('history import reports a precise error and never renders file text as HTML', async ({ page }) => {
  await openScenario(page, 'standard', 'practice');
  await bar(page, 'History…').click();
  const history = dialog(page, 'History');
  await expect(history).toContainText('No finished attempts yet.');
  await history.getByLabel('History file').setInputFiles({ name: '<img src=x>.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"cluster-restore-lab.history","version":9}') });
  await expect(history.getByRole('alert')).toHaveText('“<img src=x>.json” was not imported: The file was exported by a newer version of the lab (format 9; this lab reads up to 2).');
  await expect(history.locator('img')).toHaveCount(0);
});

test('practice: share link, export attempt and a shown (and played) solution', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openScenario(page, 'standard', 'practice');

  await bar(page, 'Share link').click();
  const share = dialog(page, 'Share link');
  const link = share.getByRole('textbox', { name: 'Link to this scenario (practice):' });
  await expect(link).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/\?scenario=standard&mode=practice&seed=1$/);
  await expect(share.getByRole('status')).toHaveText('The link is on the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
  await axe(page, '.share-dialog');
  await share.getByRole('button', { name: 'Close', exact: true }).filter({ hasText: 'Close' }).click();

  await openClusterAdmin(page);
  const [download] = await Promise.all([page.waitForEvent('download'), bar(page, 'Export attempt').click()]);
  expect(download.suggestedFilename()).toMatch(/^attempt-standard-practice-\d{4}-\d\d-\d\d-\d{4}\.json$/);
  const { readFile } = await import('node:fs/promises');
  const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ format: 'cluster-restore-lab.attempt', scenarioId: 'standard', mode: 'practice', attempt: { scenarioId: 'standard', seed: 1 } });
  expect(file.attempt.events.map((e: { event: { type: string } }) => e.event.type)).toEqual(['app.open']);

  // The solution: a warning first, then the way from here, which the lab can play.
  await dock(page, 'Coach').getByRole('button', { name: 'Show solution…' }).click();
  const solution = dialog(page, 'Solution');
  await expect(solution).toContainText('this attempt cannot pass');
  await solution.getByRole('button', { name: 'Show solution' }).click();
  const ways = solution.getByRole('listitem');
  // The search runs in a worker: it may take a while on a busy machine, and says so meanwhile.
  await expect(solution.getByRole('status')).toHaveCount(0, { timeout: 60_000 });
  await expect(ways.first()).toHaveText('In Cluster Administrator on NODE1, open Groups and select “Exchange Cluster”.');
  await page.screenshot({ path: `${SHOTS}/modes-solution.png` });
  await solution.getByRole('button', { name: 'Play it for me' }).click();
  const demo = dock(page, 'Coach').getByRole('status').filter({ hasText: 'Demonstrating the solution' });
  await expect(demo).toBeVisible();
  await expect(step(page, '1. Find the Exchange group')).toContainText('(done)');
  await demo.getByRole('button', { name: 'Stop' }).click();
  await expect(demo).toHaveCount(0);
});

test('instructor: a finished attempt from the history replays, and a new attempt branches from it', async ({ page }) => {
  await openScenario(page, 'standard', 'instructor');
  await takeDirectoryOffline(page);
  await bar(page, 'Stop…').click();
  await page.getByRole('alertdialog', { name: 'Stop attempt' }).getByRole('button', { name: 'Yes' }).click();
  const report = dialog(page, 'Report: Standard online restore');
  await expect(report).toContainText('Instructor · Stopped');
  await report.getByRole('button', { name: 'Close', exact: true }).filter({ hasText: 'Close' }).click();

  await bar(page, 'History…').click();
  await dialog(page, 'History').getByRole('button', { name: /^Replay Standard online restore/ }).click();
  const replay = page.getByRole('dialog', { name: /^Replay: Standard online restore, / });
  const slider = replay.getByRole('slider');
  await expect(slider).toHaveAttribute('aria-valuetext', /^Action 5 of 5: Stop the attempt/);
  await slider.press('ArrowLeft');
  await slider.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', /^Action 3 of 5: In Cluster Administrator, right-click “Microsoft Exchange Directory” and choose Take Offline\./);
  await replay.getByRole('button', { name: 'Branch from here' }).click();
  await expect(replay).toHaveCount(0);
  // The branch runs: Take Offline was the last action, so the Directory is going (or gone) offline, and Stop… is back.
  await expect(bar(page, 'Stop…')).toBeVisible();
  await expect(step(page, '2. Take the Directory offline')).toContainText(/\((done|current step)\)/);
  await expect(caRow(page, DS).getByRole('cell', { name: /^Offline/ })).toBeVisible();
});
