import { expect, test, type Page } from '@playwright/test';

/** The checks for saved data (zod) load only when there is something saved to check. */

const ZOD = 'ZodError';

const hint = (page: Page) => page.getByRole('complementary', { name: 'Coach' }).getByRole('button', { name: 'Hint 1: Nudge (costs 2 points)' }).click();

/** Records the body of every script the page loads. */
function scriptsOf(page: Page): Map<string, string> {
  const scripts = new Map<string, string>();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') void r.text().then((body) => scripts.set(r.url(), body), () => {});
  });
  return scripts;
}

test('a first visit never fetches zod; after an attempt is saved, a reload fetches the checks and resumes it', async ({ page }) => {
  const scripts = scriptsOf(page);
  await page.goto('/?speed=20&scenario=standard&mode=practice');
  await page.getByRole('dialog', { name: 'Briefing: Standard online restore' }).getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect.poll(() => scripts.size).toBeGreaterThan(0);
  expect([...scripts.values()].some((body) => body.includes(ZOD))).toBe(false);

  await hint(page);
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Coach' }).getByRole('list', { name: 'Hints taken' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: /^Briefing/ })).toHaveCount(0);
  await expect.poll(() => [...scripts.values()].some((body) => body.includes(ZOD))).toBe(true);
});

test('checks that cannot load (offline, a stale deploy): the lab starts clean, says so, and leaves the save as it is', async ({ page }) => {
  const save = JSON.stringify({ state: { inProgress: {}, finished: [], settings: { clockSpeed: 5, mapVisible: true } }, version: 2 });
  await page.addInitScript((s) => localStorage.setItem('crl.history', s), save);
  await page.route('**/*.js', async (route) => {
    const response = await route.fetch();
    if ((await response.text()).includes(ZOD)) return route.abort('internetdisconnected');
    return route.fulfill({ response });
  });
  await page.goto('/?speed=20');
  const banner = page.getByRole('alert', { name: 'Saved data problems' });
  await expect(banner).toContainText('Your saved history could not be checked (part of the lab did not load: the network may be off, or the lab was updated), so the lab started clean.');
  await expect(page.getByRole('complementary', { name: 'Scenarios' })).toBeVisible();
  await page.getByRole('complementary', { name: 'Scenarios' }).getByRole('listitem', { name: 'Standard online restore', exact: true }).getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('dialog', { name: 'Briefing: Standard online restore' }).getByRole('button', { name: 'OK' }).click();
  await hint(page);
  await page.evaluate(() => dispatchEvent(new Event('pagehide')));
  expect(await page.evaluate(() => localStorage.getItem('crl.history'))).toBe(save);
});
