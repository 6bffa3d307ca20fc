import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { restoreSteps, standardScenario, takeDirectoryOfflineSteps } from '../../sim/scenarios/standard.ts';
import { sendLab, startLab } from '../../store/lab-session.ts';
import { RegistryEditorBody } from './RegistryEditorBody.tsx';
import { registrySettings } from './settings-store.ts';

beforeEach(() => {
  startLab(standardScenario, 'practice', 1);
  registrySettings.setState({ readOnly: false, confirmOnDelete: true, view: 'both', hive: 'normal' });
});
afterEach(cleanup);

const tree = () => screen.getByRole('tree', { name: 'Keys' });
const key = (name: string) => within(tree()).queryByRole('treeitem', { name });

/** Clicks its way down the tree from HKEY_LOCAL_MACHINE, expanding each key on the way. */
function open(path: string[]) {
  for (const name of path) {
    const item = key(name)!;
    fireEvent.click(item);
    fireEvent.keyDown(item, { key: 'ArrowRight' });
  }
}

describe('Registry Editor follows the world', () => {
  test('the Restore in Progress key appears after a restore and goes away after recovery', () => {
    render(<RegistryEditorBody node="NODE1" />);
    open(['SYSTEM', 'CurrentControlSet', 'Services', 'MSExchangeDS']);
    expect(key('Restore in Progress')).toBeNull();

    act(() => [...takeDirectoryOfflineSteps('NODE1'), ...restoreSteps('NODE1')].forEach(sendLab));
    const rip = key('Restore in Progress')!;
    expect(rip).not.toBeNull();
    fireEvent.click(rip);
    const values = within(screen.getByRole('listbox', { name: 'Values' })).getAllByRole('option').map((o) => o.textContent);
    expect(values).toHaveLength(8);
    expect(values).toContain('EDB Database recovered : REG_BINARY : 00');
    expect(values).toContain('EDB_RstMap Size : REG_DWORD : 0x1');

    // Starting the Directory from Control Panel replays the logs and deletes the key (Q200941).
    act(() => {
      sendLab({ type: 'service.start', node: 'NODE1', service: 'MSExchangeDS' });
      sendLab({ type: 'clock.tick', ms: 180_000 });
    });
    expect(key('Restore in Progress')).toBeNull();
    expect(key('MSExchangeDS')!.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('option', { name: 'DisplayName : REG_SZ : Microsoft Exchange Directory' })).toBeTruthy();
  });

  test('the other node has no key: each console edits its own registry', () => {
    act(() => [...takeDirectoryOfflineSteps('NODE1'), ...restoreSteps('NODE1')].forEach(sendLab));
    render(<RegistryEditorBody node="NODE2" />);
    open(['SYSTEM', 'CurrentControlSet', 'Services', 'MSExchangeIS']);
    expect(key('Diagnostics')).not.toBeNull();
    expect(key('Restore in Progress')).toBeNull();
  });
});
