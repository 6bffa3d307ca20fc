import { describe, expect, test } from 'vitest';
import { exchangeServiceRows } from '../../sim/selectors/services.ts';
import { createWorld } from '../../sim/world/initial-world.ts';
import { serviceListRows, stopDependantsQuestion } from './service-list.ts';
import { SYSTEM_SERVICES } from '../../sim/world/system-services.ts';

describe('Services applet list', () => {
  test('merges Exchange and system services alphabetically, as NT 4 lists them', () => {
    const rows = serviceListRows(exchangeServiceRows(createWorld(), 'NODE1'), SYSTEM_SERVICES);
    expect(rows).toHaveLength(16);
    expect(rows.map((r) => r.displayName).slice(0, 7)).toEqual([
      'Alerter', 'Cluster Server', 'Computer Browser', 'EventLog', 'Messenger',
      'Microsoft Exchange Directory', 'Microsoft Exchange Event Service',
    ]);
    expect(rows.at(-1)?.displayName).toBe('Workstation');
  });

  test('Exchange rows carry their service name and status text; system rows are not controllable', () => {
    const rows = serviceListRows(exchangeServiceRows(createWorld(), 'NODE1'), SYSTEM_SERVICES);
    const is = rows.find((r) => r.id === 'MSExchangeIS');
    expect(is).toMatchObject({ status: '', startup: 'Manual', exchange: 'MSExchangeIS' });
    expect(rows.find((r) => r.id === 'MSExchangeDS')?.status).toBe('Started');
    expect(rows.find((r) => r.displayName === 'Spooler')).toMatchObject({ status: 'Started', startup: 'Automatic', exchange: null });
  });

  test('the stop question lists each dependant on its own line', () => {
    expect(stopDependantsQuestion('Microsoft Exchange Directory', ['Microsoft Exchange Message Transfer Agent'])).toBe(
      'When Microsoft Exchange Directory stops, these other services will also stop.\n\nMicrosoft Exchange Message Transfer Agent\n\nDo you want to stop these services?',
    );
  });
});
