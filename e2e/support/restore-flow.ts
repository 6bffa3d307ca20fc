/**
 * KB Q238063 done through the UI like a trainee: roles and accessible names only. Shared by the
 * benchmark (`npm run bench`) and the e2e specs. Works on `@playwright/test` pages; uses no
 * `expect` so it also runs outside the test runner (each wait throws on timeout).
 */
import type { Locator, Page } from '@playwright/test';

export const PROGRAMS = ['Cluster Administrator', 'Backup', 'Services', 'Event Viewer', 'Registry Editor', 'Inbox'] as const;
export const WINDOW_TITLES: Record<(typeof PROGRAMS)[number], string> = {
  'Cluster Administrator': 'Cluster Administrator - [CLUSTER1 (CLUSTER1)]',
  Backup: 'Backup',
  Services: 'Services',
  'Event Viewer': 'Event Viewer - System Log on \\\\NODE1',
  'Registry Editor': 'Registry Editor',
  Inbox: 'Inbox - Microsoft Exchange',
};
const DS = 'Microsoft Exchange Directory';
const IS = 'Microsoft Exchange Information Store';
const MTA = 'Microsoft Exchange Message Transfer Agent';

export const startButton = (page: Page) => page.getByRole('button', { name: 'Start', exact: true });
export const desktopIcon = (page: Page, name: string) => page.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name, exact: true });
export const programWindow = (page: Page, program: (typeof PROGRAMS)[number]) => page.getByRole('dialog', { name: WINDOW_TITLES[program], exact: true });
const menuItem = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });
/** A window's own push button (the title bar's Close button has no text). */
const command = (w: Locator, name: string) => w.getByRole('button', { name, exact: true }).filter({ hasText: name });
const titleBarClose = (w: Locator) => w.getByRole('button', { name: 'Close', exact: true }).first();
const caRow = (ca: Locator, name: string) => ca.getByRole('table').getByRole('row').filter({ has: ca.page().getByRole('cell', { name, exact: true }) });
const serviceRow = (w: Locator, name: string) => w.getByRole('row', { name: new RegExp(`^${name}\\b`) });

const visible = (l: Locator, timeout: number) => l.waitFor({ state: 'visible', timeout });
const gone = (l: Locator, timeout: number) => l.waitFor({ state: 'detached', timeout });

