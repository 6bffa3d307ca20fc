import { expect, test, type Locator, type Page } from '@playwright/test';
import { readyDesktop, scenarioUrl, startButton } from './support/restore-flow.ts';
import { SHOTS } from './support/shots.ts';

/**
 * Seeded monkey: hundreds of random but valid UI actions per seed (clicks on buttons, menu items,
 * tree items, rows, check boxes; typing; keys; title-bar drags; reloads). After every step: no page
 * error, no console error, never a blank screen; after a reload the saved attempt comes back.
 * MONKEY_SEEDS="1,2,3" (default) or a range "1-20"; MONKEY_STEPS (default 300); MONKEY_LOG=1 prints
 * every action list and screenshots the end state.
 * A failing seed is in the test title; its action list is printed and attached.
 */

function seedsFromEnv(raw = process.env.MONKEY_SEEDS ?? '1,2,3'): number[] {
  const range = /^(\d+)-(\d+)$/.exec(raw.trim());
  if (range) return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i);
  return raw.split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n));
}
const SEEDS = seedsFromEnv();
const STEPS = Number(process.env.MONKEY_STEPS ?? 300);

/** mulberry32: small, fast, good enough to pick actions. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] };
}
type Rng = ReturnType<typeof prng>;

type Role = Parameters<Page['getByRole']>[0];
const CLICKABLE: Role[] = ['button', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'treeitem', 'row', 'checkbox', 'option', 'tab', 'radio', 'combobox'];
const OPENABLE: Role[] = ['option', 'row', 'treeitem'];
const KEYS = ['Escape', 'Enter', 'Tab', 'Shift+Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Alt+F4', 'Shift+F10', 'Space', 'Home', 'End', 'Delete', 'Control+Escape'];
const TEXTS = ['EXCHVS1', 'NODE1', 'Administrator', 'Restore test', 'cluadmin', 'regedt32', 'x', '0', '  ', 'é€"<b>', '\\\\EXCHVS1'];

/** A random visible element having one of `roles` (inside `scope`), or null. */
async function randomOf(rng: Rng, scope: Page | Locator, roles: readonly Role[]): Promise<Locator | null> {
  const all = roles.map((r) => scope.getByRole(r)).reduce((a, b) => a.or(b)).filter({ visible: true });
  const n = await all.count();
  return n ? all.nth(rng.int(n)) : null;
}

/**
 * Where to act: mostly inside an open message box (it blocks the rest), often inside a random
 * open window, otherwise anywhere (desktop, taskbar, top bar, coach, map).
 */
async function pickScope(page: Page, rng: Rng): Promise<Page | Locator> {
  const box = page.getByRole('alertdialog').filter({ visible: true }).last();
  if ((await box.count()) && rng.next() < 0.8) return box;
  if (rng.next() < 0.5) {
    const w = await randomOf(rng, page, ['dialog']);
    if (w) return w;
  }
  return page;
}

/** Where the element is and what it says (for the action log), in one round trip. */
async function describe(el: Locator): Promise<{ x: number; y: number; name: string } | null> {
  return el
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      const name = (e.getAttribute('aria-label') || (e as HTMLElement).innerText || '').trim().replace(/\s+/g, ' ').slice(0, 50);
      return { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 8), name };
    }, undefined, { timeout: 1000 })
    .catch(() => null);
}

/** A non-blank screen: the desktop, a powered-off console, or a scenario dialog. */
const somethingShown = (page: Page) =>
  startButton(page)
    .or(page.getByRole('main', { name: /^NODE\d console$/ }))
    .or(page.getByRole('dialog', { name: /^(Scenarios|Briefing)/ }))
    .first();

/** What must come back after a reload: the scenario, and (while the attempt runs) the open programs. */
async function savedState(page: Page) {
  const bar = page.getByRole('banner', { name: 'Lab' });
  const scenario = (await bar.count()) ? (await bar.innerText()).split('\n')[0].trim() : null;
  const running = (await bar.getByRole('button', { name: 'Stop…' }).count()) > 0;
  const windows = (await page.getByRole('list', { name: 'Open windows' }).getByRole('button').count());
  return { scenario, running, windows };
}

