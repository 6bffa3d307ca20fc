import { expect, test } from '@playwright/test';
import { ClusterAdmin, RES } from './support/cluster-admin.ts';
import { openWithClockPaused, simulatedTime, skipButton } from './support/paused-clock.ts';
import { axeBuilder } from './support/axe.ts';

/** Issue 10 item 7: waiting is part of the job, but a visible control skips to the next change. */

test('Skip to next change: with the clock stopped, each press moves time to the next change; it is off when nothing is pending', async ({ page }) => {
  await openWithClockPaused(page);
  await expect(skipButton(page)).toBeDisabled();
  const ca = await ClusterAdmin.open(page);
  await ca.selectExchangeGroup();
  await ca.resourceCommand(RES.ds, 'Take Offline');
  await ca.expectResource(RES.mta, 'Offline Pending');
  const before = await simulatedTime(page).textContent();

  // From the keyboard: the button is an ordinary Tab stop in the top bar.
  await skipButton(page).focus();
  await expect(skipButton(page)).toBeEnabled();
  await page.keyboard.press('Enter');
  await expect(simulatedTime(page)).not.toHaveText(before ?? '');
  for (let i = 0; i < 10 && (await skipButton(page).isEnabled()); i++) await page.keyboard.press('Enter');
  await ca.expectResources([RES.ds, RES.is, RES.mta], 'Offline');
  await ca.expectResource(RES.sa, 'Online');
  await expect(skipButton(page)).toBeDisabled();
  const axe = await axeBuilder(page).include('.modes-topbar').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
