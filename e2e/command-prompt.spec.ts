import { expect, test } from '@playwright/test';
import { CommandPrompt } from './support/command-prompt.ts';
import { activateFromTaskbar } from './support/desktop.ts';
import { coach, openScenario } from './support/scenario.ts';
import { SHOTS } from './support/shots.ts';

/** Issue 10: cmd.exe on each node. Every command acts through the events the windows send. */


test('net stop asks (Y/N) [N] before stopping dependants; history ↑/↓; unknown command', async ({ page }) => {
  await openScenario(page, 'standard');
  const cmd = await CommandPrompt.open(page);
  await expect(cmd.output).toContainText('Microsoft(R) Windows NT(TM)');

  await cmd.type('frobnicate');
  await expect(cmd.output).toContainText('The name specified is not recognized as an');
  await expect(cmd.output).toContainText('internal or external command, operable program or batch file.');

  await cmd.type('net stop "Microsoft Exchange Directory"');
  await expect(cmd.output).toContainText('The following services are dependent on the Microsoft Exchange Directory service.');
  await expect(cmd.output).toContainText('Do you want to continue this operation? (Y/N) [N]:');
  await expect(cmd.window.getByRole('textbox', { name: 'Answer' })).toBeFocused();
  await cmd.type('N');
  await cmd.waitForPrompt();

  await cmd.type('net start');
  await expect(cmd.output).toContainText('These Windows NT services are started:');
  await expect(cmd.output).toContainText('   Microsoft Exchange Directory');

  // ↑ recalls the newest line first, ↓ walks back towards an empty line.
  await page.keyboard.press('ArrowUp');
  await expect(cmd.input).toHaveValue('net start');
  await page.keyboard.press('ArrowUp');
  await expect(cmd.input).toHaveValue('net stop "Microsoft Exchange Directory"');
  await page.keyboard.press('ArrowDown');
  await expect(cmd.input).toHaveValue('net start');
  await page.keyboard.press('ArrowDown');
  await expect(cmd.input).toHaveValue('');

  await cmd.type('set _CLUSTER_NETWORK_NAME_=EXCHVS1');
  await cmd.type('set _C');
  await expect(cmd.output).toContainText('_CLUSTER_NETWORK_NAME_=EXCHVS1');
  await page.screenshot({ path: `${SHOTS}/net-stop-history.png` });

  // Answering Y stops the MTA, then the Directory: the cluster sees its resources die (F12).
  await cmd.type('net stop MSExchangeDS');
  await cmd.type('y');
  await expect(cmd.output).toContainText('The Microsoft Exchange Directory service was stopped successfully.', { timeout: 30_000 });
  await expect(coach(page).getByRole('region', { name: 'What went wrong' }).getByRole('heading')).toHaveText('Mistake: F12: The cluster reacted to a failure');
});

test('cluster resource /online after the restore is F2 on the coach; cluadmin and exit', async ({ page }) => {
  // This scenario starts right after KB steps 1–6 (the restore has completed on NODE1).
  await openScenario(page, 'f11-organisation-mismatch');
  const cmd = await CommandPrompt.open(page);
  await cmd.type('cluster resource "Microsoft Exchange Directory" /online');
  await expect(cmd.output).toContainText("Bringing resource 'Microsoft Exchange Directory' online...");
  await expect(cmd.output).toContainText('Microsoft Exchange Directory Exchange Cluster     NODE1           Online Pending');
  await expect(coach(page).getByRole('region', { name: 'What went wrong' }).getByRole('heading'))
    .toHaveText('Mistake: F2: Directory failed: Restore in Progress key wiped', { timeout: 30_000 });

  await cmd.type('cluster group');
  await expect(cmd.output).toContainText('Listing status for all available resource groups:');
  await page.screenshot({ path: `${SHOTS}/cluster-f2.png` });

  await cmd.type('cluadmin');
  await expect(page.getByRole('dialog', { name: /^Cluster Administrator/ })).toBeVisible();
  await activateFromTaskbar(page, 'Command Prompt');
  await cmd.input.click();
  await cmd.exit();
});

test('Run… cmd opens the prompt on the node of the console', async ({ page }) => {
  await openScenario(page, 'standard');
  await page.getByRole('group', { name: 'Console' }).getByRole('button', { name: 'NODE2', exact: true }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.keyboard.press('r');
  await page.getByLabel('Open:').fill('cmd');
  await page.keyboard.press('Enter');
  const cmd = new CommandPrompt(page);
  await expect(cmd.input).toBeFocused();
  await cmd.type('echo %COMPUTERNAME%');
  await expect(cmd.output).toContainText('NODE2');
});
