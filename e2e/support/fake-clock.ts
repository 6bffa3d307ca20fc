import type { Page } from '@playwright/test';

/**
 * Playwright's fake clock without races. It is installed at a fixed instant and then flows with
 * real time, so a test never reads the page's time to pick a pause point: a pause jumps a whole
 * day past the install instant (always in the future, whatever the test did before; Playwright
 * fires each due timer at most once on such a jump, and the lab's scheduler ticks a fixed amount
 * per timer call, so the jump moves simulated time by at most one tick).
 */
const INSTALLED_AT = Date.UTC(2026, 0, 1, 9, 0, 0);
const DAY_MS = 24 * 60 * 60 * 1000;
const pauses = new WeakMap<Page, number>();

/** Call before `page.goto`. */
export async function installFakeClock(page: Page): Promise<void> {
  await page.clock.install({ time: INSTALLED_AT });
}

/** Stops the page's timers until `page.clock.runFor` or `page.clock.resume`. */
export async function pausePageTimers(page: Page): Promise<void> {
  const n = (pauses.get(page) ?? 0) + 1;
  pauses.set(page, n);
  await page.clock.pauseAt(INSTALLED_AT + n * DAY_MS);
}
