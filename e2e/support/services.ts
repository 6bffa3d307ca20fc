import { expect, type Locator, type Page } from '@playwright/test';
import { TITLES, menuItem, messageBox, openProgram, pushButton, windowNamed, type Node } from './desktop.ts';
import { skipUntil } from './paused-clock.ts';

export const SVC = {
  sa: 'Microsoft Exchange System Attendant',
  ds: 'Microsoft Exchange Directory',
  is: 'Microsoft Exchange Information Store',
  mta: 'Microsoft Exchange Message Transfer Agent',
} as const;

/** Control Panel > Services: the list (Service, Status, Startup) and its button column. */
export class Services {
  readonly window: Locator;
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
    this.window = windowNamed(page, TITLES.services);
  }

  /** From its desktop shortcut. */
  static async open(page: Page): Promise<Services> {
    await openProgram(page, 'Services', TITLES.services);
    return new Services(page);
  }

  /** The way Q238063 words it: Start > Settings > Control Panel, then the Services applet. */
  static async openFromControlPanel(page: Page): Promise<Services> {
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await menuItem(page, 'Settings').hover();
    await menuItem(page, 'Control Panel').click();
    const cp = windowNamed(page, TITLES.controlPanel);
    await cp.getByRole('listbox', { name: 'Control Panel' }).getByRole('option', { name: 'Services', exact: true }).dblclick();
    const s = new Services(page);
    await expect(s.window).toBeVisible();
    return s;
  }

  row(name: string): Locator {
    return this.window.getByRole('row', { name: new RegExp(`^${name}\\b`) });
  }
  status(name: string): Locator {
    return this.row(name).getByRole('cell').nth(1);
  }
  button(name: string): Locator {
    return pushButton(this.window, name);
  }
  get progress(): Locator {
    return windowNamed(this.page, 'Service Control');
  }
  get failure(): Locator {
    return messageBox(this.page, 'Service Control');
  }

  async expectStatus(name: string, status: 'Started' | 'Stopped' | 'Start Pending' | 'Stop Pending', timeout = 30_000): Promise<void> {
    await expect(this.status(name)).toHaveText(status === 'Stopped' ? '' : status, { timeout });
  }

  /**
   * Select, Start; the "Attempting to start…" box stays up while the world says Start Pending (a
   * normal start: at 20× a few hundred milliseconds, too short to assert on reliably; a replay after
   * a restore: minutes, waited out with Skip to next change) and the status says Started.
   */
  async startOk(name: string): Promise<void> {
    await this.row(name).click();
    await this.button('Start').click();
    await skipUntil(this.page, async () => (await this.status(name).textContent()) === 'Started');
    await this.expectStatus(name, 'Started');
    await expect(this.progress).toHaveCount(0);
    await expect(this.failure).toHaveCount(0);
  }

  /** Starts a service that must fail; checks the exact text of the error box and closes it. */
  async startFails(name: string, text: string): Promise<void> {
    await this.row(name).click();
    await this.button('Start').click();
    await expect(this.failure).toBeVisible({ timeout: 30_000 });
    // Text matching normalises white space: the box's blank line between the two sentences is one space.
    await expect(this.failure.getByText(text.replace(/\s+/g, ' '), { exact: true })).toBeVisible();
    await pushButton(this.failure, 'OK').click();
    await expect(this.failure).toHaveCount(0);
  }

  /** Stop with the Q162353 question about running dependants answered Yes. */
  async stopWithDependants(name: string, dependants: string[]): Promise<void> {
    await this.row(name).click();
    await this.button('Stop').click();
    const ask = messageBox(this.page, 'Services');
    await expect(ask).toContainText(`When ${name} stops, these other services will also stop.`);
    for (const d of dependants) await expect(ask).toContainText(d);
    await pushButton(ask, 'Yes').click();
    await expect(this.progress).toHaveCount(0, { timeout: 30_000 });
    await this.expectStatus(name, 'Stopped');
    for (const d of dependants) await this.expectStatus(d, 'Stopped');
  }

  async close(): Promise<void> {
    await this.button('Close').click();
    await expect(this.window).toHaveCount(0);
  }
}

/** The applet's error boxes (domain §9.3). */
export const couldNotStart = (service: string, node: Node, error: string) => `Could not start the ${service} service on \\\\${node}.\n\n${error}`;