async function act(page: Page, rng: Rng, log: string[], what: string, roles: readonly Role[], how: (x: number, y: number) => Promise<void>) {
  const el = await randomOf(rng, await pickScope(page, rng), roles);
  const at = el && (await describe(el));
  if (!at) return void log.push(`${what}: nothing there`);
  log.push(`${what} "${at.name}"`);
  await how(at.x, at.y);
}

async function step(page: Page, rng: Rng, log: string[]): Promise<void> {
  const roll = rng.next();
  if (roll < 0.42) {
    await act(page, rng, log, 'click', CLICKABLE, (x, y) => page.mouse.click(x, y));
  } else if (roll < 0.54) {
    await act(page, rng, log, 'double-click', OPENABLE, (x, y) => page.mouse.dblclick(x, y));
  } else if (roll < 0.6) {
    await act(page, rng, log, 'right-click', ['row', 'treeitem', 'option'], (x, y) => page.mouse.click(x, y, { button: 'right' }));
  } else if (roll < 0.68) {
    const text = rng.pick(TEXTS);
    await act(page, rng, log, `type "${text}" into`, ['textbox', 'combobox', 'spinbutton'], async (x, y) => {
      await page.mouse.click(x, y);
      await page.keyboard.type(text);
    });
  } else if (roll < 0.915) {
    const key = rng.pick(KEYS);
    log.push(`press ${key}`);
    await page.keyboard.press(key);
  } else if (roll < 0.985) {
    const w = await randomOf(rng, page, ['dialog']);
    const box = w && (await w.boundingBox({ timeout: 1000 }).catch(() => null));
    if (!box) return void log.push('drag: no window');
    const [x, y] = [box.x + 30, box.y + 10];
    const [tx, ty] = [rng.int(1200), rng.int(700)];
    log.push(`drag title bar (${Math.round(x)},${Math.round(y)}) to (${tx},${ty})`);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(tx, ty, { steps: 4 });
    await page.mouse.up();
  } else {
    const before = await savedState(page);
    log.push(`reload (${JSON.stringify(before)})`);
    await page.reload();
    await expect(somethingShown(page)).toBeVisible({ timeout: 15_000 });
    const after = await savedState(page);
    expect(after.scenario, 'the same scenario after a reload').toBe(before.scenario);
    if (before.running) expect(after.windows, 'the same programs open after a reload').toBe(before.windows);
  }
}

// Seeds are independent: let them share the workers.
test.describe.configure({ mode: 'parallel' });

for (const seed of SEEDS) {
  test(`monkey seed ${seed}`, async ({ page }, testInfo) => {
    // About 30–50 s on a quiet 2-core machine; room for a busy one.
    test.setTimeout(240_000);
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('dialog', (d) => void d.dismiss());
    const rng = prng(seed);
    const log: string[] = [];
    await page.goto(scenarioUrl(20));
    await readyDesktop(page);
    try {
      for (let i = 0; i < STEPS; i++) {
        await step(page, rng, log);
        expect(problems, `after step ${i + 1}: ${log.at(-1)}`).toEqual([]);
        await expect(somethingShown(page), `blank screen after step ${i + 1}: ${log.at(-1)}`).toBeVisible({ timeout: 5000 });
      }
    } catch (error) {
      const list = log.map((a, i) => `${String(i + 1).padStart(3)}. ${a}`).join('\n');
      console.error(`Monkey seed ${seed} failed after ${log.length} actions:\n${list}`);
      await testInfo.attach(`monkey-seed-${seed}-actions.txt`, { body: list, contentType: 'text/plain' });
      throw error;
    }
    expect(log.length).toBe(STEPS);
    if (process.env.MONKEY_LOG) {
      console.warn(log.map((a, i) => `${i + 1}. ${a}`).join('\n'));
      await page.screenshot({ path: `${SHOTS}/monkey-${seed}.png` });
    }
  });
}
