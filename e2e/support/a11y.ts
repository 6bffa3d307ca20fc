import { axeBuilder } from './axe.ts';
import { expect, type Locator, type Page } from '@playwright/test';

/** WCAG 2.0 and 2.1, levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Text whose low contrast is the faithful NT 4.0 look and that WCAG 1.4.3 itself exempts. Only the
 * color-contrast rule skips these elements (every other rule still checks them), and only the
 * nodes axe flags that match these selectors are dropped: nothing else is disabled.
 * - An inactive window's caption: NT 4.0 draws it silver (#c0c0c0) on grey (#808080), 2.1:1. That
 *   dimming is how NT says "not the active window"; the same title reads in full on the window's
 *   taskbar button, and the window's accessible name comes from it whatever its colour.
 * - The Start menu's side banner "Windows NT Server" (aria-hidden): a logotype, which 1.4.3 exempts.
 */
const CONTRAST_EXEMPT = ['.title-bar.inactive .title-bar-text', '.start-menu-banner, .start-menu-banner *'];

type Violation = { id: string; impact?: string | null; help: string; helpUrl: string; nodes: { target: unknown[] }[] };

/** Drops the color-contrast nodes that match CONTRAST_EXEMPT; returns what is left. */
async function withoutExempt(page: Page, violations: Violation[]): Promise<Violation[]> {
  const out: Violation[] = [];
  for (const v of violations) {
    if (v.id !== 'color-contrast') {
      out.push(v);
      continue;
    }
    const targets = v.nodes.map((n) => n.target.map(String));
    const exempt = await page.evaluate(
      ([ts, selectors]) => ts.map((t) => t.length === 1 && !!document.querySelector(t[0])?.matches(selectors.join(', '))),
      [targets, CONTRAST_EXEMPT] as const,
    );
    const nodes = v.nodes.filter((_, i) => !exempt[i]);
    if (nodes.length) out.push({ ...v, nodes });
  }
  return out;
}

const describe = (vs: Violation[]) =>
  vs.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.helpUrl}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)}`).join('\n')}`).join('\n');

/**
 * Runs axe on the whole page. Fails (softly, so one test reports every scene it scans) on any
 * serious or critical violation, printing rule ids, targets and help URLs; lesser ones are logged.
 */
export async function scan(page: Page, scene: string): Promise<void> {
  const result = await axeBuilder(page).withTags(TAGS).analyze();
  const violations = await withoutExempt(page, result.violations as Violation[]);
  if (violations.length) console.warn(`[a11y] ${scene}: ${violations.length} rule(s)\n${describe(violations)}`);
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect.soft(bad.map((v) => v.id), `${scene}: serious/critical axe violations\n${describe(bad)}`).toEqual([]);
}

export type Focus = {
  /** Stable id of the focused element for this page (0: nothing, focus is on <body> or the browser). */
  id: number;
  who: string;
  /** How the focus shows, or null when it does not show. */
  how: string | null;
  /** Whether the focused element is inside this modal box (when a selector was given). */
  inside: boolean;
};

/**
 * The focused element and how its focus shows: an outline on it or on one of its own parts (a
 * tree item's label, a row's cells, a desktop icon's caption, a check box's label), or, for menu
 * items, the highlight bar NT uses for menus.
 */
export function focusState(page: Page, within?: string): Promise<Focus> {
  return page.evaluate((modal) => {
    const w = window as unknown as { a11yIds?: WeakMap<Element, number>; a11yNext?: number };
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { id: 0, who: 'body', how: null, inside: false };
    w.a11yIds ??= new WeakMap();
    if (!w.a11yIds.has(el)) w.a11yIds.set(el, (w.a11yNext = (w.a11yNext ?? 0) + 1));
    const role = el.getAttribute('role') ?? '';
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const who = `${el.tagName.toLowerCase()}${role ? `[role=${role}]` : ''} "${name}"`;
    const ITEM = 'button, a[href], input, select, textarea, [tabindex], [role="treeitem"], [role="option"], [role^="menuitem"], [role="row"]';
    const parts: Element[] = [el, ...el.querySelectorAll('*')].filter((d) => d === el || d.parentElement?.closest(ITEM) === el);
    if (el instanceof HTMLInputElement) parts.push(...(el.labels ?? []));
    let how: string | null = null;
    for (const d of parts) {
      const s = getComputedStyle(d);
      const shown = d.getClientRects().length > 0 && s.visibility !== 'hidden';
      if (shown && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== 'rgba(0, 0, 0, 0)') {
        how = `${s.outlineStyle} outline on ${d === el ? 'itself' : `its ${d.tagName.toLowerCase()}`}`;
        break;
      }
    }
    if (!how && role.startsWith('menuitem') && getComputedStyle(el).backgroundColor === 'rgb(0, 0, 128)') how = 'menu highlight bar';
    return { id: w.a11yIds.get(el)!, who, how, inside: !!modal && !!el.closest(modal) };
  }, within);
}

/** The focused element shows its focus. */
export async function expectFocusVisible(page: Page, what: string): Promise<void> {
  const f = await focusState(page);
  expect(f.id, `${what}: something has focus`).not.toBe(0);
  expect(f.how, `${what}: focus on ${f.who} is visible`).not.toBeNull();
}

/** Presses `key` until `target` has focus, failing after `max` presses. */
export async function pressUntilFocused(page: Page, target: Locator, key = 'Tab', max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** Presses `key` `times` times and returns where focus was after each press. */
export async function walk(page: Page, times: number, key = 'Tab', within?: string): Promise<Focus[]> {
  const stops: Focus[] = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    stops.push(await focusState(page, within));
  }
  return stops;
}
