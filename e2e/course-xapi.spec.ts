import { expect, test, type Page } from '@playwright/test';
import { readyDesktop, takeDirectoryOffline } from './support/restore-flow.ts';
import { startLrs, type LrsFixture } from './support/lrs-fixture.ts';

/**
 * The lab in a course (issue 12): cmi5 launches against a small LRS/LMS fixture that checks every
 * statement (xapi-validation and the cmi5 rules), and xAPI to an instructor's LRS without an LMS.
 */
let lrs: LrsFixture;
test.beforeEach(async () => { lrs = await startLrs(); });
test.afterEach(async () => { await lrs.close(); });

const verbs = (f: LrsFixture) => f.statements.map((s) => String((s.verb as { id: string }).id).split('/').at(-1));
const course = (page: Page) => page.getByRole('region', { name: 'Course' });
const topBarButton = (page: Page, name: string) => page.getByRole('banner', { name: 'Lab' }).getByRole('button', { name, exact: true });

test('cmi5 Normal launch: initialized, each step and mistake, completed and failed with the score, terminated, back to the LMS', async ({ page }) => {
  test.setTimeout(90_000);
  const { query } = lrs.cmi5Launch({ launchMode: 'Normal', masteryScore: 0.7, returnURL: `${lrs.url}/return` });
  await page.goto(`/?scenario=standard&mode=assessment&speed=20&${query}`);
  await readyDesktop(page);
  await expect(course(page)).toContainText('Results are recorded in the course.');
  await takeDirectoryOffline(page);
  await topBarButton(page, 'Stop…').click();
  await page.getByRole('alertdialog', { name: 'Stop attempt' }).getByRole('button', { name: 'Yes' }).click();
  const report = page.getByRole('dialog', { name: 'Report: Standard online restore' });
  await expect(report).toContainText(/Score: \d+ \/ 100/);
  await expect.poll(() => verbs(lrs)).toContain('failed');
  await report.getByRole('button', { name: 'Close', exact: true }).filter({ hasText: 'Close' }).click();

  await course(page).getByRole('button', { name: 'Exit to the course' }).click();
  await expect(page.getByRole('heading', { name: 'Back in the course' })).toBeVisible();
  const v = verbs(lrs);
  expect(v[0]).toBe('initialized');
  expect(v.slice(-3)).toEqual(['completed', 'failed', 'terminated']);
  expect(v.filter((x) => x === 'answered').length).toBeGreaterThanOrEqual(2);
  const failed = lrs.statements.at(-2)!;
  expect((failed.result as { score: { scaled: number } }).score.scaled).toBeLessThan(0.7);
  expect(lrs.cmi5Problems()).toEqual([]);
  expect(lrs.problems).toEqual([]);
});

test('cmi5 Browse launch sends no completed, passed or failed; without its parameters the lab says why', async ({ page }) => {
  test.setTimeout(90_000);
  const { query } = lrs.cmi5Launch({ launchMode: 'Browse' });
  await page.goto(`/?scenario=standard&mode=assessment&speed=20&${query}`);
  await readyDesktop(page);
  await expect(course(page)).toContainText('Browse launch: no score is recorded.');
  await takeDirectoryOffline(page);
  await expect.poll(() => verbs(lrs).filter((x) => x === 'answered').length).toBeGreaterThanOrEqual(2);
  await course(page).getByRole('button', { name: 'Exit to the course' }).click();
  await expect(course(page)).toContainText('You can close this window.');
  expect(verbs(lrs)).not.toEqual(expect.arrayContaining(['completed']));
  expect(verbs(lrs).filter((x) => x === 'passed' || x === 'failed')).toEqual([]);
  expect(verbs(lrs).at(-1)).toBe('terminated');
  expect(lrs.cmi5Problems()).toEqual([]);

  await page.goto('/?scenario=standard&mode=assessment&endpoint=https%3A%2F%2Flms.example%2Fxapi%2F');
  await expect(page.getByRole('region', { name: 'Course' }).getByRole('alert')).toContainText('launch details are missing (fetch, registration, activityId, actor)');
});

test('Instructor sets an LRS: attempts report to it; while it refuses, statements wait in the browser and then arrive', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/?scenario=standard&mode=instructor&speed=20');
  await readyDesktop(page);
  await page.getByRole('button', { name: 'Learning Record Store…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Learning Record Store' });
  await dialog.getByLabel('xAPI endpoint:').fill(lrs.endpoint);
  await dialog.getByLabel('Key (user name):').fill(lrs.basicKey.key);
  await dialog.getByLabel('Secret (password):').fill(lrs.basicKey.secret);
  await dialog.getByLabel('Trainee name on this computer:').fill('Pat Trainee');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const status = page.getByRole('region', { name: 'Learning Record Store' }).getByRole('status');
  await expect(status).toContainText('Results are recorded in the LRS');
  expect(verbs(lrs)).toEqual(['initialized']);
  expect(page.url()).not.toContain(lrs.basicKey.secret);

  lrs.refuse(true);
  await takeDirectoryOffline(page);
  await expect(status).toContainText(/statements? waiting in this browser: The LRS answered HTTP 503/);
  expect(await page.evaluate(() => localStorage.getItem('cluster-restore-lab.lrs-queue.v1'))).toContain('kb-step/2');
  lrs.refuse(false);
  await page.getByRole('region', { name: 'Learning Record Store' }).getByRole('button', { name: 'Retry now' }).click();
  await expect(status).toContainText('Results are recorded in the LRS');
  const objects = lrs.statements.map((s) => String((s.object as { id: string }).id));
  expect(objects.some((id) => id.endsWith('/scenarios/standard/kb-step/1'))).toBe(true);
  expect(objects.some((id) => id.endsWith('/scenarios/standard/kb-step/2'))).toBe(true);
  expect(lrs.statements.every((s) => (s.actor as { name: string }).name === 'Pat Trainee')).toBe(true);
  expect(lrs.problems).toEqual([]);
});
