import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { standardScenario, takeDirectoryOfflineSteps } from '../../sim/scenarios/standard.ts';
import { getWorld, labSession, sendLab, startLab } from '../../store/lab-session.ts';
import { BackupBody } from './BackupBody.tsx';

/**
 * The successful restore (KB Q238063 steps 4–6) through the Backup window. The e2e spec cannot
 * take the Directory offline without another tool, so the precondition is sent here directly.
 */
const tick = (ms: number) => act(() => sendLab({ type: 'clock.tick', ms }));
const status = () => screen.getByRole('dialog', { name: 'Restore Status' });
const progress = () => within(status()).getByRole('progressbar');

function openAndRestore(options: { erase?: boolean } = {}) {
  render(<BackupBody node="NODE1" />);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Directory' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Information Store' }));
  fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
  const dialog = screen.getByRole('dialog', { name: 'Restore Information' });
  const storePage = within(dialog).getByRole('group', { name: 'Set 2 of 2' });
  if (options.erase !== false) fireEvent.click(within(storePage).getByRole('checkbox', { name: 'Erase all existing data' }));
  fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
}

beforeEach(() => {
  startLab(standardScenario, 'practice', 1);
  for (const e of takeDirectoryOfflineSteps('NODE1')) sendLab(e);
  sendLab({ type: 'app.open', node: 'NODE1', app: 'backup' });
});
afterEach(cleanup);

describe('Backup: restore to the virtual server with the Directory offline', () => {
  test('OK sends one backup.restore; Restore Status counts up and ends with "completed"', () => {
    const before = labSession.getState().attempt.events.length;
    openAndRestore();
    const sent = labSession.getState().attempt.events.slice(before).map((x) => x.event);
    expect(sent).toEqual([
      { type: 'backup.restore', node: 'NODE1', items: ['Directory', 'Information Store'], destination: 'EXCHVS1', erase: true, private: true, public: true, startService: false },
    ]);
    expect(screen.queryByRole('dialog', { name: 'Restore Information' })).toBeNull();
    expect(progress().getAttribute('aria-valuenow')).toBe('0');
    expect(within(status()).getByRole('button', { name: 'OK' })).toHaveProperty('disabled', true);
    expect(within(status()).getByRole('button', { name: 'Abort' })).toHaveProperty('disabled', false);

    // 625,524,736 bytes from the DLT 7000 at 5,000,000 bytes/s: 125,105 ms.
    tick(62_553);
    expect(progress().getAttribute('aria-valuenow')).toBe('50');
    expect(status().textContent).toContain('00:01:02');
    expect(status().textContent).toMatch(/Restoring: E:\\exchsrvr\\MDBDATA\\PRIV\.EDB/);
    expect(status().textContent).toContain('312,762,368');
    tick(62_552);
    expect(getWorld().backup.restores.at(-1)?.status).toBe('completed');
    expect(progress().getAttribute('aria-valuenow')).toBe('100');
    const log = within(status()).getByRole('log');
    expect(log.textContent).toContain('Restored 2 directories, 26 files, 625,524,736 bytes.');
    expect(log.lastElementChild?.textContent).toBe('The operation was successfully completed.');
    const ok = within(status()).getByRole('button', { name: 'OK' });
    expect(ok).toHaveProperty('disabled', false);
    expect(document.activeElement).toBe(ok);
    fireEvent.click(ok);
    expect(screen.queryByRole('dialog', { name: 'Restore Status' })).toBeNull();
  });

  test('Abort sends backup.abort; the status keeps the last counters and says it was aborted', () => {
    openAndRestore({ erase: false });
    tick(12_511);
    fireEvent.click(within(status()).getByRole('button', { name: 'Abort' }));
    expect(getWorld().backup.restores.at(-1)?.status).toBe('aborted');
    expect(progress().getAttribute('aria-valuenow')).toBe('10');
    expect(within(status()).getByRole('log').textContent).toContain('The restore was aborted by the operator.');
    expect(within(status()).getByRole('button', { name: 'Abort' })).toHaveProperty('disabled', true);
    fireEvent.keyDown(status(), { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Restore Status' })).toBeNull();
  });

  test('closing and reopening Backup during a restore shows its status again', () => {
    openAndRestore();
    tick(25_021);
    cleanup();
    render(<BackupBody node="NODE1" />);
    expect(progress().getAttribute('aria-valuenow')).toBe('20');
  });
});

describe('Backup: the tape catalog', () => {
  test('an uncataloged tape shows its set partially cataloged until it is double-clicked and the catalog is read', () => {
    startLab({ ...standardScenario, setup: { tapeCataloged: false } }, 'practice', 1);
    render(<BackupBody node="NODE1" />);
    const tapes = screen.getByRole('region', { name: 'Tapes' });
    expect(within(tapes).getByRole('list', { name: 'Backup sets' }).textContent).toContain('Set 1(partially cataloged)Normal');
    expect(within(tapes).getByRole('status').textContent).toMatch(/^Partially cataloged\./);
    expect(within(tapes).queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Restore' })).toHaveProperty('disabled', true);
    fireEvent.doubleClick(within(tapes).getByRole('option', { name: 'Exchange Full 19-Aug-1999' }));
    expect(within(tapes).getByRole('status').textContent).toBe('Catalog in progress... 0%');
    expect(within(tapes).queryAllByRole('checkbox')).toHaveLength(0);
    tick(60_000);
    expect(getWorld().tape.cataloged).toBe(true);
    expect(within(tapes).getByRole('checkbox', { name: 'Directory' })).toBeTruthy();
    expect(within(tapes).getByRole('checkbox', { name: 'Information Store' })).toBeTruthy();
    // Loading it again is refused by the engine, and the refusal is shown in a Backup box.
    fireEvent.keyDown(within(tapes).getByRole('option'), { key: 'Enter' });
    expect(screen.getByRole('alertdialog', { name: 'Backup' }).textContent).toContain('No uncataloged sets were found on tape.');
  });

  test('only the Information Store ticked: one editable page', () => {
    render(<BackupBody node="NODE1" />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Information Store' }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore Information' });
    expect(within(dialog).getByRole('group', { name: 'Set 1 of 1' }).textContent).toContain('Microsoft Exchange Information Store');
    expect(within(dialog).queryByRole('group', { name: 'Set 1 of 2' })).toBeNull();
    expect(within(dialog).getByRole('combobox', { name: 'Destination Server' })).toBeTruthy();
    fireEvent.keyDown(within(dialog).getByRole('checkbox', { name: 'Private' }), { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Restore Information' })).toBeNull();
  });
});
