import { axeBuilder } from './support/axe.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { installFakeClock, pausePageTimers } from './support/fake-clock.ts';
import { treeChild } from './support/desktop.ts';
import { SHOTS } from './support/shots.ts';

const TITLE = 'Cluster Administrator - [CLUSTER1 (CLUSTER1)]';
const DS = 'Microsoft Exchange Directory';
const IS = 'Microsoft Exchange Information Store';
const MTA = 'Microsoft Exchange Message Transfer Agent';
const SA = 'Microsoft Exchange System Attendant';

const win = (page: Page) => page.getByRole('dialog', { name: TITLE, exact: true });
const treeItem = (page: Page, name: string) => win(page).getByRole('tree', { name: 'Cluster' }).getByRole('treeitem', { name, exact: true });
/** Clicks a tree item's label (an expanded item's box also covers its children). */
const clickTree = (page: Page, name: string, options: { button?: 'right'; clickCount?: number } = {}) =>
  treeItem(page, name).getByText(name, { exact: true }).first().click(options);
const list = (page: Page) => win(page).getByRole('table');
const row = (page: Page, name: string) => list(page).getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
const menuItem = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });
const shortcutMenu = (page: Page) => page.getByRole('menu', { name: 'Shortcut menu' });

/** State and Owner of a resource row, as the trainee reads them. */
async function expectRow(r: Locator, state: string, owner = 'NODE1') {
  await expect(r.getByRole('cell', { name: state, exact: true })).toBeVisible();
  await expect(r.getByRole('cell', { name: owner, exact: true })).toBeVisible();
}

async function openClusterAdministrator(page: Page) {
  // A fake clock (running normally until paused) lets the test look at pending states tick by tick.
  await installFakeClock(page);
  await page.goto('/?speed=20');
  await page.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name: 'Cluster Administrator', exact: true }).dblclick();
  await expect(win(page)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Taskbar' }).getByRole('button', { name: TITLE })).toHaveAttribute('aria-pressed', 'true');
}

async function selectExchangeCluster(page: Page) {
  await clickTree(page, 'Groups');
  await expect(row(page, 'Exchange Cluster').getByRole('cell', { name: 'Partial Online', exact: true })).toBeVisible();
  await expect(row(page, 'Cluster Group').getByRole('cell', { name: 'Online', exact: true })).toBeVisible();
  await clickTree(page, 'Exchange Cluster');
  await expect(treeItem(page, 'Exchange Cluster')).toHaveAttribute('aria-selected', 'true');
  await expect(list(page)).toHaveAccessibleName('Resources of Exchange Cluster');
}

