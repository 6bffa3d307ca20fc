import { expect, test, type Page } from '@playwright/test';

const PROGRAMS = ['Cluster Administrator', 'Backup', 'Services', 'Event Viewer', 'Registry Editor', 'Inbox'];

/**
 * A program's window title starts with its name: "Cluster Administrator - [CLUSTER1 (CLUSTER1)]",
 * "Event Viewer - System Log on \\NODE1", "Inbox - Microsoft Exchange", or is just the name ("Backup").
 */
const titled = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: - .+)?$`);
const taskbar = (page: Page) => page.getByRole('navigation', { name: 'Taskbar' });
/** Taskbar buttons are named by their window's full title, as NT 4 shows it. */
const taskButton = (page: Page, name: string) => taskbar(page).getByRole('button', { name: titled(name) });
const desktopIcon = (page: Page, name: string) =>
  page.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name, exact: true });
const win = (page: Page, name: string) => page.getByRole('dialog', { name: titled(name) });
const item = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });

async function expectOpenAndActive(page: Page, name: string) {
  await expect(win(page, name)).toBeVisible();
  await expect(taskButton(page, name)).toHaveAttribute('aria-pressed', 'true');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});

test('each program opens from its desktop icon by double-click', async ({ page }) => {
  for (const name of PROGRAMS) {
    await desktopIcon(page, name).dblclick();
    await expectOpenAndActive(page, name);
  }
  const windowButtons = taskbar(page).getByRole('list', { name: 'Open windows' }).getByRole('button');
  await expect(windowButtons).toHaveCount(PROGRAMS.length);
  await expect(windowButtons.and(page.getByRole('button', { pressed: true }))).toHaveText(['Inbox - Microsoft Exchange']);
  await expect(windowButtons).toHaveText([
    'Cluster Administrator - [CLUSTER1 (CLUSTER1)]',
    'Backup',
    'Services',
    'Event Viewer - System Log on \\\\NODE1',
    'Registry Editor',
    'Inbox - Microsoft Exchange',
  ]);
  // Each button's tooltip is the full title too, for when the taskbar shortens it.
  await expect(taskButton(page, 'Event Viewer')).toHaveAttribute('title', 'Event Viewer - System Log on \\\\NODE1');
});

test('desktop icons select on click and open with Enter', async ({ page }) => {
  await desktopIcon(page, 'Backup').click();
  await expect(desktopIcon(page, 'Backup')).toHaveAttribute('aria-selected', 'true');
  await expect(win(page, 'Backup')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expectOpenAndActive(page, 'Backup');
  for (const name of PROGRAMS.filter((p) => p !== 'Backup')) {
    await desktopIcon(page, name).click();
    await page.keyboard.press('Enter');
    await expectOpenAndActive(page, name);
  }
  await desktopIcon(page, 'Services').focus();
  await page.keyboard.press('ArrowDown');
  await expect(desktopIcon(page, 'Event Viewer')).toBeFocused();
});

test('Start menu paths work from the keyboard', async ({ page }) => {
  const start = page.getByRole('button', { name: 'Start', exact: true });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: 'Start' })).toBeVisible();
  await expect(item(page, 'Programs')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(item(page, 'Accessories')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(item(page, 'Administrative Tools (Common)')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(item(page, 'Administrative Wizards')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(item(page, 'Cluster Administrator')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: 'Start' })).toHaveCount(0);
  await expectOpenAndActive(page, 'Cluster Administrator');

  // Programs ▸ Administrative Tools (Common) ▸ Backup / Event Viewer, by first letter.
  for (const [letter, name] of [['b', 'Backup'], ['e', 'Event Viewer']]) {
    await start.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(letter);
    await expect(item(page, name)).toBeFocused();
    await page.keyboard.press('Enter');
    await expectOpenAndActive(page, name);
  }

  // Settings ▸ Control Panel by access keys; Programs ▸ Microsoft Exchange ▸ Microsoft Exchange (the
  // Exchange Client) opens the Inbox, whose title names the same program.
  await start.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('s');
  await expect(item(page, 'Control Panel')).toBeFocused();
  await page.keyboard.press('c');
  await expectOpenAndActive(page, 'Control Panel');
  await start.click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const exchangeFolder = page.getByRole('menu', { name: 'Microsoft Exchange' });
  await expect(exchangeFolder.getByRole('menuitem', { name: 'Microsoft Exchange', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectOpenAndActive(page, 'Inbox - Microsoft Exchange');

  // Escape closes one level at a time and returns to the Start button.
  await start.click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(item(page, 'Programs')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Start' })).toHaveCount(0);
  await expect(start).toBeFocused();
});

test('programs that are not simulated say so', async ({ page }) => {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await item(page, 'Programs').hover();
  await item(page, 'Administrative Tools (Common)').hover();
  await item(page, 'Disk Administrator').click();
  const box = page.getByRole('alertdialog', { name: 'Disk Administrator' });
  await expect(box).toContainText('not part of this lab');
  await page.keyboard.press('Enter');
  await expect(box).toHaveCount(0);
});

async function openRun(page: Page) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.keyboard.press('r');
  await expect(win(page, 'Run')).toBeVisible();
  await expect(page.getByLabel('Open:')).toBeFocused();
}

test('Run opens the programs NT 4 knows by file name', async ({ page }) => {
  const commands: [string, string][] = [
    ['cluadmin', 'Cluster Administrator'],
    ['regedt32', 'Registry Editor'],
    ['eventvwr', 'Event Viewer'],
    ['ntbackup', 'Backup'],
    ['control', 'Control Panel'],
  ];
  for (const [command, name] of commands) {
    await openRun(page);
    await page.getByLabel('Open:').fill(command);
    await page.keyboard.press('Enter');
    await expect(win(page, 'Run')).toHaveCount(0);
    await expectOpenAndActive(page, name);
  }
  await page.getByRole('button', { name: 'Close' }).last().click();
  await win(page, 'Registry Editor').getByRole('button', { name: 'Close' }).click();
  await expect(win(page, 'Registry Editor')).toHaveCount(0);
  await openRun(page);
  await page.getByLabel('Open:').fill('regedit');
  await win(page, 'Run').getByRole('button', { name: 'OK' }).click();
  await expectOpenAndActive(page, 'Registry Editor');
  // regedit is Regedit.exe, Windows 95-style: one tree under My Computer, not Regedt32's hive windows.
  await expect(win(page, 'Registry Editor').getByRole('tree', { name: 'Registry keys' }).getByRole('treeitem', { name: 'My Computer' })).toBeVisible();
});

test('Run shows the real error for an unknown command and stays open', async ({ page }) => {
  await openRun(page);
  await page.getByLabel('Open:').fill('services.msc');
  await page.keyboard.press('Enter');
  const box = page.getByRole('alertdialog', { name: 'services.msc' });
  await expect(box).toBeVisible();
  await expect(box).toContainText(
    "Cannot find the file 'services.msc' (or one of its components). Make sure the path and filename are correct and that all required libraries are available.",
  );
  await expect(box.getByRole('button', { name: 'OK' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box).toHaveCount(0);
  await expect(win(page, 'Run')).toBeVisible();
  await expect(page.getByLabel('Open:')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(win(page, 'Run')).toHaveCount(0);
});

test('minimize, restore from the taskbar, maximize and close', async ({ page }) => {
  await desktopIcon(page, 'Cluster Administrator').dblclick();
  const w = win(page, 'Cluster Administrator');
  const before = await w.boundingBox();
  await w.getByRole('button', { name: 'Minimize' }).click();
  await expect(w).toBeHidden();
  await expect(taskButton(page, 'Cluster Administrator')).toHaveAttribute('aria-pressed', 'false');
  await taskButton(page, 'Cluster Administrator').click();
  await expectOpenAndActive(page, 'Cluster Administrator');
  await taskButton(page, 'Cluster Administrator').click();
  await expect(w).toBeHidden();
  await taskButton(page, 'Cluster Administrator').click();

  await w.getByRole('button', { name: 'Maximize' }).click();
  await expect(w.getByRole('button', { name: 'Restore' })).toBeVisible();
  const workarea = await page.getByRole('main').boundingBox();
  expect((await w.boundingBox())?.width).toBe(workarea?.width);
  await w.getByRole('button', { name: 'Restore' }).click();
  expect(await w.boundingBox()).toEqual(before);

  await w.getByRole('button', { name: 'Close' }).click();
  await expect(w).toHaveCount(0);
  await expect(taskButton(page, 'Cluster Administrator')).toHaveCount(0);
});

test('Alt+F4 closes the active window and the next one becomes active', async ({ page }) => {
  await desktopIcon(page, 'Services').dblclick();
  await desktopIcon(page, 'Event Viewer').dblclick();
  await expectOpenAndActive(page, 'Event Viewer');
  await page.keyboard.press('Alt+F4');
  await expect(win(page, 'Event Viewer')).toHaveCount(0);
  await expectOpenAndActive(page, 'Services');
  await page.keyboard.press('Alt+F4');
  await expect(win(page, 'Services')).toHaveCount(0);
});

test('dragging the title bar moves the window; clicking a window raises it', async ({ page }) => {
  await desktopIcon(page, 'Backup').dblclick();
  await desktopIcon(page, 'Inbox').dblclick();
  const backup = win(page, 'Backup');
  const box = (await backup.boundingBox())!;
  await page.mouse.move(box.x + 60, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + 260, box.y + 110, { steps: 5 });
  await page.mouse.up();
  await expect(taskButton(page, 'Backup')).toHaveAttribute('aria-pressed', 'true');
  const moved = (await backup.boundingBox())!;
  expect(Math.round(moved.x - box.x)).toBe(200);
  expect(Math.round(moved.y - box.y)).toBe(100);
});

test('the console switch moves between the two nodes, each with its own windows', async ({ page }) => {
  const console = page.getByRole('group', { name: 'Console' });
  await expect(console.getByRole('button', { name: 'NODE1' })).toHaveAttribute('aria-pressed', 'true');
  await desktopIcon(page, 'Backup').dblclick();
  await console.getByRole('button', { name: 'NODE2' }).click();
  await expect(console.getByRole('button', { name: 'NODE2' })).toHaveAttribute('aria-pressed', 'true');
  await expect(console.getByRole('button', { name: 'NODE1' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('main', { name: 'NODE2 desktop' })).toBeVisible();
  await expect(win(page, 'Backup')).toHaveCount(0);
  await desktopIcon(page, 'Services').dblclick();
  await expectOpenAndActive(page, 'Services');
  await console.getByRole('button', { name: 'NODE1' }).click();
  await expect(win(page, 'Backup')).toBeVisible();
  await expect(win(page, 'Services')).toHaveCount(0);
});

test('Shut Down explains that the lab does not shut down', async ({ page }) => {
  const start = page.getByRole('button', { name: 'Start', exact: true });
  await start.click();
  await page.keyboard.press('u');
  const box = page.getByRole('alertdialog', { name: 'Shut Down Windows' });
  await expect(box).toContainText('This lab does not shut down');
  await page.keyboard.press('Escape');
  await expect(box).toHaveCount(0);
  await expect(start).toBeFocused();
});

test('a shortcut menu, property sheet or message box a program opens keeps the focus, and its window stays active', async ({ page }) => {
  await desktopIcon(page, 'Cluster Administrator').dblclick();
  const ca = win(page, 'Cluster Administrator');
  const tree = ca.getByRole('tree', { name: 'Cluster' });
  await tree.getByRole('treeitem', { name: 'Groups', exact: true }).getByText('Groups', { exact: true }).click();
  const row = ca.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Exchange Cluster', exact: true }) });
  await row.click({ button: 'right' });
  // Clicking in the portalled menu and in the sheet it opens does not hand the focus back to the window.
  await item(page, 'Properties').click();
  const sheet = page.getByRole('dialog', { name: 'Exchange Cluster Properties' });
  await expect(sheet.getByRole('tab', { name: 'General' })).toBeFocused();
  await sheet.getByRole('tab', { name: 'Failover' }).click();
  await expect(sheet.getByRole('tab', { name: 'Failover' })).toBeFocused();
  await expect(taskButton(page, 'Cluster Administrator')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  // A click on a message box's text leaves its default button focused: Enter answers it.
  await ca.getByRole('menubar').getByRole('menuitem', { name: 'Help' }).click();
  await item(page, 'Help Topics').click();
  const box = page.getByRole('alertdialog', { name: 'Windows Help' });
  await box.getByText(/Cannot find the CLUADMIN\.HLP file/).click();
  await expect(taskButton(page, 'Cluster Administrator')).toHaveAttribute('aria-pressed', 'true');
  await expect(box.getByRole('button', { name: 'Yes' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box).toHaveCount(0);
  await expect(taskButton(page, 'Cluster Administrator')).toHaveAttribute('aria-pressed', 'true');

  // The same for Services' question box (no per-program workaround).
  await desktopIcon(page, 'Services').dblclick();
  const services = win(page, 'Services');
  await services.getByRole('row', { name: /^Microsoft Exchange Directory\b/ }).click();
  await services.getByRole('button', { name: 'Stop', exact: true }).click();
  const ask = page.getByRole('alertdialog', { name: 'Services' });
  await ask.getByText('Do you want to stop these services?').click();
  await expect(taskButton(page, 'Services')).toHaveAttribute('aria-pressed', 'true');
  await expect(ask.getByRole('button', { name: 'Yes' })).toBeFocused();
  await ask.getByRole('button', { name: 'No' }).click();
  await expect(ask).toHaveCount(0);
  await expect(services.getByRole('button', { name: 'Stop', exact: true })).toBeFocused();
  await expect(taskButton(page, 'Services')).toHaveAttribute('aria-pressed', 'true');
});

test('Tab goes from a menu bar into the window contents and Shift+Tab comes back', async ({ page }) => {
  await desktopIcon(page, 'Event Viewer').dblclick();
  const ev = win(page, 'Event Viewer');
  await expect(ev).toBeVisible();
  const log = ev.getByRole('menubar').getByRole('menuitem', { name: 'Log' });
  const firstRow = ev.getByRole('table', { name: 'System Log' }).getByRole('row').nth(1);
  await page.keyboard.press('F10');
  await expect(log).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(firstRow).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(log).toBeFocused();
  // Tab in a menu opened on the bar closes it; the next Tab goes into the window.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: 'Log' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('menu', { name: 'Log' })).toHaveCount(0);
  await expect(log).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(firstRow).toBeFocused();
  // A menu opened by its access key from the list closes on Tab and gives focus back to the list.
  await page.keyboard.press('Alt+v');
  await expect(page.getByRole('menu', { name: 'View' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('menu', { name: 'View' })).toHaveCount(0);
  await expect(firstRow).toBeFocused();
});

test('the Services applet is a dialog box: Close only, and its taskbar button does not minimize it', async ({ page }) => {
  await desktopIcon(page, 'Services').dblclick();
  const services = win(page, 'Services');
  await expect(services).toBeVisible();
  await expect(services.getByRole('button', { name: 'Close' }).first()).toBeVisible();
  await expect(services.getByRole('button', { name: 'Minimize' })).toHaveCount(0);
  await expect(services.getByRole('button', { name: 'Maximize' })).toHaveCount(0);
  await taskButton(page, 'Services').click();
  await expectOpenAndActive(page, 'Services');
  await desktopIcon(page, 'Backup').dblclick();
  await expectOpenAndActive(page, 'Backup');
  await taskButton(page, 'Services').click();
  await expectOpenAndActive(page, 'Services');
});
