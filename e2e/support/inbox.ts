import { expect, type Locator, type Page } from '@playwright/test';
import { TITLES, menuItem, openProgram, windowNamed } from './desktop.ts';

/** The Exchange client: KB step 7c's test message with a delivery receipt. */
export class Inbox {
  readonly window: Locator;
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
    this.window = windowNamed(page, TITLES.inbox);
  }

  static async open(page: Page): Promise<Inbox> {
    await openProgram(page, 'Inbox', TITLES.inbox);
    return new Inbox(page);
  }

  messages(folder = 'Inbox'): Locator {
    return this.window.getByRole('table', { name: `${folder} messages` });
  }

  /** Compose > New Message to Administrator, with Request a delivery receipt ticked, Send. */
  async sendTestMessage(subject = 'Restore test'): Promise<void> {
    await this.window.getByRole('menuitem', { name: 'Compose', exact: true }).click();
    await menuItem(this.page, 'New Message').click();
    const compose = windowNamed(this.page, 'New Message');
    await compose.getByLabel('To', { exact: true }).fill('Administrator');
    await compose.getByLabel('Subject', { exact: true }).fill(subject);
    await compose.getByLabel('Message text').fill('Testing mail flow after the online restore (Q238063 step 7c).');
    await compose.getByRole('tab', { name: 'Options' }).click();
    await compose.getByText('Request a delivery receipt').click();
    await expect(compose.getByRole('checkbox', { name: 'Request a delivery receipt' })).toBeChecked();
    await compose.getByRole('button', { name: 'Send' }).click();
    await expect(compose).toHaveCount(0);
  }

  /** The message and its delivery report arrive in the Inbox. */
  async expectDelivered(subject = 'Restore test'): Promise<void> {
    const list = this.messages();
    await expect(list.getByRole('row', { name: new RegExp(`Delivered: ${subject}`) })).toBeVisible({ timeout: 20_000 });
    await expect(list.getByRole('row', { name: new RegExp(`Administrator ${subject}`) })).toBeVisible();
  }
}
