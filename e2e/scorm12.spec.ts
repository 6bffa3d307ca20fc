import { expect, test, type FrameLocator } from '@playwright/test';
import { launchInLms, waitForCommit } from './support/scorm12-lms.ts';
import { SHOTS } from './support/shots.ts';

// The quickest assessment: F11 starts after the restore; the Directory starts and logs the
// organisation mismatch, and stopping there is the right answer (a pass).
const LAUNCH = '?scenario=f11-organisation-mismatch&mode=assessment&speed=50';
const TITLE = 'F11: Organisation name does not match the backup';
const SERVICES = 'Services';
const DS = 'Microsoft Exchange Directory';

const dialog = (sco: FrameLocator, name: string) => sco.getByRole('dialog', { name, exact: true });

async function startDirectory(sco: FrameLocator): Promise<void> {
  const services = dialog(sco, SERVICES);
  const row = services.getByRole('row', { name: new RegExp(`^${DS}\\b`) });
  await row.click();
  await services.getByRole('button', { name: 'Start', exact: true }).filter({ hasText: 'Start' }).click();
  await expect(row.getByRole('cell').nth(1)).toHaveText('Started', { timeout: 30_000 }); // and event 1088 in the Application log
}

/** The Information Store then fails (the mismatch): the F11 mistake, which the trainee is not to blame for. */
async function startStoreAndSeeItFail(sco: FrameLocator): Promise<void> {
  const services = dialog(sco, SERVICES);
  await services.getByRole('row', { name: /^Microsoft Exchange Information Store\b/ }).click();
  await services.getByRole('button', { name: 'Start', exact: true }).filter({ hasText: 'Start' }).click();
  const failure = sco.getByRole('alertdialog', { name: 'Service Control', exact: true });
  await expect(failure).toBeVisible({ timeout: 30_000 });
  await failure.getByRole('button', { name: 'OK', exact: true }).click();
}

async function stopAndSeeReport(sco: FrameLocator): Promise<void> {
  await sco.getByRole('banner').getByRole('button', { name: 'Stop…' }).click();
  await sco.getByRole('alertdialog', { name: 'Stop attempt' }).getByRole('button', { name: 'Yes' }).click();
  await expect(dialog(sco, `Report: ${TITLE}`)).toContainText(/Score: 100 \/ 100 — PASSED/);
}

test('SCORM 1.2: an assessment in an LMS frame commits incomplete, then passed with score, session time and interactions', async ({ context }) => {
  const { page, sco } = await launchInLms(context, LAUNCH);
  await dialog(sco, `Briefing: ${TITLE}`).getByRole('button', { name: 'OK' }).click();
  const started = await waitForCommit(page, (c) => c.cmi.core.lesson_status === 'incomplete', 'LMSInitialize, then incomplete');
  expect(started.cmi.suspend_data).toBe('');

  await sco.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name: SERVICES, exact: true }).dblclick();
  await startDirectory(sco);
  await startStoreAndSeeItFail(sco);
  await stopAndSeeReport(sco);

  const done = await waitForCommit(page, (c) => c.cmi.core.lesson_status === 'passed', 'passed committed');
  expect(done.cmi.core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
  expect(done.cmi.core.exit).toBe('');
  expect(done.cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  expect(done.cmi.suspend_data).toBe('');
  expect(Object.values(done.cmi.interactions)).toEqual([
    expect.objectContaining({ id: 'mistake-1-F11', type: 'performance', result: 'wrong', latency: expect.stringMatching(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/) }),
  ]);
  await page.screenshot({ path: `${SHOTS}/scorm12-passed.png` });
});

test('SCORM 1.2: leave mid-attempt, relaunch with suspend_data only (empty browser storage), and carry on', async ({ browser }) => {
  test.setTimeout(120_000); // two launches of the lab (two page loads and two replays) on a busy machine
  const first = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const { page, sco } = await launchInLms(first, LAUNCH);
  await dialog(sco, `Briefing: ${TITLE}`).getByRole('button', { name: 'OK' }).click();
  await sco.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name: SERVICES, exact: true }).dblclick();
  await expect(dialog(sco, SERVICES)).toBeVisible();
  const suspended = await waitForCommit(page, (c) => c.cmi.suspend_data.startsWith('crl1.') && c.cmi.core.exit === 'suspend', 'suspend_data and exit=suspend committed');
  await first.close(); // the trainee leaves; this browser's storage goes with the context

  const second = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const cmi = { core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: suspended.cmi.suspend_data };
  const relaunch = await launchInLms(second, LAUNCH, cmi);
  await expect(dialog(relaunch.sco, SERVICES)).toBeVisible(); // resumed: the Services window the trainee had opened
  await expect(relaunch.sco.getByRole('dialog', { name: /^Briefing/ })).toHaveCount(0);
  await startDirectory(relaunch.sco);
  await stopAndSeeReport(relaunch.sco);
  const done = await waitForCommit(relaunch.page, (c) => c.cmi.core.lesson_status === 'passed', 'passed after the resume');
  expect(done.cmi.core.exit).toBe('');
  await second.close();
});
