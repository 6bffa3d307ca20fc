import { axeBuilder } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { SHOTS } from './support/shots.ts';

/** Issue 10 item 12: Pause Node / Resume Node in Cluster Administrator; a paused node keeps its groups but takes no new ones. */

const TITLE = 'Cluster Administrator - [CLUSTER1 (CLUSTER1)]';
const win = (page: Page) => page.getByRole('dialog', { name: TITLE, exact: true });
const treeItem = (page: Page, name: string) => win(page).getByRole('tree', { name: 'Cluster' }).getByRole('treeitem', { name, exact: true });
const clickTree = (page: Page, name: string, options: { button?: 'right' } = {}) =>
  treeItem(page, name).getByText(name, { exact: true }).first().click(options);
const menuItem = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });

test('Pause Node: the paused node shows Paused, keeps nothing from moving to it until Resume Node', async ({ page }) => {
  await page.goto('/?speed=20');
  await page.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name: 'Cluster Administrator', exact: true }).dblclick();
  await expect(win(page)).toBeVisible();

  await clickTree(page, 'NODE2', { button: 'right' });
  await expect(menuItem(page, 'Resume Node')).toHaveAttribute('aria-disabled', 'true');
  await expect(menuItem(page, 'Evict Node')).toHaveAttribute('aria-disabled', 'true');
  await menuItem(page, 'Pause Node').click();
  await expect(treeItem(page, 'NODE2 (Paused)')).toBeVisible();
  // The cluster's list of nodes shows the state too.
  await clickTree(page, 'CLUSTER1');
  await expect(win(page).getByRole('table').getByRole('row').filter({ hasText: 'NODE2 (Paused)' }).getByRole('cell', { name: 'Paused', exact: true })).toBeVisible();
  expect((await axeBuilder(page).include('.cluadmin').analyze()).violations).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/cluster-admin-node-paused.png` });

  // The group cannot move to the paused node: MSCS's error 5070.
  await clickTree(page, 'Groups');
  await clickTree(page, 'Exchange Cluster', { button: 'right' });
  await menuItem(page, 'Move Group').click();
  const box = page.getByRole('alertdialog', { name: 'Cluster Administrator' });
  await expect(box).toContainText('The cluster node is paused.');
  await expect(box).toContainText('Error ID: 5070 (000013ce).');
  await box.getByRole('button', { name: 'OK' }).click();
  await expect(box).toHaveCount(0);

  // Resume Node: the node takes groups again, and the move succeeds.
  await clickTree(page, 'NODE2 (Paused)', { button: 'right' });
  await expect(menuItem(page, 'Pause Node')).toHaveAttribute('aria-disabled', 'true');
  await menuItem(page, 'Resume Node').click();
  await expect(treeItem(page, 'NODE2')).toBeVisible();
  await clickTree(page, 'Exchange Cluster', { button: 'right' });
  await menuItem(page, 'Move Group').click();
  const ip = win(page).getByRole('table').getByRole('row').filter({ has: page.getByRole('cell', { name: 'Exchange IP Address', exact: true }) });
  await expect(ip.getByRole('cell', { name: 'NODE2', exact: true })).toBeVisible({ timeout: 60_000 });
});