/** Polls `check` until it is true; throws `what` after `timeout` ms. */
export async function until(what: string, check: () => Promise<boolean>, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The top bar's "Skip to next change" (issue 10 item 7). */
export const skipToNextChange = (page: Page) => page.getByRole('banner', { name: 'Lab' }).getByRole('button', { name: 'Skip to next change', exact: true });

/**
 * Waits for `check` as a trainee waits out a restore or a replaying store: pressing Skip to next
 * change while it is enabled (each press reaches the next change, so none goes past `check`).
 */
export async function skipUntil(page: Page, what: string, check: () => Promise<boolean>, timeout = 30_000): Promise<void> {
  const skip = skipToNextChange(page);
  // An NT box (Restore Status, "Attempting to start…") covers the page: then Ctrl+Shift+Enter.
  const modal = page.locator('[aria-modal="true"]');
  await until(what, async () => {
    if (await check()) return true;
    if (await skip.isEnabled()) {
      if ((await modal.count()) > 0) await page.keyboard.press('Control+Shift+Enter');
      else await skip.click({ timeout: 1000 });
    }
    return check();
  }, timeout);
}

/** The deep link the benchmark and the offline/monkey specs start from. */
export const scenarioUrl = (speed: number) => `/?scenario=standard&mode=practice&speed=${speed}`;

/**
 * Closes a scenario briefing or picks the first scenario in a picker, if the lab shows one. The
 * lab's dialogs come with the top bar's commands, once the desktop's first frame is painted: those
 * are waited for first (a page without them, such as a course launch's error, is left as it is).
 */
export async function dismissIntro(page: Page): Promise<void> {
  await page.getByRole('group', { name: 'Lab commands' }).waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
  const intro = page.getByRole('dialog', { name: /^(Briefing|Scenarios|Welcome)\b/ });
  if (await intro.first().isVisible().catch(() => false)) {
    await intro.first().getByRole('button', { name: /^(OK|Begin|Start|Continue)\b/ }).first().click();
    await intro.first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
  }
}

/** Waits for the desktop (the Start button), then gets a first-run briefing out of the way. */
export async function readyDesktop(page: Page, timeout = 30_000): Promise<void> {
  await visible(startButton(page), timeout);
  await dismissIntro(page);
}

export async function openProgram(page: Page, program: (typeof PROGRAMS)[number], timeout = 15_000): Promise<Locator> {
  await dismissIntro(page);
  await desktopIcon(page, program).dblclick();
  const w = programWindow(page, program);
  await visible(w, timeout);
  return w;
}

export async function closeProgram(page: Page, program: (typeof PROGRAMS)[number], timeout = 15_000): Promise<void> {
  const w = programWindow(page, program);
  await titleBarClose(w).click();
  await gone(w, timeout);
}

const cellIs = async (row: Locator, text: string) => (await row.getByRole('cell', { name: text, exact: true }).count()) > 0;

/** Steps 1–3: Groups > Exchange Cluster, Directory > Take Offline, wait for Offline. */
export async function takeDirectoryOffline(page: Page, timeout = 30_000): Promise<void> {
  const ca = await openProgram(page, 'Cluster Administrator');
  const tree = ca.getByRole('tree', { name: 'Cluster' });
  for (const name of ['Groups', 'Exchange Cluster']) await tree.getByRole('treeitem', { name, exact: true }).getByText(name, { exact: true }).first().click();
  await caRow(ca, DS).click({ button: 'right' });
  await menuItem(page, 'Take Offline').click();
  await until('the Directory to go Offline', () => cellIs(caRow(ca, DS), 'Offline'), timeout);
  await closeProgram(page, 'Cluster Administrator');
}

/** Steps 4–6: restore Directory and Information Store to EXCHVS1, erasing what is there. */
export async function restoreFromTape(page: Page, timeout = 60_000): Promise<void> {
  const backup = await openProgram(page, 'Backup');
  for (const name of ['Directory', 'Information Store']) await backup.getByRole('checkbox', { name, exact: true }).check();
  await backup.getByRole('toolbar', { name: 'Toolbar' }).getByRole('button', { name: 'Restore', exact: true }).click();
  const info = page.getByRole('dialog', { name: 'Restore Information' });
  const store = info.getByRole('group', { name: 'Set 2 of 2' });
  await store.getByRole('combobox', { name: 'Destination Server', exact: true }).fill('EXCHVS1');
  await store.getByRole('checkbox', { name: 'Erase all existing data' }).check();
  await command(info, 'OK').click();
  const status = page.getByRole('dialog', { name: 'Restore Status' });
  await skipUntil(page, 'the restore to complete', () => status.getByText('Restore completed.').isVisible(), timeout);
  await command(status, 'OK').click();
  await gone(status, timeout);
  await closeProgram(page, 'Backup');
}

/** Step 7: start the Directory, the Information Store and the MTA from Services; send a test message. */
export async function startServicesAndSendMail(page: Page, timeout = 60_000): Promise<void> {
  const svc = await openProgram(page, 'Services');
  for (const name of [DS, IS, MTA]) {
    await serviceRow(svc, name).click();
    await command(svc, 'Start').click();
    await skipUntil(page, `${name} to be Started`, async () => (await serviceRow(svc, name).textContent())?.includes('Started') ?? false, timeout);
  }
  await closeProgram(page, 'Services');
  const inbox = await openProgram(page, 'Inbox');
  await inbox.getByRole('menuitem', { name: 'Compose', exact: true }).click();
  await menuItem(page, 'New Message').click();
  const compose = page.getByRole('dialog', { name: 'New Message', exact: true });
  await compose.getByLabel('To', { exact: true }).fill('Administrator');
  await compose.getByLabel('Subject', { exact: true }).fill('Restore test');
  await compose.getByRole('tab', { name: 'Options' }).click();
  // 98.css draws the box on the label; the input itself is invisible.
  await compose.getByText('Request a delivery receipt', { exact: true }).click();
  await until('the receipt box to be ticked', () => compose.getByRole('checkbox', { name: 'Request a delivery receipt' }).isChecked(), 5000);
  await command(compose, 'Send').click();
  await gone(compose, timeout);
  await closeProgram(page, 'Inbox');
}

/** Steps 8–9: stop the Directory (and its dependants) in Services, bring the group online, move it. */
export async function handBackAndMove(page: Page, timeout = 60_000): Promise<void> {
  const svc = await openProgram(page, 'Services');
  await serviceRow(svc, DS).click();
  await command(svc, 'Stop').click();
  await command(page.getByRole('alertdialog', { name: 'Services', exact: true }), 'Yes').click();
  await until('the Directory to stop', async () => !((await serviceRow(svc, DS).textContent())?.includes('Started') ?? true), timeout);
  await closeProgram(page, 'Services');
  const ca = await openProgram(page, 'Cluster Administrator');
  const group = ca.getByRole('tree', { name: 'Cluster' }).getByRole('treeitem', { name: 'Exchange Cluster', exact: true });
  const groupLabel = group.getByText('Exchange Cluster', { exact: true }).first();
  await ca.getByRole('tree', { name: 'Cluster' }).getByRole('treeitem', { name: 'Groups', exact: true }).getByText('Groups', { exact: true }).first().click();
  await groupLabel.click();
  await groupLabel.click({ button: 'right' });
  await menuItem(page, 'Bring Online').click();
  const settled = async () => (await cellIs(caRow(ca, DS), 'Online')) && (await ca.getByRole('table').getByRole('cell', { name: /Pending$/ }).count()) === 0;
  await until('the group to come Online', settled, timeout);
  // A shortcut menu shows the commands as they were when it opened: open it on the settled group.
  await groupLabel.click({ button: 'right' });
  await menuItem(page, 'Move Group').click();
  await until('the group to move to NODE2', async () => (await cellIs(caRow(ca, DS), 'Online')) && (await cellIs(caRow(ca, DS), 'NODE2')), timeout);
}

/** The finished attempt's report, which the lab shows when the procedure is done. */
export const reportDialog = (page: Page) => page.getByRole('dialog', { name: /^Report\b/ });

/**
 * The whole standard restore, KB steps 1–9. Resolves true when the lab showed its report (the
 * procedure reached `done`), false if no report appeared within `reportTimeout`.
 */
export async function completeRestore(page: Page, reportTimeout = 10_000): Promise<boolean> {
  await takeDirectoryOffline(page);
  await restoreFromTape(page);
  await startServicesAndSendMail(page);
  await handBackAndMove(page);
  return reportDialog(page).first().waitFor({ state: 'visible', timeout: reportTimeout }).then(() => true, () => false);
}