test('KB Q238063 steps 1, 2, 8b and 9: take the Directory offline, bring it back, move the group', async ({ page }) => {
  await openClusterAdministrator(page);
  await expect(treeItem(page, 'CLUSTER1')).toBeFocused();
  for (const name of ['Groups', 'Resources', 'Cluster Configuration', 'NODE1', 'NODE2']) await expect(treeItem(page, name)).toBeVisible();

  // Step 1: Groups > Exchange Cluster lists the group's resources with State and Owner.
  await selectExchangeCluster(page);
  for (const h of ['Name', 'State', 'Owner', 'Resource Type', 'Description']) await expect(list(page).getByRole('columnheader', { name: h, exact: true })).toBeVisible();
  await expect(list(page).getByRole('row')).toHaveCount(10);
  await expectRow(row(page, DS), 'Online');
  await expectRow(row(page, IS), 'Failed');
  await expect(row(page, DS).getByRole('cell', { name: 'Generic Service', exact: true })).toBeVisible();
  await expectRow(row(page, 'Exchange Network Name'), 'Online');
  await page.screenshot({ path: `${SHOTS}/cluster-admin-main.png` });
  // The shared ListView's icon column header is empty by design (named by aria-label): a ui/ matter.
  const axe = await axeBuilder(page).include('#window-NODE1-cluster-admin').disableRules(['color-contrast', 'empty-table-header']).analyze();
  expect(axe.violations).toEqual([]);

  // Step 2: right-click the Directory > Take Offline.
  await pausePageTimers(page);
  await row(page, DS).click({ button: 'right' });
  await expect(shortcutMenu(page)).toBeVisible();
  await expect(menuItem(page, 'Bring Online')).toHaveAttribute('aria-disabled', 'true');
  await expect(menuItem(page, 'Take Offline')).not.toHaveAttribute('aria-disabled', 'true');
  await expect(menuItem(page, 'Initiate Failure')).not.toHaveAttribute('aria-disabled', 'true');
  await expect(menuItem(page, 'Change Group')).toBeVisible();
  await expect(menuItem(page, 'Properties')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/cluster-admin-context-menu.png` });
  await menuItem(page, 'Take Offline').click();
  await expect(shortcutMenu(page)).toHaveCount(0);

  // Dependants first: the MTA and the Directory are Offline Pending, the failed store drops to Offline.
  await expectRow(row(page, MTA), 'Offline Pending');
  await expectRow(row(page, DS), 'Offline Pending');
  await expectRow(row(page, IS), 'Offline');
  await expectRow(row(page, SA), 'Online');
  await expect(row(page, 'Exchange Cluster')).toHaveCount(0);
  await expect(treeItem(page, 'Exchange Cluster')).toBeVisible();
  await page.clock.runFor(1000);
  for (const name of [MTA, DS, IS]) await expectRow(row(page, name), 'Offline');
  for (const name of [SA, 'Exchange IP Address', 'Exchange Network Name', 'Disk E:']) await expectRow(row(page, name), 'Online');

  // Step 8b, by keyboard: Shift+F10 on the focused Directory row > Bring Online.
  await row(page, DS).click();
  await expect(row(page, DS)).toBeFocused();
  await page.keyboard.press('Shift+F10');
  await expect(menuItem(page, 'Bring Online')).toBeFocused();
  await expect(menuItem(page, 'Take Offline')).toHaveAttribute('aria-disabled', 'true');
  await expect(menuItem(page, 'Initiate Failure')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(row(page, DS)).toBeFocused();
  await expectRow(row(page, DS), 'Online Pending');
  await page.clock.runFor(2000);
  await expectRow(row(page, DS), 'Online');
  await expectRow(row(page, MTA), 'Offline');
  await page.clock.resume();

  // Step 9: right-click Exchange Cluster > Move Group; the owner becomes NODE2.
  await clickTree(page, 'Exchange Cluster', { button: 'right' });
  await expect(menuItem(page, 'Move Group')).not.toHaveAttribute('aria-disabled', 'true');
  await menuItem(page, 'Move Group').click();
  await expectRow(row(page, DS), 'Online', 'NODE2');
  await expectRow(row(page, 'Exchange IP Address'), 'Online', 'NODE2');
  await expectRow(row(page, MTA), 'Offline', 'NODE2');

  // NODE2 > Active Groups now holds the Exchange group; NODE1 keeps the Cluster Group.
  await clickTree(page, 'NODE2', { clickCount: 2 });
  await treeChild(treeItem(page, 'NODE2'), 'Active Groups').click();
  await expect(list(page)).toHaveAccessibleName('Active groups of NODE2');
  await expect(row(page, 'Exchange Cluster')).toHaveCount(1);
  await expect(row(page, 'Cluster Group')).toHaveCount(0);
  await clickTree(page, 'NODE1', { clickCount: 2 });
  await treeChild(treeItem(page, 'NODE1'), 'Active Groups').click();
  await expect(list(page)).toHaveAccessibleName('Active groups of NODE1');
  await expect(row(page, 'Cluster Group')).toHaveCount(1);
  await expect(row(page, 'Exchange Cluster')).toHaveCount(0);
});

test('the Properties sheets show General, Dependencies, Advanced and Parameters', async ({ page }) => {
  await openClusterAdministrator(page);
  await selectExchangeCluster(page);
  await row(page, DS).click({ button: 'right' });
  await menuItem(page, 'Properties').click();
  const sheet = page.getByRole('dialog', { name: `${DS} Properties` });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('tab', { name: 'General' })).toHaveAttribute('aria-selected', 'true');
  await expect(sheet.getByRole('tab', { name: 'General' })).toBeFocused();
  await expect(sheet.getByLabel('Name:')).toHaveValue(DS);
  await expect(sheet.getByText('Generic Service', { exact: true })).toBeVisible();
  await expect(sheet.getByText('NODE1', { exact: true }).first()).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/cluster-admin-properties.png` });

  await page.keyboard.press('ArrowRight');
  await expect(sheet.getByRole('tab', { name: 'Dependencies' })).toHaveAttribute('aria-selected', 'true');
  const deps = sheet.getByRole('table', { name: 'Resource dependencies' });
  await expect(deps.getByRole('row')).toHaveCount(2);
  await expect(deps.getByRole('cell', { name: SA, exact: true })).toBeVisible();

  await sheet.getByRole('tab', { name: 'Advanced' }).click();
  await expect(sheet.getByRole('radio', { name: 'Restart', exact: true })).toBeChecked();
  await expect(sheet.getByRole('radio', { name: 'Do not restart' })).not.toBeChecked();
  await expect(sheet.getByRole('checkbox', { name: 'Affect the group' })).toBeChecked();
  await expect(sheet.getByLabel('Threshold:')).toHaveValue('3');
  await expect(sheet.getByLabel('Period:')).toHaveValue('900');
  await page.screenshot({ path: `${SHOTS}/cluster-admin-properties-advanced.png` });
  expect((await axeBuilder(page).include('.cluadmin-sheet').disableRules(['color-contrast']).analyze()).violations).toEqual([]);

  await sheet.getByRole('tab', { name: 'Parameters' }).click();
  await expect(sheet.getByLabel('Service name:')).toHaveValue('MSExchangeDS');
  await sheet.getByRole('tab', { name: 'Registry Replication' }).click();
  await expect(sheet.getByText('HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeDS')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(row(page, DS)).toBeFocused();

  // Enter on a row opens its properties too: the Network Name's Parameters page shows the virtual server.
  await row(page, 'Exchange Network Name').click();
  await page.keyboard.press('Enter');
  const nn = page.getByRole('dialog', { name: 'Exchange Network Name Properties' });
  await nn.getByRole('tab', { name: 'Parameters' }).click();
  await expect(nn.getByLabel('Name:')).toHaveValue('EXCHVS1');
  await nn.getByRole('button', { name: 'OK' }).click();
  await expect(nn).toHaveCount(0);

  // Alt+Enter on the IP Address: Address and Subnet mask.
  await row(page, 'Exchange IP Address').click();
  await page.keyboard.press('Alt+Enter');
  const ip = page.getByRole('dialog', { name: 'Exchange IP Address Properties' });
  await ip.getByRole('tab', { name: 'Parameters' }).click();
  await expect(ip.getByLabel('Address:')).toHaveValue('192.168.10.30');
  await expect(ip.getByLabel('Subnet mask:')).toHaveValue('255.255.255.0');
  await ip.getByRole('button', { name: 'Cancel' }).click();

  // Group properties: General (preferred owners) and Failover (threshold, period).
  await clickTree(page, 'Exchange Cluster', { button: 'right' });
  await menuItem(page, 'Properties').click();
  const group = page.getByRole('dialog', { name: 'Exchange Cluster Properties' });
  await expect(group.getByText('Partial Online', { exact: true })).toBeVisible();
  await group.getByRole('tab', { name: 'Failover' }).click();
  await expect(group.getByLabel('Threshold:')).toHaveValue('10');
  await expect(group.getByLabel('Period:')).toHaveValue('6');
  await group.getByRole('button', { name: 'OK' }).click();
  await expect(group).toHaveCount(0);
});

