import { expect, test, type Page } from '@playwright/test';
import { axeBuilder } from './support/axe.ts';
import { CommandPrompt } from './support/command-prompt.ts';
import { activateFromTaskbar, pressUntilFocused, pushButton, treeChild, windowNamed } from './support/desktop.ts';
import { coach, openScenario } from './support/scenario.ts';
import { SHOTS } from './support/shots.ts';

/** Issue 10 item 10: `regedit` is Regedit.exe, not Regedt32; Q200941 says why the key needs Regedt32. */

const RIP = ['HKEY_LOCAL_MACHINE', 'SYSTEM', 'CurrentControlSet', 'Services', 'MSExchangeIS', 'Restore in Progress'];

const regedit = (page: Page) => windowNamed(page, 'Registry Editor');
const keys = (page: Page) => regedit(page).getByRole('tree', { name: 'Registry keys' });
const valueRow = (page: Page, name: string) => regedit(page).getByRole('table', { name: 'Values' }).getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });

/** Walks the tree from My Computer with the keyboard: Right opens a key, Right again enters it, a letter finds the child. */
async function goToKey(page: Page, path: string[]): Promise<void> {
  const computer = keys(page).getByRole('treeitem', { name: 'My Computer', exact: true });
  await computer.focus();
  let parent = computer;
  for (const name of path) {
    await expect(parent).toHaveAttribute('aria-expanded', /true|false/);
    if ((await parent.getAttribute('aria-expanded')) === 'false') await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const child = treeChild(parent, name);
    await pressUntilFocused(page, child, name[0]);
    parent = child;
  }
  await expect(parent).toHaveAttribute('aria-selected', 'true');
}

test('regedit at the Command Prompt opens Regedit: one My Computer tree, REG_MULTI_SZ as binary; saving it from Edit Binary Value breaks the store (Q200941)', async ({ page }) => {
  // Steps 1–6 are done: the restore has completed on NODE1 and both keys are there.
  await openScenario(page, 'f11-organisation-mismatch');
  const cmd = await CommandPrompt.open(page);
  await cmd.type('regedit');
  await expect(regedit(page)).toBeVisible();

  // The Windows 95-style editor: four menus, no Security menu, no Read Only Mode.
  const menubar = regedit(page).getByRole('menubar');
  await expect(menubar.getByRole('menuitem')).toHaveText(['Registry', 'Edit', 'View', 'Help']);
  await expect(page.getByRole('menuitemcheckbox', { name: 'Read Only Mode' })).toHaveCount(0);
  const computer = keys(page).getByRole('treeitem', { name: 'My Computer', exact: true });
  for (const root of ['HKEY_CLASSES_ROOT', 'HKEY_CURRENT_USER', 'HKEY_LOCAL_MACHINE', 'HKEY_USERS', 'HKEY_CURRENT_CONFIG']) await expect(treeChild(computer, root)).toBeVisible();
  await expect(keys(page).getByRole('treeitem', { level: 2 })).toHaveCount(5);
  await expect(keys(page).getByRole('treeitem', { level: 1 })).toHaveCount(1);
  await expect(computer).toHaveAttribute('aria-expanded', 'true');

  await goToKey(page, RIP);
  await expect(regedit(page).getByText(`My Computer\\${RIP.join('\\')}`, { exact: true })).toBeVisible();
  await expect(valueRow(page, '(Default)')).toContainText('(value not set)');
  await expect(valueRow(page, 'LogPath')).toContainText('"\\\\EXCHVS1\\E$\\exchsrvr\\MDBDATA"');
  await expect(valueRow(page, 'HighLog Number')).toContainText('0x0000003f (63)');
  await expect(valueRow(page, 'EDB_RstMap')).toContainText('5c 00 5c 00 45 00 58 00 43 00 48 00 56 00 53 00 31 00');
  // Left goes up to the parent, Left again closes it, Right opens it; the key is found again by its letter.
  const store = keys(page).getByRole('treeitem', { name: 'MSExchangeIS', exact: true });
  await page.keyboard.press('ArrowLeft');
  await expect(store).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(store).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(store).toHaveAttribute('aria-expanded', 'true');
  await pressUntilFocused(page, treeChild(store, 'Restore in Progress'), 'R', 10);

  expect((await axeBuilder(page).include('#window-NODE1-regedit').analyze()).violations).toEqual([]);
  await regedit(page).screenshot({ path: `${SHOTS}/regedit.png` });

  // Into the list with Tab, down to EDB_RstMap, Enter: a multi-string opens as binary.
  await pressUntilFocused(page, valueRow(page, '(Default)'));
  await pressUntilFocused(page, valueRow(page, 'EDB_RstMap'), 'ArrowDown', 10);
  await page.keyboard.press('Enter');
  const edit = windowNamed(page, 'Edit Binary Value');
  await expect(edit.getByRole('textbox', { name: 'Value name:' })).toHaveValue('EDB_RstMap');
  await expect(edit.getByRole('textbox', { name: 'Value data:' })).toBeFocused();
  await expect(edit.getByRole('textbox', { name: 'Value data:' })).toHaveValue(/^5c 00 5c 00 45 00 58 00\n43 00 48 00 56 00 53 00\n/);
  expect((await axeBuilder(page).include('.regedit-dialog').analyze()).violations).toEqual([]);
  await edit.screenshot({ path: `${SHOTS}/regedit-edit-binary.png` });

  // OK without changing a byte: Regedit writes it back as REG_BINARY.
  await pushButton(edit, 'OK').click();
  await expect(edit).toHaveCount(0);
  await expect(valueRow(page, 'EDB_RstMap')).toContainText('5c 00 5c 00 45 00');

  await activateFromTaskbar(page, 'Command Prompt');
  await cmd.type('net start MSExchangeIS');
  await expect(cmd.output).toContainText('A service specific error occurred: 87.', { timeout: 30_000 });
  await expect(coach(page).getByRole('region', { name: 'What went wrong' }).getByRole('heading')).toHaveText('Mistake: F9: Restore in Progress key missing or malformed');
});

test('Start ▸ Run regedit opens Regedit; Delete asks before it removes a value', async ({ page }) => {
  await openScenario(page, 'f11-organisation-mismatch');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.keyboard.press('r');
  await page.getByLabel('Open:').fill('regedit');
  await page.keyboard.press('Enter');
  await expect(keys(page).getByRole('treeitem', { name: 'My Computer', exact: true })).toBeVisible();
  await goToKey(page, RIP);
  await valueRow(page, 'LowLog Number').click();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('alertdialog', { name: 'Confirm Value Delete' });
  await expect(confirm).toContainText('Are you sure you want to delete this value?');
  await pushButton(confirm, 'No').click();
  await expect(valueRow(page, 'LowLog Number')).toHaveCount(1);
  await page.keyboard.press('Enter');
  const dword = windowNamed(page, 'Edit DWORD Value');
  await expect(dword.getByRole('textbox', { name: 'Value data:' })).toHaveValue('36');
  await expect(dword.getByRole('radio', { name: 'Hexadecimal' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dword).toHaveCount(0);
});
