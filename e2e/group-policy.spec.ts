import { axeBuilder } from './support/axe.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { installFakeClock } from './support/fake-clock.ts';
import { SHOTS } from './support/shots.ts';

/** Issue 10 item 8: the group's Failover and Failback tabs show MSCS's defaults, edit them, and the cluster honours the edit. */

const TITLE = 'Cluster Administrator - [CLUSTER1 (CLUSTER1)]';
const MTA = 'Microsoft Exchange Message Transfer Agent';
const win = (page: Page) => page.getByRole('dialog', { name: TITLE, exact: true });
const tree = (page: Page) => win(page).getByRole('tree', { name: 'Cluster' });
const clickTree = (page: Page, name: string, options: { button?: 'right' } = {}) =>
  tree(page).getByRole('treeitem', { name, exact: true }).getByText(name, { exact: true }).first().click(options);
const row = (page: Page, name: string) => win(page).getByRole('table').getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
const menuItem = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });
/** 98.css draws a radio on its label and hides the input: click the label, as a trainee does. */
const choose = (scope: Locator, name: string) => scope.getByText(name, { exact: true }).click();
const sheet = (page: Page) => page.getByRole('dialog', { name: 'Exchange Cluster Properties' });

async function openGroupProperties(page: Page) {
  await clickTree(page, 'Exchange Cluster', { button: 'right' });
  await menuItem(page, 'Properties').click();
  await expect(sheet(page)).toBeVisible();
}

test('Failover and Failback tabs: MSCS defaults, validation, and a threshold the cluster honours', async ({ page }) => {
  await installFakeClock(page);
  await page.goto('/?speed=20');
  await page.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name: 'Cluster Administrator', exact: true }).dblclick();
  await expect(win(page)).toBeVisible();
  await clickTree(page, 'Groups');
  await openGroupProperties(page);
  const s = sheet(page);

  // Failover: 10 times in 6 hours (Q197047 defaults).
  await s.getByRole('tab', { name: 'Failover' }).click();
  await expect(s.getByLabel('Threshold:')).toHaveValue('10');
  await expect(s.getByLabel('Period:')).toHaveValue('6');
  await expect(s.getByRole('button', { name: 'Apply' })).toBeDisabled();
  expect((await axeBuilder(page).include('.cluadmin-sheet').analyze()).violations).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/cluster-admin-group-failover.png` });

  // Failback: Prevent failback is the default; the choices under Allow failback are greyed until it is chosen.
  await s.getByRole('tab', { name: 'Failback' }).click();
  await expect(s.getByRole('radio', { name: 'Prevent failback' })).toBeChecked();
  await expect(s.getByRole('radio', { name: 'Immediately' })).toBeDisabled();
  await choose(s, 'Allow failback');
  await expect(s.getByRole('radio', { name: 'Immediately' })).toBeChecked();
  await choose(s, 'Failback between');
  await expect(s.getByLabel('Failback from hour')).toBeEnabled();
  await expect(s.getByLabel('and')).toBeEnabled();
  expect((await axeBuilder(page).include('.cluadmin-sheet').analyze()).violations).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/cluster-admin-group-failback.png` });
  await choose(s, 'Prevent failback');

  // A value outside the box's range: MFC's warning, and the sheet stays open.
  await s.getByRole('tab', { name: 'Failover' }).click();
  await s.getByLabel('Period:').fill('0');
  await s.getByRole('button', { name: 'OK' }).click();
  const box = page.getByRole('alertdialog', { name: 'Cluster Administrator' });
  await expect(box).toContainText('Please enter an integer between 1 and 1193.');
  await page.screenshot({ path: `${SHOTS}/cluster-admin-group-failover-range.png` });
  await box.getByRole('button', { name: 'OK' }).click();
  await expect(box).toHaveCount(0);
  await expect(s).toBeVisible();

  // Threshold 0: the cluster may never fail this group over.
  await s.getByLabel('Period:').fill('6');
  await s.getByLabel('Threshold:').fill('0');
  await s.getByRole('button', { name: 'Apply' }).click();
  await expect(s.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await s.getByRole('button', { name: 'OK' }).click();
  await expect(s).toHaveCount(0);
  await openGroupProperties(page);
  await sheet(page).getByRole('tab', { name: 'Failover' }).click();
  await expect(sheet(page).getByLabel('Threshold:')).toHaveValue('0');
  await sheet(page).getByRole('button', { name: 'Cancel' }).click();

  // Three failures of the MTA use up its restarts (3 in 900 s); with threshold 0 the group stays on NODE1, the MTA Failed.
  await clickTree(page, 'Exchange Cluster');
  for (let i = 0; i < 3; i++) {
    await expect(row(page, MTA).getByRole('cell', { name: 'Online', exact: true })).toBeVisible();
    await row(page, MTA).click({ button: 'right' });
    await menuItem(page, 'Initiate Failure').click();
  }
  await expect(row(page, MTA).getByRole('cell', { name: 'Failed', exact: true })).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(row(page, MTA).getByRole('cell', { name: 'Failed', exact: true })).toBeVisible();
  await expect(row(page, MTA).getByRole('cell', { name: 'NODE1', exact: true })).toBeVisible();
});
