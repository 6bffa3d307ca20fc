import { expect, type Locator, type Page } from '@playwright/test';
import { TITLES, closeWindow, menuItem, openProgram, windowNamed } from './desktop.ts';

export const RES = {
  ip: 'Exchange IP Address',
  networkName: 'Exchange Network Name',
  disk: 'Disk E:',
  sa: 'Microsoft Exchange System Attendant',
  ds: 'Microsoft Exchange Directory',
  is: 'Microsoft Exchange Information Store',
  mta: 'Microsoft Exchange Message Transfer Agent',
  es: 'Microsoft Exchange Event Service',
  imc: 'Microsoft Exchange Internet Mail Service',
} as const;
export const ALL_RESOURCES = Object.values(RES);
/** What taking the Directory offline takes down with it (Q238063 step 2). */
export const DIRECTORY_AND_DEPENDANTS = [RES.ds, RES.is, RES.mta, RES.es, RES.imc];
/** What stays online for NT Backup. */
export const STAYS_ONLINE = [RES.ip, RES.networkName, RES.disk, RES.sa];

/** Cluster Administrator as the trainee sees it: the tree on the left, the resource list on the right. */
export class ClusterAdmin {
  readonly window: Locator;
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
    this.window = windowNamed(page, TITLES.clusterAdmin);
  }

  static async open(page: Page): Promise<ClusterAdmin> {
    await openProgram(page, 'Cluster Administrator', TITLES.clusterAdmin);
    return new ClusterAdmin(page);
  }

  treeItem(name: string): Locator {
    return this.window.getByRole('tree', { name: 'Cluster' }).getByRole('treeitem', { name, exact: true });
  }

  /** Clicks a tree item's own label (an expanded item's box also covers its children). */
  async clickTree(name: string, options: { button?: 'right' } = {}): Promise<void> {
    await this.treeItem(name).getByText(name, { exact: true }).first().click(options);
  }

  get list(): Locator {
    return this.window.getByRole('table');
  }

  row(name: string): Locator {
    return this.list.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  /** KB step 1: Groups > Exchange Cluster. */
  async selectExchangeGroup(): Promise<void> {
    await this.clickTree('Groups');
    await this.clickTree('Exchange Cluster');
    await expect(this.list).toHaveAccessibleName('Resources of Exchange Cluster');
  }

  /** Waits until the resource's row shows `state` (and `owner`, when given). */
  async expectResource(name: string, state: string, owner?: string, timeout = 30_000): Promise<void> {
    await expect(this.row(name).getByRole('cell', { name: state, exact: true })).toBeVisible({ timeout });
    if (owner) await expect(this.row(name).getByRole('cell', { name: owner, exact: true })).toBeVisible({ timeout });
  }

  async expectResources(names: readonly string[], state: string, owner?: string, timeout = 30_000): Promise<void> {
    for (const n of names) await this.expectResource(n, state, owner, timeout);
  }

  /** Right-click a resource row > command. */
  async resourceCommand(name: string, command: string): Promise<void> {
    await this.row(name).click({ button: 'right' });
    await menuItem(this.page, command).click();
  }

  /** Right-click the Exchange Cluster group in the tree > command. */
  async groupCommand(command: string): Promise<void> {
    await this.clickTree('Exchange Cluster', { button: 'right' });
    await menuItem(this.page, command).click();
  }

  /** KB step 3 (and after a check): File > Exit. */
  async exit(): Promise<void> {
    await this.window.getByRole('menubar').getByRole('menuitem', { name: 'File', exact: true }).click();
    await menuItem(this.page, 'Exit').click();
    await expect(this.window).toHaveCount(0);
  }

  async close(): Promise<void> {
    await closeWindow(this.window);
  }
}
