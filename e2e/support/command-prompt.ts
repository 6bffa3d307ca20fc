import { expect, type Locator, type Page } from '@playwright/test';

/** A node's Command Prompt window, driven from the keyboard as a trainee types. */
export class CommandPrompt {
  readonly page: Page;
  readonly window: Locator;
  readonly output: Locator;
  readonly input: Locator;

  constructor(page: Page) {
    this.page = page;
    this.window = page.getByRole('dialog', { name: 'Command Prompt', exact: true });
    this.output = this.window.getByRole('log', { name: 'Command Prompt output' });
    this.input = this.window.getByRole('textbox', { name: /^(Command|Answer)$/ });
  }

  /** Start ▸ Programs ▸ Command Prompt. */
  static async open(page: Page): Promise<CommandPrompt> {
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Programs', exact: true }).hover();
    await page.getByRole('menuitem', { name: 'Command Prompt', exact: true }).click();
    const cmd = new CommandPrompt(page);
    await expect(cmd.window).toBeVisible();
    await expect(cmd.input).toBeFocused();
    return cmd;
  }

  /** Types a line and presses Enter, then waits for the next prompt (or question). */
  async type(line: string): Promise<void> {
    await this.input.fill(line);
    await this.page.keyboard.press('Enter');
    await expect(this.input).toHaveValue('');
  }

  /** Types exit: cmd.exe ends and its window closes. */
  async exit(): Promise<void> {
    await this.input.fill('exit');
    await this.page.keyboard.press('Enter');
    await expect(this.window).toHaveCount(0);
  }

  /** Waits until the command finished: the screen ends with the prompt again. */
  async waitForPrompt(prompt = 'C:\\>'): Promise<void> {
    await expect(this.output).toHaveText(new RegExp(`${prompt.replace(/\\/g, '\\\\')}$`), { timeout: 30_000 });
  }
}
