import { expect, test, type Locator, type Page } from '@playwright/test';
import { SHOTS } from './support/shots.ts';

const win = (page: Page, name: string) => page.getByRole('dialog', { name, exact: true });
const desktopIcon = (page: Page, name: string) =>
  page.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name, exact: true });
const serviceRow = (w: Locator, name: string) => w.getByRole('row', { name: new RegExp(`^${name}\\b`) });
/** A dialog's own push button (the title bar's Close button has no text). */
const cmd = (w: Locator, name: string) => w.getByRole('button', { name, exact: true }).filter({ hasText: name });
const box = (page: Page, name: string) => page.getByRole('alertdialog', { name, exact: true });
const evTitle = (log: string, node: string) => `Event Viewer - ${log} Log on \\\\${node}`;

async function openServices(page: Page) {
  await desktopIcon(page, 'Services').dblclick();
  const w = win(page, 'Services');
  await expect(w).toBeVisible();
  return w;
}

async function switchConsole(page: Page, node: string) {
  await page.getByRole('group', { name: 'Console' }).getByRole('button', { name: node }).click();
  await expect(page.getByRole('main', { name: `${node} desktop` })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?speed=20');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});

test('Control Panel from Start > Settings lists the NT 4 applets; Services opens, the others say they are not simulated', async ({ page }) => {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.keyboard.press('s');
  await expect(page.getByRole('menuitem', { name: 'Control Panel', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const cp = win(page, 'Control Panel');
  await expect(cp).toBeVisible();
  const grid = cp.getByRole('listbox', { name: 'Control Panel' });
  await expect(grid.getByRole('option')).toHaveCount(26);
  for (const name of ['Accessibility Options', 'Add/Remove Programs', 'ODBC', 'SCSI Adapters', 'Services', 'Tape Devices', 'UPS']) {
    await expect(grid.getByRole('option', { name, exact: true })).toBeVisible();
  }
  await expect(cp.getByRole('menubar').getByRole('menuitem')).toHaveText(['File', 'Edit', 'View', 'Help']);
  await page.screenshot({ path: `${SHOTS}/svc-control-panel.png` });

  // Double-click on an applet the lab does not simulate.
  await grid.getByRole('option', { name: 'Display' }).dblclick();
  await expect(box(page, 'Display')).toContainText('The Display applet is not simulated in this lab.');
  await box(page, 'Display').getByRole('button', { name: 'OK' }).click();

  // Keyboard only: type-ahead to Keyboard, Enter explains; then to Services and open it.
  await grid.getByRole('option', { name: 'Accessibility Options' }).focus();
  await page.keyboard.press('k');
  await expect(grid.getByRole('option', { name: 'Keyboard' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(box(page, 'Keyboard')).toContainText('The Keyboard applet is not simulated in this lab.');
  await page.keyboard.press('Enter');
  await expect(box(page, 'Keyboard')).toHaveCount(0);
  await expect(grid.getByRole('option', { name: 'Keyboard' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(grid.getByRole('option', { name: 'Modems' })).toBeFocused();
  for (const key of ['s', 's', 's']) await page.keyboard.press(key);
  await expect(grid.getByRole('option', { name: 'Services' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(win(page, 'Services')).toBeVisible();
  await page.getByRole('navigation', { name: 'Taskbar' }).getByRole('button', { name: 'Control Panel', exact: true }).click();
  // File > Close closes the folder.
  await cp.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Close' }).click();
  await expect(cp).toHaveCount(0);
});

test('Services on NODE1: scenario start state, and starting the damaged Information Store fails', async ({ page }) => {
  const w = await openServices(page);
  await expect(w.getByRole('table', { name: 'Service' }).getByRole('columnheader')).toHaveText(['Service', 'Status', 'Startup']);
  for (const name of ['System Attendant', 'Directory', 'Message Transfer Agent']) {
    await expect(serviceRow(w, `Microsoft Exchange ${name}`)).toContainText('Started');
    await expect(serviceRow(w, `Microsoft Exchange ${name}`)).toContainText('Manual');
  }
  await expect(serviceRow(w, 'Microsoft Exchange Information Store')).not.toContainText('Started');
  await expect(serviceRow(w, 'Spooler')).toContainText('StartedAutomatic');
  for (const name of ['Close', 'Start', 'Stop', 'Pause', 'Continue', 'Startup...', 'HW Profiles...', 'Help']) {
    await expect(cmd(w, name)).toBeVisible();
  }
  await expect(w.getByLabel('Startup Parameters:')).toBeVisible();

  // System services are scenery: nothing can be done to them.
  await serviceRow(w, 'Spooler').click();
  for (const name of ['Start', 'Stop', 'Pause', 'Continue', 'Startup...']) await expect(cmd(w, name)).toBeDisabled();

  await serviceRow(w, 'Microsoft Exchange Information Store').click();
  await expect(cmd(w, 'Stop')).toBeDisabled();
  await expect(cmd(w, 'Pause')).toBeDisabled();
  await cmd(w, 'Start').click();
  const progress = win(page, 'Service Control');
  await expect(progress).toContainText('Attempting to start the Microsoft Exchange Information Store service on \\\\NODE1.');
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/svc-services-progress.png` });
  const failure = box(page, 'Service Control');
  await expect(failure).toContainText('The Microsoft Exchange Information Store service returned service specific error 4294966090.');
  await expect(progress).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/svc-services-failure.png` });
  await page.keyboard.press('Enter');
  await expect(failure).toHaveCount(0);
  await expect(serviceRow(w, 'Microsoft Exchange Information Store')).not.toContainText('Started');

  // Startup… is read only for clustered services.
  await cmd(w, 'Startup...').click();
  const startup = win(page, 'Service');
  await expect(startup.getByRole('radio', { name: 'Manual' })).toBeChecked();
  await expect(startup.getByRole('radio', { name: 'Automatic' })).toBeDisabled();
  await expect(startup.getByRole('note')).toContainText("run by the cluster resource 'Microsoft Exchange Information Store'");
  await expect(cmd(startup, 'OK')).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/svc-services-startup.png` });
  await page.keyboard.press('Escape');
  await expect(startup).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/svc-services.png` });
});

test('stopping the Directory asks about its running dependants first (Q162353)', async ({ page }) => {
  const w = await openServices(page);
  await serviceRow(w, 'Microsoft Exchange Directory').click();
  await cmd(w, 'Stop').click();
  const ask = box(page, 'Services');
  await expect(ask).toContainText('When Microsoft Exchange Directory stops, these other services will also stop.');
  await expect(ask).toContainText('Microsoft Exchange Message Transfer Agent');
  await expect(ask).toContainText('Do you want to stop these services?');
  await expect(ask.getByRole('button', { name: 'Yes' })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/svc-services-stop-question.png` });
  await ask.getByRole('button', { name: 'No' }).click();
  await expect(ask).toHaveCount(0);
  await expect(serviceRow(w, 'Microsoft Exchange Directory')).toContainText('Started');
  await expect(serviceRow(w, 'Microsoft Exchange Message Transfer Agent')).toContainText('Started');

  // A service with no running dependants gets the plain question.
  await serviceRow(w, 'Microsoft Exchange Message Transfer Agent').click();
  await cmd(w, 'Stop').click();
  await expect(box(page, 'Services')).toContainText('Are you sure you want to stop the Microsoft Exchange Message Transfer Agent service?');
  await page.keyboard.press('Escape');
  await expect(serviceRow(w, 'Microsoft Exchange Message Transfer Agent')).toContainText('Started');
});

test('F13: on NODE2 the Exchange services cannot start; Event Viewer shows why in NODE2\'s System log', async ({ page }) => {
  await switchConsole(page, 'NODE2');
  const w = await openServices(page);
  await expect(serviceRow(w, 'Microsoft Exchange System Attendant')).not.toContainText('Started');
  // The SCM starts the System Attendant first; without the shared disk it fails, so the Directory does too.
  await serviceRow(w, 'Microsoft Exchange Directory').click();
  await cmd(w, 'Start').click();
  const failure = box(page, 'Service Control');
  await expect(failure).toContainText('Could not start the Microsoft Exchange Directory service on \\\\NODE2.');
  await expect(failure).toContainText('Error 1068: The dependency service or group failed to start.');
  await failure.getByRole('button', { name: 'OK' }).click();
  await expect(failure).toHaveCount(0);
  await serviceRow(w, 'Microsoft Exchange System Attendant').click();
  await cmd(w, 'Start').click();
  await expect(failure).toContainText('Could not start the Microsoft Exchange System Attendant service on \\\\NODE2.');
  await expect(failure).toContainText('Error 2140: An internal Windows NT error occurred.');
  await page.keyboard.press('Enter');
  await expect(failure).toHaveCount(0);
  await expect(serviceRow(w, 'Microsoft Exchange System Attendant')).not.toContainText('Started');
  await expect(serviceRow(w, 'Microsoft Exchange Directory')).not.toContainText('Started');

  await desktopIcon(page, 'Event Viewer').dblclick();
  const ev = win(page, evTitle('System', 'NODE2'));
  await expect(ev).toBeVisible();
  const list = ev.getByRole('table', { name: 'System Log' });
  await expect(list.getByRole('columnheader')).toHaveText(['Type', 'Date', 'Time', 'Source', 'Category', 'Event', 'User', 'Computer']);
  const first = list.getByRole('row').nth(1);
  await expect(first).toContainText('Service Control Manager');
  await expect(first).toContainText('7023');
  await expect(first).toContainText('NODE2');
  await expect(first.getByRole('img', { name: 'Error' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/svc-event-viewer.png` });
  await first.dblclick();
  const detail = win(page, 'Event Detail');
  await expect(detail.getByLabel('Event ID:')).toHaveText('7023');
  await expect(detail.getByLabel('Source:')).toHaveText('Service Control Manager');
  await expect(detail.getByLabel('Type:')).toHaveText('Error');
  await expect(detail.getByLabel('Computer:')).toHaveText('NODE2');
  await expect(detail.getByLabel('User:')).toHaveText('N/A');
  await expect(detail.getByLabel('Description:')).toHaveValue(
    /^The Microsoft Exchange System Attendant service terminated with the following error:\s+An internal Windows NT error occurred\.$/,
  );
  await expect(detail.getByRole('radio', { name: 'Bytes' })).toBeChecked();
  await expect(cmd(detail, 'Previous')).toBeDisabled();
  await cmd(detail, 'Next').click();
  await expect(detail.getByLabel('Event ID:')).toHaveText('7001');
  await expect(detail.getByLabel('Description:')).toHaveValue(
    'The Microsoft Exchange Directory service depends on the Microsoft Exchange System Attendant service which failed to start because of the following error: The dependency service or group failed to start.',
  );
  await page.screenshot({ path: `${SHOTS}/svc-event-detail.png` });
  await cmd(detail, 'Close').click();
  await expect(detail).toHaveCount(0);

  // Log > Application (a radio choice): the title follows; nothing ran on NODE2, so it is empty, as is Security.
  await ev.getByRole('menuitem', { name: 'Log' }).click();
  await expect(page.getByRole('menuitemradio', { name: 'System' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('menuitemradio', { name: 'Application' }).click();
  const app = win(page, evTitle('Application', 'NODE2'));
  await expect(app.getByRole('table', { name: 'Application Log' }).getByRole('row')).toHaveCount(1);
  await app.getByRole('menuitem', { name: 'Log' }).click();
  await page.getByRole('menuitemradio', { name: 'Security' }).click();
  await expect(win(page, evTitle('Security', 'NODE2')).getByRole('row')).toHaveCount(1);
});

test('F12: stopping System Attendant from Services while its resource is online logs ClusSvc 1042 on NODE1', async ({ page }) => {
  // Real time here: at 20x the progress box lives ~0.3 s, too short to observe reliably on a loaded machine.
  await page.goto('/?speed=1');
  const w = await openServices(page);
  await serviceRow(w, 'Microsoft Exchange System Attendant').click();
  await cmd(w, 'Stop').click();
  const ask = box(page, 'Services');
  await expect(ask).toContainText('When Microsoft Exchange System Attendant stops, these other services will also stop.');
  await expect(ask).toContainText('Microsoft Exchange Directory');
  await expect(ask).toContainText('Microsoft Exchange Message Transfer Agent');
  await ask.getByRole('button', { name: 'Yes' }).click();
  await expect(win(page, 'Service Control')).toContainText(/Attempting to stop the Microsoft Exchange .+ service on \\\\NODE1\./);
  await expect(win(page, 'Service Control')).toHaveCount(0, { timeout: 20_000 });

  await desktopIcon(page, 'Event Viewer').dblclick();
  const ev = win(page, evTitle('System', 'NODE1'));
  const list = ev.getByRole('table', { name: 'System Log' });
  const failed = list.getByRole('row').filter({ hasText: 'ClusSvc' }).filter({ hasText: '1042' });
  // Last night's failure of the store, then MTA, Directory and System Attendant as the cluster notices each.
  await expect.poll(() => failed.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
  // Oldest first, so the cluster's later restarts (appended at the end) do not move what we walk through.
  await ev.getByRole('menuitem', { name: 'View' }).click();
  await page.getByRole('menuitemradio', { name: 'Oldest First' }).click();
  await failed.first().click();
  await page.keyboard.press('Enter');
  const detail = win(page, 'Event Detail');
  const wanted = "Cluster generic service 'Microsoft Exchange System Attendant' failed.";
  const seen: string[] = [];
  for (let i = 0; i < 12; i++) {
    const text = await detail.getByLabel('Description:').inputValue();
    seen.push(text);
    if (text === wanted) break;
    const next = cmd(detail, 'Next');
    if (await next.isDisabled()) break;
    await next.click();
  }
  expect(seen).toContain(wanted);
  await expect(detail.getByLabel('Source:')).toHaveText('ClusSvc');
  await expect(detail.getByLabel('Event ID:')).toHaveText('1042');
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
});

test('keyboard only: Services list and buttons, Event Viewer list, menus and Event Detail', async ({ page }) => {
  const w = await openServices(page);
  const rows = w.getByRole('table', { name: 'Service' }).getByRole('row');
  await rows.nth(1).focus();
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(serviceRow(w, 'Workstation')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(serviceRow(w, 'Alerter')).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await expect(serviceRow(w, 'Microsoft Exchange Directory')).toBeFocused();
  await expect(serviceRow(w, 'Microsoft Exchange Directory')).toHaveAttribute('aria-selected', 'true');
  // Alt+T is Stop's access key; No keeps things as they are.
  await page.keyboard.press('Alt+t');
  await expect(box(page, 'Services')).toContainText('When Microsoft Exchange Directory stops');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(box(page, 'Services')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(cmd(w, 'Close')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cmd(w, 'Stop')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(w).toHaveCount(0);

  // Event Viewer: Run > eventvwr, arrows through the System log, Enter opens the detail.
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.keyboard.press('r');
  await page.getByLabel('Open:').fill('eventvwr');
  await page.keyboard.press('Enter');
  const ev = win(page, evTitle('System', 'NODE1'));
  await expect(ev).toBeVisible();
  await page.keyboard.press('Alt+l');
  await expect(page.getByRole('menu', { name: 'Log' })).toBeVisible();
  await page.keyboard.press('a');
  const app = win(page, evTitle('Application', 'NODE1'));
  await expect(app).toBeVisible();
  const list = app.getByRole('table', { name: 'Application Log' });
  await list.getByRole('row').nth(1).focus();
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('row').nth(2)).toBeFocused();
  await expect(list.getByRole('row').nth(2)).toContainText('MSExchangeDS');
  await page.keyboard.press('Enter');
  const detail = win(page, 'Event Detail');
  await expect(cmd(detail, 'Close')).toBeFocused();
  await expect(detail.getByLabel('Source:')).toHaveText('MSExchangeDS');
  await page.keyboard.press('Alt+p');
  await expect(detail.getByLabel('Source:')).toHaveText('MSExchangeIS');
  await expect(cmd(detail, 'Previous')).toBeDisabled();
  await page.keyboard.press('Alt+n');
  await page.keyboard.press('Alt+n');
  await expect(detail.getByLabel('Source:')).toHaveText('MSExchangeSA');
  await expect(cmd(detail, 'Next')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  // The list selection followed Previous / Next, and focus is back on the list.
  await expect(list.getByRole('row').last()).toHaveAttribute('aria-selected', 'true');
  // View > Oldest First reverses the list.
  await page.keyboard.press('Alt+v');
  await page.keyboard.press('o');
  await expect(list.getByRole('row').nth(1)).toContainText('MSExchangeSA');
  await page.keyboard.press('Alt+l');
  await page.keyboard.press('x');
  await expect(app).toHaveCount(0);
});
