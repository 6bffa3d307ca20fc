import { expect, type Locator, type Page } from '@playwright/test';
import { TITLES, menuItem, openProgram, pushButton, treeChild, windowNamed } from './desktop.ts';

type Value =
  | { name: string; type: 'REG_SZ'; data: string }
  | { name: string; type: 'REG_DWORD'; data: string; radix: 'Hex' | 'Decimal'; shown: string }
  | { name: string; type: 'REG_BINARY'; data: string }
  | { name: string; type: 'REG_MULTI_SZ'; data: string[] };

/**
 * The eight values of a Restore in Progress key, as Q200941 lists them (domain.md §6) and as
 * `recreateRipKeySteps` in src/sim/scenarios/standard.ts writes them.
 */
export function ripValues(service: 'MSExchangeDS' | 'MSExchangeIS'): Value[] {
  const folder = `\\\\EXCHVS1\\E$\\exchsrvr\\${service === 'MSExchangeDS' ? 'DSADATA' : 'MDBDATA'}`;
  const dbs = service === 'MSExchangeDS' ? ['DIR.EDB'] : ['PRIV.EDB', 'PUB.EDB'];
  return [
    { name: 'BackupLogPath', type: 'REG_SZ', data: folder },
    { name: 'CheckpointFilePath', type: 'REG_SZ', data: folder },
    { name: 'EDB Database recovered', type: 'REG_BINARY', data: '00' },
    { name: 'EDB_RstMap', type: 'REG_MULTI_SZ', data: dbs.flatMap((db) => [`${folder}\\${db}`, `${folder}\\${db}`]) },
    { name: 'EDB_RstMap Size', type: 'REG_DWORD', data: String(dbs.length), radix: 'Decimal', shown: `0x${dbs.length}` },
    { name: 'HighLog Number', type: 'REG_DWORD', data: '3f', radix: 'Hex', shown: '0x3f' },
    { name: 'LogPath', type: 'REG_SZ', data: folder },
    { name: 'LowLog Number', type: 'REG_DWORD', data: '36', radix: 'Hex', shown: '0x36' },
  ];
}

/** Regedt32: the HKEY_LOCAL_MACHINE window, its key tree and its Name : REG_TYPE : data list. */
export class RegistryEditor {
  readonly window: Locator;
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
    this.window = windowNamed(page, TITLES.registryEditor);
  }

  static async open(page: Page): Promise<RegistryEditor> {
    await openProgram(page, 'Registry Editor', TITLES.registryEditor);
    return new RegistryEditor(page);
  }

  get tree(): Locator {
    return this.window.getByRole('tree', { name: 'Keys' });
  }
  get values(): Locator {
    return this.window.getByRole('listbox', { name: 'Values' });
  }
  key(name: string): Locator {
    return this.tree.getByRole('treeitem', { name, exact: true });
  }

  /** Walks the key tree from HKEY_LOCAL_MACHINE: Right expands, type-ahead picks a key by its first letter. */
  async goToKey(path: string[]): Promise<void> {
    await this.key('HKEY_LOCAL_MACHINE').focus();
    for (const name of path) {
      await this.page.keyboard.press('ArrowRight');
      await this.page.keyboard.press('ArrowDown');
      const target = this.key(name);
      for (let i = 0; i < 12 && !(await target.evaluate((el) => el === document.activeElement)); i++) await this.page.keyboard.press(name[0]);
      await expect(target).toBeFocused();
    }
    await expect(this.key(path[path.length - 1])).toHaveAttribute('aria-selected', 'true');
  }

  private async edit(item: string): Promise<void> {
    await this.window.getByRole('menubar').getByRole('menuitem', { name: 'Edit', exact: true }).click();
    await menuItem(this.page, item).click();
  }

  /** Edit > Add Key… under the selected key `parent` (Class left blank); the new key is selected. */
  async addKey(parent: string, name: string): Promise<void> {
    await this.edit('Add Key...');
    const dialog = windowNamed(this.page, 'Add Key');
    await dialog.getByLabel('Key Name', { exact: true }).fill(name);
    await expect(dialog.getByLabel('Class', { exact: true })).toHaveValue('');
    await pushButton(dialog, 'OK').click();
    await expect(dialog).toHaveCount(0);
    await expect(treeChild(this.key(parent), name)).toHaveAttribute('aria-selected', 'true');
  }

  /** Edit > Add Value…, then the editor for its type; checks the line the value list shows. */
  async addValue(v: Value): Promise<void> {
    await this.edit('Add Value...');
    const add = windowNamed(this.page, 'Add Value');
    await add.getByLabel('Value Name', { exact: true }).fill(v.name);
    await add.getByLabel('Data Type', { exact: true }).selectOption(v.type);
    await pushButton(add, 'OK').click();
    let shown: string;
    if (v.type === 'REG_SZ') {
      const ed = windowNamed(this.page, 'String Editor');
      await ed.getByLabel('String', { exact: true }).fill(v.data);
      await pushButton(ed, 'OK').click();
      shown = v.data;
    } else if (v.type === 'REG_DWORD') {
      const ed = windowNamed(this.page, 'DWORD Editor');
      await ed.getByText(v.radix, { exact: true }).click();
      await expect(ed.getByRole('radio', { name: v.radix })).toBeChecked();
      await ed.getByLabel('Data', { exact: true }).fill(v.data);
      await pushButton(ed, 'OK').click();
      shown = v.shown;
    } else if (v.type === 'REG_BINARY') {
      const ed = windowNamed(this.page, 'Binary Editor');
      await expect(ed.getByRole('radio', { name: 'Hex' })).toBeChecked();
      await ed.getByLabel('Data', { exact: true }).fill(v.data);
      await pushButton(ed, 'OK').click();
      shown = v.data;
    } else {
      const ed = windowNamed(this.page, 'Multi-String Editor');
      await ed.getByLabel('Data', { exact: true }).fill(v.data.join('\n'));
      await pushButton(ed, 'OK').click();
      shown = v.data.join(' ');
    }
    await expect(this.values.getByRole('option', { name: `${v.name} : ${v.type} : ${shown}`, exact: true })).toBeVisible();
  }

  /** Q200941 by hand: Restore in Progress under the service's key, with its eight values. */
  async recreateRipKey(service: 'MSExchangeDS' | 'MSExchangeIS'): Promise<void> {
    await this.goToKey(['SYSTEM', 'CurrentControlSet', 'Services', service]);
    await this.addKey(service, 'Restore in Progress');
    for (const v of ripValues(service)) await this.addValue(v);
    await expect(this.values.getByRole('option')).toHaveCount(8);
  }

  async exit(): Promise<void> {
    await this.window.getByRole('menubar').getByRole('menuitem', { name: 'Registry', exact: true }).click();
    await menuItem(this.page, 'Exit').click();
    await expect(this.window).toHaveCount(0);
  }
}
