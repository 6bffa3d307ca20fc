import { expect, type Locator, type Page } from '@playwright/test';

/** Screens an instructor meets: a classroom projector, a small one, a laptop. */
export const PROJECTOR_SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

type Box = { x: number; y: number; width: number; height: number };

export async function box(l: Locator): Promise<Box> {
  const b = await l.boundingBox();
  expect(b, 'the element is on screen').not.toBeNull();
  return b!;
}

/** Whether two boxes share any area (touching edges do not count). */
export const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** Whether `inner` lies entirely inside `outer` (half a pixel of rounding allowed). */
export const within = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

/** Opens a scenario by deep link in a mode and closes its briefing. */
export async function openScenario(page: Page, mode: 'practice' | 'instructor' | 'assessment', scenario = 'standard', title = 'Standard online restore'): Promise<void> {
  await page.goto(`/?speed=20&scenario=${scenario}&mode=${mode}`);
  const briefing = page.getByRole('dialog', { name: `Briefing: ${title}`, exact: true });
  await briefing.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** The panels beside (or over) the console that are showing: the mode's panel, the map. */
export const visiblePanels = (page: Page) => page.getByRole('complementary').filter({ visible: true });

/**
 * No program window shares any pixel with a visible panel, and every window is inside the desktop,
 * once the layout has settled: after a reload the pinned panel and the window's pull back into the
 * desktop (a ResizeObserver) land a frame or two after the window first shows.
 */
export async function expectWindowsClearOfPanels(page: Page, node = 'NODE1'): Promise<void> {
  await expect(async () => {
    const desktop = await box(page.getByRole('main', { name: `${node} desktop` }));
    const windows = page.getByRole('main', { name: `${node} desktop` }).getByRole('dialog').filter({ visible: true });
    const panels = visiblePanels(page);
    for (const w of await windows.all()) {
      const wb = await box(w);
      expect(within(wb, desktop), `window ${JSON.stringify(wb)} inside the desktop ${JSON.stringify(desktop)}`).toBe(true);
      for (const p of await panels.all()) {
        const pb = await box(p);
        expect(overlaps(wb, pb), `window ${JSON.stringify(wb)} clear of panel "${await p.getAttribute('aria-label')}" ${JSON.stringify(pb)}`).toBe(false);
      }
    }
  }).toPass({ timeout: 5_000 });
}

/** A column header of a list, fully inside the list's visible area. */
export async function expectColumnVisible(list: Locator, name: string): Promise<void> {
  const header = list.getByRole('columnheader', { name, exact: true });
  await expect(header).toBeVisible();
  // The list's scrolling pane (the table's parent) clips what is not in view.
  const pane = await box(list.locator('xpath=..'));
  expect(within(await box(header), pane), `column ${name} fully visible`).toBe(true);
}

/** Whether an element's content fits in its box (nothing cut off or ellipsised). */
const fitsItsBox = (l: Locator) => l.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight);

/**
 * The lab's top bar is one row: every control (and the scenario title) shares that row, lies
 * inside the viewport and shows its whole label; the bar is no taller than a row.
 */
export async function expectTopBarOnOneRow(page: Page, title = 'Standard online restore'): Promise<void> {
  const bar = page.getByRole('banner', { name: 'Lab' });
  const barBox = await box(bar);
  const viewport = page.viewportSize()!;
  const controls = await bar.getByRole('button').or(bar.getByRole('combobox')).filter({ visible: true }).all();
  expect(controls.length, 'the top bar has its controls').toBeGreaterThan(5);
  const boxes = await Promise.all(controls.map(box));
  const rowHeight = Math.max(...boxes.map((b) => b.height));
  expect(barBox.height, 'the top bar is one row high').toBeLessThan(rowHeight * 1.5 + 8);
  const middle = barBox.y + barBox.height / 2;
  for (const [i, c] of controls.entries()) {
    const b = boxes[i];
    const name = (await c.getAttribute('aria-label')) ?? (await c.textContent());
    expect(Math.abs(b.y + b.height / 2 - middle), `"${name}" sits on the one row`).toBeLessThan(3);
    expect(b.x >= 0 && b.x + b.width <= viewport.width, `"${name}" inside the viewport`).toBe(true);
    expect(await fitsItsBox(c), `"${name}" shows its whole label`).toBe(true);
  }
  const titleText = bar.getByText(title, { exact: true });
  expect(await fitsItsBox(titleText), 'the scenario title is whole').toBe(true);
}
