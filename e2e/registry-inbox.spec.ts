import { axeBuilder } from './support/axe.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { installFakeClock } from './support/fake-clock.ts';
import { SHOTS } from './support/shots.ts';

const desktopIcon = (page: Page, name: string) =>
  page.getByRole('listbox', { name: 'Desktop' }).getByRole('option', { name, exact: true });
const win = (page: Page, name: string) => page.getByRole('dialog', { name, exact: true });
const menuItem = (page: Page, name: string | RegExp) => page.getByRole('menuitem', { name });

/** axe on one window (by its frame id) or on the open modal dialog; colours are NT 4's, not WCAG's. */
async function expectNoAxeViolations(page: Page, scope: string) {
  const result = await axeBuilder(page).include(scope).disableRules(['color-contrast']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

async function openRegistryEditor(page: Page): Promise<Locator> {
  await page.goto('/?speed=20');
  await desktopIcon(page, 'Registry Editor').dblclick();
  const regedt = win(page, 'Registry Editor');
  await expect(regedt).toBeVisible();
  return regedt;
}

/** Walks the key tree with the keyboard: Right expands, type-ahead picks a key by its first letters. */
async function goToKey(page: Page, regedt: Locator, path: string[]) {
  const tree = regedt.getByRole('tree', { name: 'Keys' });
  await tree.getByRole('treeitem', { name: 'HKEY_LOCAL_MACHINE', exact: true }).focus();
  for (const name of path) {
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const target = tree.getByRole('treeitem', { name, exact: true });
    for (let i = 0; i < 12 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press(name[0]);
    await expect(target).toBeFocused();
  }
}

async function editMenu(page: Page, regedt: Locator, item: string) {
  await regedt.getByRole('menuitem', { name: 'Edit', exact: true }).click();
  await menuItem(page, item).click();
}

test('Regedt32: re-create a Restore in Progress key by hand with every editor', async ({ page }) => {
  const regedt = await openRegistryEditor(page);
  await expect(regedt.getByText('HKEY_LOCAL_MACHINE on Local Machine')).toBeVisible();
  await goToKey(page, regedt, ['SYSTEM', 'CurrentControlSet', 'Services', 'MSExchangeDS']);
  const values = regedt.getByRole('listbox', { name: 'Values' });
  await expect(values.getByRole('option', { name: 'DisplayName : REG_SZ : Microsoft Exchange Directory' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/registry-editor-msexchangeds.png` });

  await editMenu(page, regedt, 'Add Key...');
  const addKey = win(page, 'Add Key');
  await addKey.getByLabel('Key Name', { exact: true }).fill('Restore in Progress');
  await expect(addKey.getByLabel('Class', { exact: true })).toHaveValue('');
  await page.screenshot({ path: `${SHOTS}/registry-editor-add-key.png` });
  await addKey.getByRole('button', { name: 'OK' }).click();
  await expect(addKey).toHaveCount(0);
  const rip = regedt.getByRole('treeitem', { name: 'Restore in Progress', exact: true });
  await expect(rip).toHaveAttribute('aria-selected', 'true');

  // REG_DWORD in hex.
  await editMenu(page, regedt, 'Add Value...');
  const addValue = win(page, 'Add Value');
  await addValue.getByLabel('Value Name', { exact: true }).fill('HighLog Number');
  await addValue.getByLabel('Data Type', { exact: true }).selectOption('REG_DWORD');
  await page.screenshot({ path: `${SHOTS}/registry-editor-add-value.png` });
  await addValue.getByRole('button', { name: 'OK' }).click();
  const dword = win(page, 'DWORD Editor');
  await expect(dword.getByRole('radio', { name: 'Hex' })).toBeChecked();
  await dword.getByLabel('Data', { exact: true }).fill('3g');
  await dword.getByRole('button', { name: 'OK' }).click();
  const invalid = page.getByRole('alertdialog', { name: 'Registry Editor' });
  await expect(invalid).toContainText('not a valid DWORD');
  await invalid.getByRole('button', { name: 'OK' }).click();
  await expect(dword).toBeVisible();
  await dword.getByLabel('Data', { exact: true }).fill('3f');
  await expectNoAxeViolations(page, '.modal-layer');
  await page.screenshot({ path: `${SHOTS}/registry-editor-dword-editor.png` });
  await dword.getByRole('button', { name: 'OK' }).click();
  await expect(values.getByRole('option', { name: 'HighLog Number : REG_DWORD : 0x3f' })).toBeVisible();

  // REG_DWORD in decimal (EDB_RstMap Size).
  await editMenu(page, regedt, 'Add Value...');
  await addValue.getByLabel('Value Name', { exact: true }).fill('EDB_RstMap Size');
  await addValue.getByLabel('Data Type', { exact: true }).selectOption('REG_DWORD');
  await page.keyboard.press('Enter');
  await dword.getByText('Decimal', { exact: true }).click();
  await expect(dword.getByRole('radio', { name: 'Decimal' })).toBeChecked();
  await dword.getByLabel('Data', { exact: true }).fill('1');
  await page.keyboard.press('Enter');
  await expect(values.getByRole('option', { name: 'EDB_RstMap Size : REG_DWORD : 0x1' })).toBeVisible();

  // REG_BINARY 00.
  await editMenu(page, regedt, 'Add Value...');
  await addValue.getByLabel('Value Name', { exact: true }).fill('EDB Database recovered');
  await addValue.getByLabel('Data Type', { exact: true }).selectOption('REG_BINARY');
  await addValue.getByRole('button', { name: 'OK' }).click();
  const binary = win(page, 'Binary Editor');
  await expect(binary.getByRole('radio', { name: 'Hex' })).toBeChecked();
  await binary.getByLabel('Data', { exact: true }).fill('00');
  await page.screenshot({ path: `${SHOTS}/registry-editor-binary-editor.png` });
  await binary.getByRole('button', { name: 'OK' }).click();
  await expect(values.getByRole('option', { name: 'EDB Database recovered : REG_BINARY : 00' })).toBeVisible();

  // REG_MULTI_SZ, two lines.
  await editMenu(page, regedt, 'Add Value...');
  await addValue.getByLabel('Value Name', { exact: true }).fill('EDB_RstMap');
  await addValue.getByLabel('Data Type', { exact: true }).selectOption('REG_MULTI_SZ');
  await addValue.getByRole('button', { name: 'OK' }).click();
  const multi = win(page, 'Multi-String Editor');
  await multi.getByLabel('Data', { exact: true }).fill('\\\\EXCHVS1\\E$\\exchsrvr\\DSADATA\\DIR.EDB\n\\\\EXCHVS1\\E$\\exchsrvr\\DSADATA\\DIR.EDB');
  await page.screenshot({ path: `${SHOTS}/registry-editor-multi-string-editor.png` });
  await multi.getByRole('button', { name: 'OK' }).click();
  await expect(
    values.getByRole('option', { name: 'EDB_RstMap : REG_MULTI_SZ : \\\\EXCHVS1\\E$\\exchsrvr\\DSADATA\\DIR.EDB \\\\EXCHVS1\\E$\\exchsrvr\\DSADATA\\DIR.EDB' }),
  ).toBeVisible();

  // REG_SZ.
  await editMenu(page, regedt, 'Add Value...');
  await addValue.getByLabel('Value Name', { exact: true }).fill('LogPath');
  await expect(addValue.getByLabel('Data Type', { exact: true })).toHaveValue('REG_SZ');
  await addValue.getByRole('button', { name: 'OK' }).click();
  const string = win(page, 'String Editor');
  await string.getByLabel('String', { exact: true }).fill('\\\\EXCHVS1\\E$\\exchsrvr\\DSADATA');
  await page.screenshot({ path: `${SHOTS}/registry-editor-string-editor.png` });
  await string.getByRole('button', { name: 'OK' }).click();
  await expect(values.getByRole('option', { name: 'LogPath : REG_SZ : \\\\EXCHVS1\\E$\\exchsrvr\\DSADATA' })).toBeVisible();
  await expect(values.getByRole('option')).toHaveCount(5);
  await page.screenshot({ path: `${SHOTS}/registry-editor-values.png` });
  await expectNoAxeViolations(page, '#window-NODE1-registry-editor');

  // Double-click an existing value opens its editor with the current data.
  await values.getByRole('option', { name: /^HighLog Number/ }).dblclick();
  await expect(dword.getByLabel('Data', { exact: true })).toHaveValue('3f');
  await dword.getByRole('button', { name: 'Cancel' }).click();
  await expect(dword).toHaveCount(0);

  // Registry > Exit closes the program.
  await regedt.getByRole('menuitem', { name: 'Registry', exact: true }).click();
  await menuItem(page, 'Exit').click();
  await expect(regedt).toHaveCount(0);
});

test('Regedt32: Read Only Mode refuses edits; Delete asks first and removes the key', async ({ page }) => {
  const regedt = await openRegistryEditor(page);
  await goToKey(page, regedt, ['SYSTEM', 'CurrentControlSet', 'Services', 'MSExchangeIS']);
  const tree = regedt.getByRole('tree', { name: 'Keys' });
  const values = regedt.getByRole('listbox', { name: 'Values' });

  // Options > Read Only Mode: Add Key, Delete and value edits are refused and nothing changes.
  await regedt.getByRole('menuitem', { name: 'Options', exact: true }).click();
  await expect(page.getByRole('menuitemcheckbox', { name: 'Confirm on Delete' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('menuitemcheckbox', { name: 'Read Only Mode' }).click();
  await editMenu(page, regedt, 'Add Key...');
  const readOnly = page.getByRole('alertdialog', { name: 'Registry Editor' });
  await expect(readOnly).toContainText('The Registry Editor is in read-only mode. Changes are not saved.');
  await page.screenshot({ path: `${SHOTS}/registry-editor-read-only.png` });
  await readOnly.getByRole('button', { name: 'OK' }).click();
  await expect(win(page, 'Add Key')).toHaveCount(0);
  await tree.getByRole('treeitem', { name: 'MSExchangeIS', exact: true }).focus();
  await page.keyboard.press('Delete');
  await expect(readOnly).toContainText('read-only mode');
  await page.keyboard.press('Enter');
  await expect(tree.getByRole('treeitem', { name: 'MSExchangeIS', exact: true })).toBeVisible();
  // Viewing a value still works; saving it does not.
  await values.getByRole('option', { name: /^Start : REG_DWORD : 0x3$/ }).dblclick();
  const dword = win(page, 'DWORD Editor');
  await dword.getByLabel('Data', { exact: true }).fill('2');
  await dword.getByRole('button', { name: 'OK' }).click();
  await expect(readOnly).toContainText('read-only mode');
  await readOnly.getByRole('button', { name: 'OK' }).click();
  await expect(values.getByRole('option', { name: 'Start : REG_DWORD : 0x3' })).toBeVisible();

  // Turn it off, add a scratch key and delete it: Confirm on Delete asks, No keeps it, Yes removes it.
  await regedt.getByRole('menuitem', { name: 'Options', exact: true }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Read Only Mode' }).click();
  await tree.getByRole('treeitem', { name: 'MSExchangeIS', exact: true }).focus();
  await page.keyboard.press('Alt+E'); // Edit, then its access key K: Add Key...
  await page.keyboard.press('k');
  await expect(win(page, 'Add Key').getByLabel('Key Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Scratch');
  await page.keyboard.press('Enter');
  const scratch = tree.getByRole('treeitem', { name: 'Scratch', exact: true });
  await expect(scratch).toHaveAttribute('aria-selected', 'true');
  await editMenu(page, regedt, 'Delete');
  const confirm = page.getByRole('alertdialog', { name: 'Warning' });
  await expect(confirm).toContainText('Registry Editor will delete the currently selected key and all its subkeys. Do you want to continue?');
  await page.screenshot({ path: `${SHOTS}/registry-editor-confirm-delete.png` });
  await confirm.getByRole('button', { name: 'No' }).click();
  await expect(scratch).toBeVisible();
  await scratch.focus();
  await page.keyboard.press('Delete');
  await confirm.getByRole('button', { name: 'Yes' }).click();
  await expect(scratch).toHaveCount(0);
  await expect(tree.getByRole('treeitem', { name: 'MSExchangeIS', exact: true })).toHaveAttribute('aria-selected', 'true');

  // Deleting a value from the data pane; the engine refuses to delete a hive root.
  await values.getByRole('option', { name: /^ErrorControl/ }).click();
  await page.keyboard.press('Delete');
  await expect(confirm).toContainText('delete the currently selected value');
  await confirm.getByRole('button', { name: 'Yes' }).click();
  await expect(values.getByRole('option', { name: /^ErrorControl/ })).toHaveCount(0);
  await tree.getByText('SYSTEM', { exact: true }).click();
  await expect(tree.getByRole('treeitem', { name: 'SYSTEM', exact: true })).toBeFocused();
  await page.keyboard.press('Delete');
  await confirm.getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Registry Editor' })).toContainText('Access is denied');
});

test('Inbox: a test message with a delivery receipt waits in the Outbox while the store is damaged', async ({ page }) => {
  await installFakeClock(page);
  await page.goto('/?speed=20');
  await desktopIcon(page, 'Inbox').dblclick();
  const inbox = win(page, 'Inbox - Microsoft Exchange');
  await expect(inbox).toBeVisible();
  const folders = inbox.getByRole('tree', { name: 'Folders' });
  // Exchange 5.5's client opens the server mailbox, not a personal folder file.
  await expect(folders.getByRole('treeitem', { name: 'Mailbox - Administrator', exact: true })).toBeVisible();
  await expect(folders.getByRole('treeitem', { name: 'Personal Folders' })).toHaveCount(0);
  for (const name of ['Deleted Items', 'Inbox', 'Outbox', 'Sent Items']) await expect(folders.getByRole('treeitem', { name, exact: true })).toBeVisible();
  await expect(inbox.getByRole('columnheader', { name: 'Received' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/inbox-empty.png` });
  await expectNoAxeViolations(page, '#window-NODE1-inbox');

  // An empty To box is refused by the client.
  await inbox.getByRole('menuitem', { name: 'Compose', exact: true }).click();
  await menuItem(page, 'New Message').click();
  const compose = win(page, 'New Message');
  await expect(compose.getByLabel('To', { exact: true })).toHaveValue('');
  await expect(compose.getByLabel('To', { exact: true })).toBeFocused();
  await compose.getByRole('button', { name: 'Send' }).click();
  const refusal = page.getByRole('alertdialog', { name: 'Microsoft Exchange' });
  await expect(refusal).toContainText('There must be at least one name in the To box.');
  await refusal.getByRole('button', { name: 'OK' }).click();

  await compose.getByLabel('To', { exact: true }).fill('Administrator');
  await compose.getByLabel('Subject', { exact: true }).fill('Restore test');
  await compose.getByLabel('Message text').fill('Testing mail flow after the online restore (Q238063 step 7c).');
  await page.screenshot({ path: `${SHOTS}/inbox-new-message.png` });
  await compose.getByRole('tab', { name: 'Options' }).click();
  await compose.getByText('Request a delivery receipt').click();
  await expect(compose.getByRole('checkbox', { name: 'Request a delivery receipt' })).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/inbox-new-message-options.png` });
  await expectNoAxeViolations(page, '.modal-layer');
  await compose.getByRole('button', { name: 'Send' }).click();
  await expect(compose).toHaveCount(0);

  // Mail does not flow (the Information Store is damaged): 40 simulated seconds later it still waits.
  await page.clock.runFor(2000);
  const outbox = folders.getByRole('treeitem', { name: 'Outbox (1)', exact: true });
  await expect(outbox).toBeVisible();
  await expect(folders.getByRole('treeitem', { name: 'Inbox', exact: true })).toBeVisible();
  await expect(inbox.getByRole('table', { name: 'Inbox messages' }).getByRole('row')).toHaveCount(1); // header only
  await outbox.click();
  const waiting = inbox.getByRole('table', { name: 'Outbox messages' });
  await expect(waiting.getByRole('row', { name: /Administrator Restore test/ })).toBeVisible();
  await expect(inbox.getByText('1 Item', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/inbox-outbox.png` });
});
