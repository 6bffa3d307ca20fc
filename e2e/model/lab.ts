import { expect, type Locator, type Page } from '@playwright/test';
import { TITLES as T, chooseMenu, desktopIcon, pushButton, windowNamed } from '../support/desktop.ts';
import type { ClockMove } from './plan.ts';

export { chooseMenu, menuItem, messageBox, pushButton, windowNamed } from '../support/desktop.ts';

/**
 * The lab as the model-based test sees it: programs, dialogs, the instructor's panel, the map.
 * Roles and accessible names only.
 */

/** Each program's window title (e2e/support/desktop.ts) and desktop shortcut, by the world's app id. */
export const TITLES = {
  'cluster-admin': T.clusterAdmin,
  backup: T.backup,
  services: T.services,
  'registry-editor': T.registryEditor,
  inbox: T.inbox,
  'event-viewer': /^Event Viewer - /,
  'control-panel': T.controlPanel,
} as const;
export type App = keyof typeof TITLES;
export const ICONS: Record<App, string> = {
  'cluster-admin': 'Cluster Administrator',
  backup: 'Backup',
  services: 'Services',
  'registry-editor': 'Registry Editor',
  inbox: 'Inbox',
  'event-viewer': 'Event Viewer',
  'control-panel': 'Control Panel',
};

export const programWindow = (page: Page, app: App): Locator => windowNamed(page, TITLES[app]);

/** Ticks or clears a 98.css checkbox (drawn on its label) by clicking its label. */
export async function setTick(scope: Locator, name: string, on: boolean): Promise<void> {
  const box = scope.getByRole('checkbox', { name, exact: true });
  if ((await box.isChecked()) !== on) await scope.getByText(name, { exact: true }).click();
  await expect(box).toBeChecked({ checked: on });
}

/** Double-clicks the program's desktop icon unless its window is open already. */
export async function openProgram(page: Page, app: App): Promise<Locator> {
  const w = programWindow(page, app);
  if ((await w.count()) === 0) await desktopIcon(page, ICONS[app]).dblclick();
  await expect(w).toBeVisible();
  return w;
}

/** Closes a program the way its menus do (Cluster Administrator: File > Exit, the KB's step 3). */
export async function exitProgram(page: Page, app: App): Promise<void> {
  const w = programWindow(page, app);
  if ((await w.count()) === 0) return;
  if (app === 'cluster-admin') await chooseMenu(page, w, 'File', 'Exit');
  else if (app === 'backup') await chooseMenu(page, w, 'Operations', 'Exit');
  else if (app === 'registry-editor') await chooseMenu(page, w, 'Registry', 'Exit');
  else if (app === 'event-viewer') await chooseMenu(page, w, 'Log', 'Exit');
  else if (app === 'services') await pushButton(w, 'Close').click();
  else await w.getByRole('button', { name: 'Close', exact: true }).first().click();
  await expect(w).toHaveCount(0);
}

// ---- the lab around the console ----
export const instructorPanel = (page: Page): Locator => page.getByRole('complementary', { name: 'Instructor' });
export const mapNode = (page: Page, id: string): Locator => page.getByTestId(`rf__node-${id}`);

export async function expectMapAt(page: Page, id: string, timeout = 30_000): Promise<void> {
  await expect(mapNode(page, id), `the map should show ${id} as the current step`).toHaveAttribute('aria-current', 'step', { timeout });
}

const CLOCK_LABEL: Record<ClockMove, string> = { pause: 'Pause', slow: '1×', run: '10×' };
/** Instructor > Simulated time. */
export async function setClock(page: Page, move: ClockMove): Promise<void> {
  const group = instructorPanel(page).getByRole('radiogroup', { name: 'Clock speed' });
  // 98.css draws the radio on its label; the input itself is invisible.
  await group.getByText(CLOCK_LABEL[move], { exact: true }).click();
  await expect(group.getByRole('radio', { name: CLOCK_LABEL[move], exact: true })).toBeChecked();
}

/** Simulated time of day shown in the top bar, in seconds since midnight. */
export async function simulatedSeconds(page: Page): Promise<number> {
  const text = (await page.getByText(/^Simulated time: \d/).textContent()) ?? '';
  const m = /(\d+):(\d\d):(\d\d) (AM|PM)/.exec(text);
  if (!m) throw new Error(`cannot read the simulated time in "${text}"`);
  return ((+m[1] % 12) + (m[4] === 'PM' ? 12 : 0)) * 3600 + +m[2] * 60 + +m[3];
}

/** Waits until the top bar shows that `ms` of simulated time have passed since `from`. */
export async function waitSimulated(page: Page, from: number, ms: number): Promise<void> {
  if (ms <= 0) return;
  const want = from + Math.floor(ms / 1000);
  await expect.poll(() => simulatedSeconds(page), { message: `simulated time should reach ${want} s`, timeout: 30_000 + ms / 10 }).toBeGreaterThanOrEqual(want);
}

/**
 * Like `waitSimulated`, but as a trainee waiting out a restore or a replaying store: presses Skip
 * to next change until that much simulated time has passed or nothing is left to skip to. Only for
 * steps after which nothing is pending (`UiStep.skippable`), so no press passes the path by.
 */
export async function skipSimulated(page: Page, from: number, ms: number): Promise<void> {
  const want = from + Math.floor(ms / 1000);
  const skip = page.getByRole('banner', { name: 'Lab' }).getByRole('button', { name: 'Skip to next change', exact: true });
  await expect(async () => {
    if ((await simulatedSeconds(page)) >= want) return;
    if (await skip.isEnabled()) {
      // An NT box (Restore Status, "Attempting to start…") covers the page: then Ctrl+Shift+Enter.
      if ((await page.locator('[aria-modal="true"]').count()) > 0) await page.keyboard.press('Control+Shift+Enter');
      else await skip.click({ timeout: 1_000 });
    }
    expect(await simulatedSeconds(page)).toBeGreaterThanOrEqual(want);
  }).toPass({ timeout: 30_000 + ms / 10, intervals: [0, 100, 250] });
}

/** Opens the lab from the link and closes the briefing. */
export async function openLab(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const briefing = page.getByRole('dialog', { name: /^Briefing: / });
  await expect(briefing).toBeVisible();
  await pushButton(briefing, 'OK').click();
  await expect(briefing).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
}

/**
 * Puts the console back in order between actions: a finished restore's status box closed, and the
 * programs a step used closed again (never Cluster Administrator: the plan decides about it).
 */
export async function tidy(page: Page): Promise<void> {
  const status = windowNamed(page, 'Restore Status');
  if ((await status.count()) > 0) {
    const ok = pushButton(status, 'OK');
    if (await ok.isDisabled()) return; // a restore still runs (the clock is paused on purpose)
    await ok.click();
    await expect(status).toHaveCount(0);
  }
  for (const app of ['backup', 'services', 'inbox', 'registry-editor', 'event-viewer', 'control-panel'] as const) await exitProgram(page, app);
}
