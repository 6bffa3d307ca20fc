import { expect, test } from '@playwright/test';
import { EventViewer } from './support/event-viewer.ts';
import { chooseClock, openWithClockPaused } from './support/paused-clock.ts';
import { Services, SVC } from './support/services.ts';
import { SHOTS } from './support/shots.ts';

/** Control Panel > Services: Pause and Continue for the services that accept them (§9.3, Q175568). */

test('Pause and Continue: enabled where the service accepts them; a paused MTA the cluster runs is a resource failure', async ({ page }) => {
  await openWithClockPaused(page);
  const services = await Services.open(page);
  await services.row(SVC.sa).click();
  await expect(services.button('Pause')).toBeDisabled();
  await expect(services.button('Continue')).toBeDisabled();

  await services.row(SVC.mta).click();
  await expect(services.button('Pause')).toBeEnabled();
  await expect(services.button('Continue')).toBeDisabled();
  await services.button('Pause').click();
  await expect(services.status(SVC.mta)).toHaveText('Paused');
  await expect(services.button('Continue')).toBeEnabled();
  await expect(services.button('Pause')).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/services-paused.png` });

  // Alt+C continues, as on NT 4.
  await page.keyboard.press('Alt+c');
  await expect(services.status(SVC.mta)).toHaveText('Started');

  // Paused again and time let run: the cluster has no paused state (Q175568), so it fails the resource.
  await services.button('Pause').click();
  await expect(services.status(SVC.mta)).toHaveText('Paused');
  await chooseClock(page, '10×');
  const ev = await EventViewer.open(page, 'NODE1', 'System');
  await expect(ev.rows('ClusSvc', 1042).first()).toBeVisible({ timeout: 30_000 });
  // Stop time so the list holds still while the events are read (the failure spreads in the group).
  await chooseClock(page, 'Pause');
  await ev.expectOneOf('ClusSvc', 1042, `Cluster generic service '${SVC.mta}' failed.`);
});
