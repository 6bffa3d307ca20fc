import { expect, type Locator, type Page } from '@playwright/test';

/** The lab at 20× simulated time: a 30 s restore takes 1.5 s. */
export const LAB_URL = '/?speed=20';

export type Node = 'NODE1' | 'NODE2';

/** Window titles as NT shows them (full titles; the taskbar buttons carry the same names). */
export const TITLES = {
  clusterAdmin: 'Cluster Administrator - [CLUSTER1 (CLUSTER1)]',
  backup: 'Backup',
  services: 'Services',
  controlPanel: 'Control Panel',
  registryEditor: 'Registry Editor',
  inbox: 'Inbox - Microsoft Exchange',
  eventViewer: (log: 'System' | 'Application' | 'Security', node: Node) => `Event Viewer - ${log} Log on \\\\${node}`,
} as const;

export async function startLab(page: Page): Promise<void> {
  await page.goto(LAB_URL);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
}

export const desktopIcon = (page: Page, name: string): Locator =>
  page.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name, exact: true });

/** A program window (or an owned dialog) by its exact title. */
export const windowNamed = (page: Page, title: string | RegExp): Locator =>
  page.getByRole('dialog', typeof title === 'string' ? { name: title, exact: true } : { name: title });

/** A message box by its title. */
export const messageBox = (page: Page, title: string): Locator => page.getByRole('alertdialog', { name: title, exact: true });

/** A dialog's own push button (the title bar's Close button has no text, so it is filtered out). */
export const pushButton = (scope: Locator, name: string): Locator => scope.getByRole('button', { name, exact: true }).filter({ hasText: name });

export const menuItem = (page: Page, name: string): Locator => page.getByRole('menuitem', { name, exact: true });

/** Double-clicks a desktop icon and waits for the program's window. */
export async function openProgram(page: Page, icon: string, title: string | RegExp): Promise<Locator> {
  await desktopIcon(page, icon).dblclick();
  const w = windowNamed(page, title);
  await expect(w).toBeVisible();
  return w;
}

/** Closes a program with its title bar's Close button. */
export async function closeWindow(w: Locator): Promise<void> {
  await w.getByRole('button', { name: 'Close', exact: true }).first().click();
  await expect(w).toHaveCount(0);
}

/** Picks a menu bar menu, then an item (both by their visible names). */
export async function chooseMenu(page: Page, w: Locator, menu: string, item: string): Promise<void> {
  await w.getByRole('menubar').getByRole('menuitem', { name: menu, exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).or(page.getByRole('menuitemradio', { name: item, exact: true })).click();
}

/** Moves the trainee to the other server's console with the KVM switch on the taskbar. */
export async function switchConsole(page: Page, node: Node): Promise<void> {
  await page.getByRole('group', { name: 'Console' }).getByRole('button', { name: node, exact: true }).click();
  await expect(page.getByRole('main', { name: `${node} desktop` })).toBeVisible();
}

/** Presses `key` until `target` has focus (keyboard only), failing after `max` presses. */
export async function pressUntilFocused(page: Page, target: Locator, key = 'Tab', max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** Brings an open window to the front with its taskbar button. */
export async function activateFromTaskbar(page: Page, title: string): Promise<void> {
  const button = page.getByRole('navigation', { name: 'Taskbar' }).getByRole('button', { name: title, exact: true });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/**
 * A child of an expanded tree item. The item owns its group by aria-owns, and the group sits right
 * after it (src/ui/TreeItem.tsx), so the child is found in that sibling group.
 */
export const treeChild = (parent: Locator, name: string): Locator =>
  parent.locator('xpath=following-sibling::ul[@role="group"]').getByRole('treeitem', { name, exact: true });
