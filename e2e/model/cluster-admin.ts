import { expect, type Locator, type Page } from '@playwright/test';
import { ClusterAdmin } from '../support/cluster-admin.ts';

/** Cluster Administrator (the journeys' page object), reached whether or not Groups is expanded. */

/** Clicks a tree item's own label, opening Groups first when the group is not in view. */
export async function clickTree(page: Page, name: string, button: 'left' | 'right' = 'left'): Promise<void> {
  const ca = new ClusterAdmin(page);
  if (!(await ca.treeItem(name).getByText(name, { exact: true }).first().isVisible())) await ca.clickTree('Groups');
  await ca.clickTree(name, button === 'right' ? { button } : {});
}

/** KB step 1: Groups > Exchange Cluster; the list shows the group's resources. */
export async function selectExchangeGroup(page: Page): Promise<void> {
  await clickTree(page, 'Exchange Cluster');
  await expect(new ClusterAdmin(page).list).toHaveAccessibleName('Resources of Exchange Cluster');
}

export const resourceRow = (page: Page, name: string): Locator => new ClusterAdmin(page).row(name);
