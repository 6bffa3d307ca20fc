import { expect, test } from '@playwright/test';
import { closeBriefing, dialog, F11, openServices, startDirectory, startStoreAndSeeItFail, stopAndSeeReport } from './support/f11-flow.ts';
import { launchInLms, waitForCommit } from './support/scorm12-lms.ts';
import { SHOTS } from './support/shots.ts';

const LAUNCH = `?scenario=${F11}&mode=assessment&speed=50`;

test('SCORM 1.2: an assessment in an LMS frame commits incomplete, then passed with score, session time and interactions', async ({ context }) => {
  const { page, sco } = await launchInLms(context, LAUNCH);
  await closeBriefing(sco);
  const started = await waitForCommit(page, (c) => c.cmi.core.lesson_status === 'incomplete', 'LMSInitialize, then incomplete');
  expect(started.cmi.suspend_data).toBe('');

  await openServices(sco);
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
  await closeBriefing(sco);
  await openServices(sco);
  const suspended = await waitForCommit(page, (c) => c.cmi.suspend_data.startsWith('crl1.') && c.cmi.core.exit === 'suspend', 'suspend_data and exit=suspend committed');
  await first.close(); // the trainee leaves; this browser's storage goes with the context

  const second = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const cmi = { core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: suspended.cmi.suspend_data };
  const relaunch = await launchInLms(second, LAUNCH, cmi);
  await expect(dialog(relaunch.sco, 'Services')).toBeVisible(); // resumed: the Services window the trainee had opened
  await expect(relaunch.sco.getByRole('dialog', { name: /^Briefing/ })).toHaveCount(0);
  await startDirectory(relaunch.sco);
  await stopAndSeeReport(relaunch.sco);
  const done = await waitForCommit(relaunch.page, (c) => c.cmi.core.lesson_status === 'passed', 'passed after the resume');
  expect(done.cmi.core.exit).toBe('');
  await second.close();
});
