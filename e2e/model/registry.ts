import { expect, type Page } from '@playwright/test';
import type { SimEvent } from '../../src/sim/events.ts';
import { treeChild } from '../support/desktop.ts';
import { RegistryEditor } from '../support/registry-editor.ts';
import { chooseMenu, messageBox, openProgram, pushButton, windowNamed } from './lab.ts';

/** Regedt32 on the HKEY_LOCAL_MACHINE window: walk the key tree, add, edit and delete. */

/** Regedt32 open, the key selected by walking the tree from HKEY_LOCAL_MACHINE (the journeys' keyboard walk). */
async function goToKey(page: Page, path: string): Promise<void> {
  await openProgram(page, 'registry-editor');
  const [root, ...names] = path.split('\\');
  if (root !== 'HKEY_LOCAL_MACHINE') throw new Error(`only HKEY_LOCAL_MACHINE is in the lab: ${path}`);
  await new RegistryEditor(page).goToKey(names);
}

/** The key selected, Edit > Delete, and Yes to Regedt32's warning. */
export async function deleteRegistryKey(page: Page, path: string): Promise<void> {
  await goToKey(page, path);
  await chooseMenu(page, windowNamed(page, 'Registry Editor'), 'Edit', 'Delete');
  await pushButton(messageBox(page, 'Warning'), 'Yes').click();
}

/** Edit > Add Key… under the parent. */
export async function addRegistryKey(page: Page, parent: string, name: string): Promise<void> {
  await goToKey(page, parent);
  await chooseMenu(page, windowNamed(page, 'Registry Editor'), 'Edit', 'Add Key...');
  const dialog = windowNamed(page, 'Add Key');
  await dialog.getByLabel('Key Name', { exact: true }).fill(name);
  await pushButton(dialog, 'OK').click();
  await expect(dialog).toHaveCount(0);
}

const hex = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');

/** A value: double-click it when it exists, else Edit > Add Value…; then the editor of its type. */
export async function setRegistryValue(page: Page, e: Extract<SimEvent, { type: 'registry.setValue' }>): Promise<void> {
  await goToKey(page, e.path);
  const w = windowNamed(page, 'Registry Editor');
  const existing = w.getByRole('listbox', { name: 'Values' }).getByRole('option', { name: new RegExp(`^${e.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} : `) });
  if ((await existing.count()) > 0) await existing.dblclick();
  else {
    await chooseMenu(page, w, 'Edit', 'Add Value...');
    const add = windowNamed(page, 'Add Value');
    await add.getByLabel('Value Name', { exact: true }).fill(e.name);
    await add.getByLabel('Data Type', { exact: true }).selectOption(e.valueType);
    await pushButton(add, 'OK').click();
  }
  const editor = windowNamed(page, { REG_SZ: 'String Editor', REG_EXPAND_SZ: 'String Editor', REG_DWORD: 'DWORD Editor', REG_BINARY: 'Binary Editor', REG_MULTI_SZ: 'Multi-String Editor' }[e.valueType as string] ?? 'String Editor');
  if (e.valueType === 'REG_DWORD') {
    await editor.getByText('Decimal', { exact: true }).click();
    await expect(editor.getByRole('radio', { name: 'Decimal' })).toBeChecked();
    await editor.getByLabel('Data', { exact: true }).fill(String(e.data));
  } else if (e.valueType === 'REG_BINARY') await editor.getByLabel('Data', { exact: true }).fill(hex(e.data as number[]));
  else if (e.valueType === 'REG_MULTI_SZ') await editor.getByLabel('Data', { exact: true }).fill((e.data as string[]).join('\n'));
  else await editor.getByLabel('String', { exact: true }).fill(String(e.data));
  await pushButton(editor, 'OK').click();
  await expect(editor).toHaveCount(0);
}

/**
 * Regedt32 shows a Restore in Progress key under each database service exactly where the world has
 * one (on this console's node).
 */
export async function expectRipKeys(page: Page, present: Record<'MSExchangeDS' | 'MSExchangeIS', boolean>): Promise<void> {
  await goToKey(page, 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeDS');
  const reg = new RegistryEditor(page);
  await page.keyboard.press('ArrowRight');
  await reg.key('MSExchangeIS').getByText('MSExchangeIS', { exact: true }).first().click();
  await page.keyboard.press('ArrowRight');
  for (const service of ['MSExchangeDS', 'MSExchangeIS'] as const) {
    const rip = treeChild(reg.key(service), 'Restore in Progress');
    await expect(rip, `${service} should ${present[service] ? '' : 'not '}have a Restore in Progress key`).toHaveCount(present[service] ? 1 : 0);
  }
  await reg.exit();
}
