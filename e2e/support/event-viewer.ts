import { expect, type Locator, type Page } from '@playwright/test';
import { TITLES, chooseMenu, openProgram, pushButton, windowNamed, type Node } from './desktop.ts';

type Log = 'System' | 'Application';

/** Event Viewer on one node: one log at a time, newest first, Event Detail on double-click. */
export class EventViewer {
  log: Log = 'System';
  readonly page: Page;
  readonly node: Node;
  constructor(page: Page, node: Node) {
    this.page = page;
    this.node = node;
  }

  get window(): Locator {
    return windowNamed(this.page, TITLES.eventViewer(this.log, this.node));
  }

  static async open(page: Page, node: Node, log: Log = 'System'): Promise<EventViewer> {
    const ev = new EventViewer(page, node);
    await openProgram(page, 'Event Viewer', /^Event Viewer - /);
    // Event Viewer reopens on the log it showed last.
    ev.log = (await windowNamed(page, TITLES.eventViewer('Application', node)).count()) > 0 ? 'Application' : 'System';
    await ev.show(log);
    return ev;
  }

  /** Log > System / Application; the title follows. */
  async show(log: Log): Promise<void> {
    if (log !== this.log) await chooseMenu(this.page, this.window, 'Log', log);
    this.log = log;
    await expect(this.window).toBeVisible();
  }

  get list(): Locator {
    return this.window.getByRole('table', { name: `${this.log} Log` });
  }

  /** Rows with this source and event number. */
  rows(source: string, eventId: number): Locator {
    return this.list
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: source, exact: true }) })
      .filter({ has: this.page.getByRole('cell', { name: String(eventId), exact: true }) });
  }

  /** Opens the newest such event and checks what Event Detail says, then closes it. */
  async expectEvent(source: string, eventId: number, description: string | RegExp, type: 'Error' | 'Information' | 'Warning' = 'Error'): Promise<void> {
    const row = this.rows(source, eventId).first();
    await expect(row).toBeVisible({ timeout: 15_000 });
    await expect(row.getByRole('cell', { name: this.node, exact: true })).toBeVisible();
    await row.dblclick();
    const detail = windowNamed(this.page, 'Event Detail');
    await expect(detail.getByLabel('Source:')).toHaveText(source);
    await expect(detail.getByLabel('Event ID:')).toHaveText(String(eventId));
    await expect(detail.getByLabel('Type:')).toHaveText(type);
    await expect(detail.getByLabel('Computer:')).toHaveText(this.node);
    await expect(detail.getByLabel('Description:')).toHaveValue(description);
    await pushButton(detail, 'Close').click();
    await expect(detail).toHaveCount(0);
  }

  /** The descriptions of every event with this source and number, newest first (each opened in Event Detail). */
  async descriptions(source: string, eventId: number): Promise<string[]> {
    const rows = this.rows(source, eventId);
    const out: string[] = [];
    for (let i = 0; i < (await rows.count()); i++) {
      await rows.nth(i).dblclick();
      const detail = windowNamed(this.page, 'Event Detail');
      out.push(await detail.getByLabel('Description:').inputValue());
      await pushButton(detail, 'Close').click();
      await expect(detail).toHaveCount(0);
    }
    return out;
  }

  async close(): Promise<void> {
    await chooseMenu(this.page, this.window, 'Log', 'Exit');
    await expect(this.window).toHaveCount(0);
  }
}