test('Cluster Properties: General and Quorum read-only; Network Priority reordered with Move Up / Move Down (Q174794)', async ({ page }) => {
  await openClusterAdministrator(page);
  // Q174794: right-click the cluster name above the Groups folder, Properties.
  await clickTree(page, 'CLUSTER1', { button: 'right' });
  await menuItem(page, 'Properties').click();
  const sheet = page.getByRole('dialog', { name: 'CLUSTER1 Properties' });
  await expect(sheet.getByRole('tab', { name: 'General' })).toHaveAttribute('aria-selected', 'true');
  await expect(sheet.getByLabel('Name:')).toHaveValue('CLUSTER1');
  await expect(sheet.getByLabel('Description:')).toHaveValue('');
  await expect(sheet.getByText('Build 1381')).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Apply' })).toBeDisabled();

  await sheet.getByRole('tab', { name: 'Quorum' }).click();
  await expect(sheet.getByRole('combobox', { name: 'Quorum resource:' })).toHaveValue('Disk Q:');
  await expect(sheet.getByRole('combobox', { name: 'Quorum resource:' })).toBeDisabled();
  await expect(sheet.getByRole('combobox', { name: 'Partition:' })).toHaveValue('Q:');
  await expect(sheet.getByLabel('Root path:')).toHaveValue('\\MSCS\\');
  await expect(sheet.getByLabel('Reset quorum log at:')).toHaveValue('64');
  await page.screenshot({ path: `${SHOTS}/cluster-admin-cluster-quorum.png` });

  // Network Priority: the private interconnect first; the first network cannot move up.
  await sheet.getByRole('tab', { name: 'Network Priority' }).click();
  const networks = sheet.getByRole('listbox', { name: 'Networks used for internal cluster communications:' });
  await expect(networks.getByRole('option')).toHaveText(['Private', 'Public']);
  await expect(networks.getByRole('option', { name: 'Private' })).toHaveAttribute('aria-selected', 'true');
  await expect(sheet.getByRole('button', { name: 'Move Up' })).toBeDisabled();
  await expect(sheet.getByRole('button', { name: 'Properties', exact: true })).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/cluster-admin-cluster-network-priority.png` });
  expect((await axeBuilder(page).include('.cluadmin-sheet').disableRules(['color-contrast']).analyze()).violations).toEqual([]);
  // Public to the top, by keyboard then Move Up; Cancel forgets it.
  await networks.focus();
  await page.keyboard.press('ArrowDown');
  await expect(networks.getByRole('option', { name: 'Public' })).toHaveAttribute('aria-selected', 'true');
  await sheet.getByRole('button', { name: 'Move Up' }).click();
  await expect(networks.getByRole('option')).toHaveText(['Public', 'Private']);
  await expect(networks.getByRole('option', { name: 'Public' })).toHaveAttribute('aria-selected', 'true');
  await expect(sheet.getByRole('button', { name: 'Apply' })).toBeEnabled();
  await sheet.getByRole('button', { name: 'Cancel' }).click();
  await expect(sheet).toHaveCount(0);

  // Alt+Enter on the selected cluster opens it again, unchanged; this time OK keeps the new order.
  await treeItem(page, 'CLUSTER1').focus();
  await page.keyboard.press('Alt+Enter');
  await sheet.getByRole('tab', { name: 'Network Priority' }).click();
  await expect(networks.getByRole('option')).toHaveText(['Private', 'Public']);
  await networks.getByRole('option', { name: 'Private' }).click();
  await sheet.getByRole('button', { name: 'Move Down' }).click();
  await expect(networks.getByRole('option')).toHaveText(['Public', 'Private']);
  await expect(sheet.getByRole('button', { name: 'Move Down' })).toBeDisabled();
  await sheet.getByRole('button', { name: 'OK' }).click();
  await expect(sheet).toHaveCount(0);

  // The toolbar's Properties shows the cluster's order as it now is.
  await win(page).getByRole('toolbar').getByRole('button', { name: 'Properties' }).click();
  await sheet.getByRole('tab', { name: 'Network Priority' }).click();
  await expect(networks.getByRole('option')).toHaveText(['Public', 'Private']);
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});

test('File menu: object commands follow the selection; Open Connection, About and Exit', async ({ page }) => {
  await openClusterAdministrator(page);
  const file = win(page).getByRole('menubar').getByRole('menuitem', { name: 'File' });

  // The cluster at the top of the tree is selected: only Properties applies to it.
  await file.click();
  for (const name of ['Bring Online', 'Take Offline', 'Initiate Failure', 'Move Group']) {
    await expect(menuItem(page, name)).toHaveAttribute('aria-disabled', 'true');
  }
  await expect(menuItem(page, 'Properties')).not.toHaveAttribute('aria-disabled', 'true');

  // Open Connection to Cluster (Q197382): the box offers the cluster this window shows.
  await menuItem(page, 'Open Connection...').click();
  const connect = page.getByRole('dialog', { name: 'Open Connection to Cluster' });
  const nameBox = connect.getByRole('combobox', { name: 'Cluster or server name' });
  await expect(nameBox).toHaveValue('CLUSTER1');
  await expect(nameBox).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/cluster-admin-open-connection.png` });
  expect((await axeBuilder(page).include('.cluadmin-connect').disableRules(['color-contrast']).analyze()).violations).toEqual([]);
  // A name nothing answers to: Q228480's question, then the RPC error, whatever the answer.
  await nameBox.fill('MAILSRV');
  await connect.getByRole('button', { name: 'Open', exact: true }).click();
  const box = page.getByRole('alertdialog', { name: 'Cluster Administrator' });
  await expect(box).toContainText('A connection to the cluster at MAILSRV could not be opened.');
  await expect(box).toContainText('attempt to start the Cluster Service on node MAILSRV?');
  await box.getByRole('button', { name: 'No' }).click();
  await expect(box).toContainText('An error occurred trying to open the cluster at MAILSRV');
  await expect(box).toContainText('The RPC server is unavailable.');
  await expect(box).toContainText('Error ID: 1722');
  await page.screenshot({ path: `${SHOTS}/cluster-admin-open-connection-error.png` });
  await box.getByRole('button', { name: 'OK' }).click();
  await expect(box).toHaveCount(0);
  await expect(connect).toHaveCount(0);

  // The toolbar's button opens it too; Browse... lists the cluster on the network.
  await win(page).getByRole('toolbar').getByRole('button', { name: 'Open Connection' }).click();
  await expect(nameBox).toHaveValue('CLUSTER1');
  await nameBox.fill('');
  await expect(connect.getByRole('button', { name: 'Open', exact: true })).toBeDisabled();
  await connect.getByRole('button', { name: 'Browse...' }).click();
  const browse = page.getByRole('dialog', { name: 'Browse for Cluster' });
  await expect(browse.getByRole('listbox', { name: 'Clusters:' }).getByRole('option')).toHaveText(['CLUSTER1']);
  await page.screenshot({ path: `${SHOTS}/cluster-admin-browse-cluster.png` });
  await browse.getByRole('button', { name: 'OK' }).click();
  await expect(browse).toHaveCount(0);
  await expect(nameBox).toHaveValue('CLUSTER1');
  // A node's name (any case) reaches the same cluster: the window stays as it is, with no box.
  await nameBox.fill('node2');
  await page.keyboard.press('Enter');
  await expect(connect).toHaveCount(0);
  await expect(box).toHaveCount(0);
  await expect(win(page)).toBeVisible();
  await expect(treeItem(page, 'CLUSTER1')).toHaveAttribute('aria-selected', 'true');
  // Next time the last name opened comes first (Q197382), the cluster's name after it.
  await page.keyboard.press('Alt+f');
  await menuItem(page, 'Open Connection...').click();
  await expect(nameBox).toHaveValue('node2');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(connect.getByRole('listbox', { name: 'Recent clusters' }).getByRole('option')).toHaveText(['node2', 'CLUSTER1']);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(connect).toHaveCount(0);

  // By keyboard: arrows walk the tree (selection follows focus), the Menu key opens the group's menu.
  await treeItem(page, 'CLUSTER1').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(treeItem(page, 'Exchange Cluster')).toBeFocused();
  await expect(list(page)).toHaveAccessibleName('Resources of Exchange Cluster');
  await page.keyboard.press('ContextMenu');
  await expect(shortcutMenu(page)).toBeVisible();
  for (const name of ['Bring Online', 'Take Offline', 'Move Group', 'Properties']) await expect(menuItem(page, name)).not.toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await expect(shortcutMenu(page)).toHaveCount(0);
  await expect(treeItem(page, 'Exchange Cluster')).toBeFocused();

  // A group: Move Group applies, Initiate Failure does not.
  await selectExchangeCluster(page);
  await file.click();
  await expect(menuItem(page, 'Move Group')).not.toHaveAttribute('aria-disabled', 'true');
  await expect(menuItem(page, 'Bring Online')).not.toHaveAttribute('aria-disabled', 'true');
  await expect(menuItem(page, 'Initiate Failure')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // A resource row: the failed store can be brought online but not failed again.
  await row(page, IS).click();
  await page.keyboard.press('Alt+f');
  await expect(menuItem(page, 'Bring Online')).not.toHaveAttribute('aria-disabled', 'true');
  await expect(menuItem(page, 'Initiate Failure')).toHaveAttribute('aria-disabled', 'true');
  await expect(menuItem(page, 'Move Group')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // Change Group does not apply to a resource with dependency links (all of them here): greyed, as
  // NT shows it, and no out-of-world box.
  await row(page, SA).click({ button: 'right' });
  await expect(menuItem(page, 'Change Group')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog', { name: 'Cluster Administrator' })).toHaveCount(0);
  await expectRow(row(page, SA), 'Online');

  await win(page).getByRole('menubar').getByRole('menuitem', { name: 'Help' }).click();
  await menuItem(page, 'About Cluster Administrator...').click();
  const about = page.getByRole('dialog', { name: 'About Cluster Administrator' });
  await expect(about).toContainText('Microsoft (R) Cluster Administrator');
  await about.getByRole('button', { name: 'OK' }).click();

  // Help Topics, and F1 as the status bar says: WinHelp finds no CLUADMIN.HLP (the lab installs no help files).
  await win(page).getByRole('menubar').getByRole('menuitem', { name: 'Help' }).click();
  await menuItem(page, 'Help Topics').click();
  const help = page.getByRole('alertdialog', { name: 'Windows Help' });
  await expect(help).toContainText('Cannot find the CLUADMIN.HLP file.');
  await help.getByRole('button', { name: 'No' }).click();
  await expect(help).toHaveCount(0);
  await expect(win(page).getByText('For Help, press F1')).toBeVisible();
  await row(page, SA).click();
  await page.keyboard.press('F1');
  await expect(help).toContainText('Cannot find the CLUADMIN.HLP file.');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await file.click();
  await menuItem(page, 'Exit').click();
  await expect(win(page)).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Taskbar' }).getByRole('button', { name: TITLE })).toHaveCount(0);

  // Re-opened, it starts again at the cluster (KB step 7a: IP Address and Network Name are Online).
  await page.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name: 'Cluster Administrator', exact: true }).dblclick();
  await expect(treeItem(page, 'CLUSTER1')).toHaveAttribute('aria-selected', 'true');
  await selectExchangeCluster(page);
  await expectRow(row(page, 'Exchange IP Address'), 'Online');
  await expectRow(row(page, 'Exchange Network Name'), 'Online');
});
