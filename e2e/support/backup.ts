import { expect, type Locator, type Page } from '@playwright/test';
import { TITLES, chooseMenu, menuItem, messageBox, openProgram, pushButton, windowNamed } from './desktop.ts';
import { skipUntil } from './paused-clock.ts';

export type RestoreChoice = { destination?: string; erase?: boolean };

/** Windows NT Backup: the Tapes window, Restore Information and Restore Status. */
export class Backup {
  readonly window: Locator;
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
    this.window = windowNamed(page, TITLES.backup);
  }

  static async open(page: Page): Promise<Backup> {
    await openProgram(page, 'Backup', TITLES.backup);
    return new Backup(page);
  }

  tick(name: 'Directory' | 'Information Store' | 'Set 1'): Locator {
    return this.window.getByRole('checkbox', { name, exact: true });
  }
  get restoreButton(): Locator {
    return this.window.getByRole('toolbar', { name: 'Toolbar' }).getByRole('button', { name: 'Restore', exact: true });
  }
  get restoreInformation(): Locator {
    return this.page.getByRole('dialog', { name: 'Restore Information' });
  }
  get restoreStatus(): Locator {
    return this.page.getByRole('dialog', { name: 'Restore Status' });
  }
  get errorBox(): Locator {
    return messageBox(this.page, 'Backup');
  }
  /** The Information Store page of Restore Information, where the destination can be changed. */
  get storePage(): Locator {
    return this.restoreInformation.getByRole('group', { name: 'Set 2 of 2' });
  }

  /** KB steps 4–6: tick both databases, Restore, destination and Erase all existing data, OK. */
  async startRestore({ destination = 'EXCHVS1', erase = true }: RestoreChoice = {}): Promise<void> {
    await this.tick('Directory').check();
    await this.tick('Information Store').check();
    await this.restoreButton.click();
    await expect(this.restoreInformation).toBeVisible();
    await expect(this.restoreInformation.getByRole('group', { name: 'Set 1 of 2' })).toContainText('Destination Server:EXCHVS1');
    await this.storePage.getByRole('combobox', { name: 'Destination Server', exact: true }).fill(destination);
    const eraseBox = this.storePage.getByRole('checkbox', { name: 'Erase all existing data' });
    if (erase) await eraseBox.check();
    else await eraseBox.uncheck();
    await expect(this.storePage.getByRole('checkbox', { name: 'Private' })).toBeChecked();
    await expect(this.storePage.getByRole('checkbox', { name: 'Public' })).toBeChecked();
    await pushButton(this.restoreInformation, 'OK').click();
    await expect(this.restoreInformation).toHaveCount(0);
  }

  /** Waits out the restore (minutes from the DLT: Skip to next change), then closes Restore Status with OK. */
  async expectRestoreCompleted(): Promise<void> {
    const status = this.restoreStatus;
    await skipUntil(this.page, async () => ((await status.textContent()) ?? '').includes('Restore completed.'));
    await expect(status).toContainText('Restore completed.');
    await expect(status.getByRole('progressbar', { name: 'Restore progress' })).toHaveAttribute('aria-valuenow', '100');
    await expect(status.getByRole('log')).toContainText('The operation was successfully completed.');
    await expect(this.errorBox).toHaveCount(0);
    await pushButton(status, 'OK').click();
    await expect(status).toHaveCount(0);
  }

  /** The refused restore: the error box's exact text, then Restore Status saying it did not complete. */
  async expectRestoreRefused(text: string): Promise<void> {
    await expect(this.errorBox.getByText(text, { exact: true })).toBeVisible();
    await pushButton(this.errorBox, 'OK').click();
    await expect(this.errorBox).toHaveCount(0);
    await expect(this.restoreStatus).toContainText('The operation did not complete.');
    await pushButton(this.restoreStatus, 'OK').click();
    await expect(this.restoreStatus).toHaveCount(0);
  }

  /** Operations > Microsoft Exchange... (Q146306). */
  get exchangeDialog(): Locator {
    return windowNamed(this.page, 'Microsoft Exchange');
  }
  /** The Microsoft Exchange window inside Backup, once connected. */
  get exchangePane(): Locator {
    return this.window.getByRole('region', { name: 'Microsoft Exchange', exact: true });
  }

  /** Opens the Microsoft Exchange dialog, types `server` and presses Connect. */
  async connectExchange(server: string): Promise<void> {
    await chooseMenu(this.page, this.window, 'Operations', 'Microsoft Exchange...');
    await expect(this.exchangeDialog).toBeVisible();
    await this.exchangeDialog.getByRole('textbox', { name: 'Server:' }).fill(server);
    await pushButton(this.exchangeDialog, 'Connect').click();
    await expect(this.exchangeDialog).toHaveCount(0);
  }

  async exit(): Promise<void> {
    await this.window.getByRole('menubar').getByRole('menuitem', { name: 'Operations', exact: true }).click();
    await menuItem(this.page, 'Exit').click();
    await expect(this.window).toHaveCount(0);
  }
}

/** What NT Backup says when it cannot restore (Q147121's form). */
export const unableToRestore = (server: string, item: 'Microsoft Exchange Directory' | 'Microsoft Exchange Information Store') =>
  `Unable to restore data to ${server}\\${item}, Check the application event log for more information.`;
