import { expect, type FrameLocator, type Page } from '@playwright/test';
import { skipUntil } from './paused-clock.ts';

/**
 * The quickest assessment, for the course packages' e2e tests: F11 starts after the restore; the
 * Directory starts and logs the organisation mismatch, and stopping there is the right answer (a
 * pass). Works on the lab as a page (cmi5) or in an LMS's frame (SCORM).
 */
export const F11 = 'f11-organisation-mismatch';
export const F11_TITLE = 'F11: Organisation name does not match the backup';
const SERVICES = 'Services';
const DS = 'Microsoft Exchange Directory';

type Lab = Page | FrameLocator;
export const dialog = (lab: Lab, name: string) => lab.getByRole('dialog', { name, exact: true });
const startCommand = (lab: Lab) => dialog(lab, SERVICES).getByRole('button', { name: 'Start', exact: true }).filter({ hasText: 'Start' });

export async function closeBriefing(lab: Lab): Promise<void> {
  await dialog(lab, `Briefing: ${F11_TITLE}`).getByRole('button', { name: 'OK' }).click();
}

export async function openServices(lab: Lab): Promise<void> {
  await lab.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name: SERVICES, exact: true }).dblclick();
  await expect(dialog(lab, SERVICES)).toBeVisible();
}

export async function startDirectory(lab: Lab): Promise<void> {
  const row = dialog(lab, SERVICES).getByRole('row', { name: new RegExp(`^${DS}\\b`) });
  await row.click();
  await startCommand(lab).click();
  // It replays the restored logs: minutes in Start Pending, waited out with Skip to next change.
  const status = row.getByRole('cell').nth(1);
  await skipUntil(lab, async () => (await status.textContent()) === 'Started');
  await expect(status).toHaveText('Started'); // and event 1088 in the Application log
}

/** The Information Store then fails (the mismatch): the F11 mistake, which the trainee is not to blame for. */
export async function startStoreAndSeeItFail(lab: Lab): Promise<void> {
  await dialog(lab, SERVICES).getByRole('row', { name: /^Microsoft Exchange Information Store\b/ }).click();
  await startCommand(lab).click();
  // The store replays its logs too (minutes) before the mismatch stops it.
  const failure = lab.getByRole('alertdialog', { name: 'Service Control', exact: true });
  await skipUntil(lab, () => failure.isVisible());
  await expect(failure).toBeVisible();
  await failure.getByRole('button', { name: 'OK', exact: true }).click();
}

export async function stopAndSeeReport(lab: Lab): Promise<void> {
  await lab.getByRole('banner').getByRole('button', { name: 'Stop…' }).click();
  await lab.getByRole('alertdialog', { name: 'Stop attempt' }).getByRole('button', { name: 'Yes' }).click();
  await expect(dialog(lab, `Report: ${F11_TITLE}`)).toContainText(/Score: 100 \/ 100 — PASSED/);
}
