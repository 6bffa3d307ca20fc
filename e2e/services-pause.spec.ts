import { expect, test } from '@playwright/test';
import { EventViewer } from './support/event-viewer.ts';
import { openWithClockPaused, simulatedTime, skipButton } from './support/paused-clock.ts';
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
  const ev = await EventViewer.open(page, 'NODE1', 'System');
  // Time moves one change at a time until the cluster's poll has found the paused MTA (other
  // resources of the group may fail around it, so every ClusSvc 1042 is read).
  const mtaFailed = `Cluster generic service '${SVC.mta}' failed.`;
  for (let i = 0; i < 30 && !(await ev.descriptions('ClusSvc', 1042)).includes(mtaFailed) && (await skipButton(page).isEnabled()); i++) {
    const before = await simulatedTime(page).textContent();
    await skipButton(page).click();
    await expect(simulatedTime(page)).not.toHaveText(before ?? '');
  }
  expect(await ev.descriptions('ClusSvc', 1042)).toContain(mtaFailed);
});
