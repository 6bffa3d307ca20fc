import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The standard scenario for an instructor, with simulated time paused so nothing moves by itself. */
export async function openWithClockPaused(page: Page, scenario = 'standard', title = 'Standard online restore'): Promise<void> {
  await page.goto(`/?speed=20&scenario=${scenario}&mode=instructor`);
  await page.getByRole('dialog', { name: `Briefing: ${title}` }).getByRole('button', { name: 'OK' }).click();
  await chooseClock(page, 'Pause');
}

/** The instructor's clock radio ("Pause", "1×", "10×"), chosen from the keyboard. */
export async function chooseClock(page: Page, name: string): Promise<void> {
  const radio = page.getByRole('complementary', { name: 'Instructor' }).getByRole('radio', { name });
  await radio.focus();
  await radio.press('Space');
  await expect(radio).toBeChecked();
}

/** The top bar's "Skip to next change" button. */
export const skipButton = (lab: Page | FrameLocator): Locator =>
  lab.getByRole('banner', { name: 'Lab' }).getByRole('button', { name: 'Skip to next change', exact: true });

/** The top bar's simulated time, e.g. "9:00:00 AM". */
export const simulatedTime = (page: Page): Locator => page.getByRole('banner', { name: 'Lab' }).getByText(/^Simulated time: \d/);

/**
 * Presses "Skip to next change" until nothing more is due and the button greys out, as a trainee
 * waiting on the cluster would; the clock may run on meanwhile, so a press can find it greyed.
 */
export async function skipUntilQuiet(page: Page, timeout = 150_000): Promise<void> {
  const skip = skipButton(page);
  await expect(async () => {
    if (await skip.isEnabled()) await skip.click({ timeout: 1_000 });
    await expect(skip).toBeDisabled({ timeout: 250 });
  }).toPass({ timeout, intervals: [0] });
}

/**
 * Presses "Skip to next change" until `done` holds, as a trainee waiting out a long restore or a
 * replaying store would (each press reaches the next change, so none goes past what `done` waits
 * for). The clock may run on meanwhile, so a press can find the button greyed.
 */
export async function skipUntil(lab: Page | FrameLocator, done: () => Promise<boolean>, timeout = 30_000): Promise<void> {
  const skip = skipButton(lab);
  // An NT box (Restore Status, "Attempting to start…") covers the page: then Ctrl+Shift+Enter.
  const modal = lab.locator('[aria-modal="true"]');
  const pressSkipKey = () => ('keyboard' in lab ? lab.keyboard.press('Control+Shift+Enter') : modal.first().press('Control+Shift+Enter'));
  await expect(async () => {
    if (await done()) return;
    if (await skip.isEnabled()) {
      if ((await modal.count()) > 0) await pressSkipKey();
      else await skip.click({ timeout: 1_000 });
    }
    expect(await done()).toBe(true);
  }).toPass({ timeout, intervals: [0, 100, 250] });
}
