import { expect, test, type Page } from '@playwright/test';
import { scan } from './support/a11y.ts';
import { ClusterAdmin } from './support/cluster-admin.ts';
import { closeWindow } from './support/desktop.ts';
import { openScenario } from './support/projector.ts';

/**
 * Issue 15: the same lab opened in a second tab of the same browser (by mistake, or a duplicated
 * tab) is told apart: it says so and saves nothing, "Use it here" moves the lab to it without
 * losing a step, and the lab comes back when the other tab closes.
 */

const now = (page: Page) => page.getByRole('complementary', { name: 'Instructor' }).getByRole('heading', { name: /^Now: / });
const openElsewhere = (page: Page) => page.getByRole('dialog', { name: 'Lab open in another tab', exact: true });
const movedElsewhere = (page: Page) => page.getByRole('dialog', { name: 'Lab moved to another tab', exact: true });

test('a second tab of the same lab says so and saves nothing; "Use it here" carries on from the first tab\'s last step; closing it gives the lab back', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openScenario(page, 'instructor');
  const ca = await ClusterAdmin.open(page);
  await ca.selectExchangeGroup();
  await expect(now(page)).toHaveText('Now: 2. Take the Directory offline');

  // The same link, opened again in a second tab of this browser.
  const second = await context.newPage();
  await second.setViewportSize({ width: 1280, height: 720 });
  await second.goto('/?speed=20&scenario=standard&mode=instructor');
  const notice = openElsewhere(second);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('This lab is already open in another tab of this browser: “Standard online restore” (Instructor).');
  await expect(notice.getByRole('button', { name: 'Use it here', exact: true })).toBeFocused();
  await scan(second, 'the notice of a second tab');
  await expect(openElsewhere(page)).toHaveCount(0);

  // The first tab works on, and the second does not save over it.
  await ca.resourceCommand('Microsoft Exchange Directory', 'Take Offline');
  await expect(now(page)).toHaveText('Now: 3. Quit Cluster Administrator');

  // "Use it here": the second tab carries on from the first tab's last step; the first says where the lab went.
  await notice.getByRole('button', { name: 'Use it here', exact: true }).click();
  await expect(notice).toHaveCount(0);
  await expect(now(second)).toHaveText('Now: 3. Quit Cluster Administrator');
  await expect(movedElsewhere(page)).toBeVisible();
  await expect(movedElsewhere(page)).toContainText('is now open in another tab of this browser');

  // Work goes on in the second tab, in the world the first one left; when it closes, the first tab
  // has the lab back, with that work.
  const caThere = new ClusterAdmin(second);
  await caThere.selectExchangeGroup();
  await caThere.expectResource('Microsoft Exchange Directory', 'Offline');
  await closeWindow(caThere.window);
  await expect(now(second)).toHaveText('Now: 4–6. Restore from tape');
  await second.close();
  await expect(movedElsewhere(page)).toHaveCount(0);
  await expect(now(page)).toHaveText('Now: 4–6. Restore from tape');
  await expect(ca.window).toHaveCount(0);

  // A reload is the same tab: no notice.
  await page.reload();
  await expect(now(page)).toHaveText('Now: 4–6. Restore from tape');
  await expect(openElsewhere(page)).toHaveCount(0);
});

test('"Choose another scenario…" in the second tab: another mode is another lab, and it runs there while the first tab keeps its own', async ({ page, context }) => {
  await openScenario(page, 'practice');
  const second = await context.newPage();
  await second.goto('/?speed=20&scenario=standard&mode=practice');
  const notice = openElsewhere(second);
  await notice.getByRole('button', { name: 'Choose another scenario…', exact: true }).click();
  const catalog = second.getByRole('dialog', { name: 'Scenarios', exact: true });
  await expect(notice).toHaveCount(0);
  const assessment = catalog.getByRole('radio', { name: 'Assessment' });
  await assessment.focus();
  await assessment.press('Space');
  await expect(assessment).toBeChecked();
  await catalog.getByRole('listitem', { name: 'Standard online restore', exact: true }).getByRole('button', { name: 'Begin: Standard online restore', exact: true }).click();
  await expect(second.getByRole('dialog', { name: 'Briefing: Standard online restore', exact: true })).toContainText('Assessment mode');
  await expect(openElsewhere(second)).toHaveCount(0);
  await expect(openElsewhere(page)).toHaveCount(0);
  await expect(movedElsewhere(page)).toHaveCount(0);
});
