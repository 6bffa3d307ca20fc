import { describe, expect, test } from 'vitest';
import { createLab } from '../testing/lab-driver.ts';
import { createWorld } from '../world/initial-world.ts';
import { RES } from '../world/names.ts';
import { clusterResourceOf, exchangeServiceRows, firstInStatus, runningDependants, serviceStatusText } from './services.ts';

describe('services selectors', () => {
  test('at scenario start SA, DS and MTA run on NODE1; IS (damaged) and its dependants are stopped', () => {
    const w = createWorld();
    const rows = exchangeServiceRows(w, 'NODE1');
    expect(rows.map((r) => [r.service, r.status])).toEqual([
      ['MSExchangeSA', 'Started'],
      ['MSExchangeDS', 'Started'],
      ['MSExchangeIS', 'Stopped'],
      ['MSExchangeMTA', 'Started'],
      ['MSExchangeES', 'Stopped'],
      ['MSExchangeIMC', 'Stopped'],
    ]);
    expect(rows.every((r) => r.startupType === 'Manual')).toBe(true);
    expect(rows[1].displayName).toBe('Microsoft Exchange Directory');
    expect(exchangeServiceRows(w, 'NODE2').every((r) => r.status === 'Stopped')).toBe(true);
  });

  test('an unknown node lists nothing', () => {
    expect(exchangeServiceRows(createWorld(), 'NODE9' as 'NODE1')).toEqual([]);
  });

  test('running dependants: only running ones, furthest first (Q162353)', () => {
    const w = createWorld();
    expect(runningDependants(w, 'NODE1', 'MSExchangeDS')).toEqual(['MSExchangeMTA']);
    expect(runningDependants(w, 'NODE1', 'MSExchangeSA')).toEqual(['MSExchangeMTA', 'MSExchangeDS']);
    expect(runningDependants(w, 'NODE1', 'MSExchangeMTA')).toEqual([]);
    expect(runningDependants(w, 'NODE2', 'MSExchangeSA')).toEqual([]);
  });

  test('running dependants after a full start include IS, ES and IMC in stop order', () => {
    const lab = createLab({ setup: { damaged: [] } });
    expect(runningDependants(lab.world, 'NODE1', 'MSExchangeDS')).toEqual(['MSExchangeES', 'MSExchangeIMC', 'MSExchangeIS', 'MSExchangeMTA']);
  });

  test('status text is blank for stopped and verbatim otherwise', () => {
    expect(serviceStatusText('Stopped')).toBe('');
    expect(serviceStatusText('Started')).toBe('Started');
    expect(serviceStatusText('Paused')).toBe('Paused');
    expect(serviceStatusText('Start Pending')).toBe('Start Pending');
    expect(serviceStatusText('Stop Pending')).toBe('Stop Pending');
  });

  test('every Exchange service is run by its cluster resource', () => {
    const w = createWorld();
    expect(clusterResourceOf(w, 'MSExchangeSA')).toBe(RES.sa);
    expect(clusterResourceOf(w, 'MSExchangeIS')).toBe(RES.is);
  });

  test('firstInStatus follows a stop chain as it progresses', () => {
    const lab = createLab();
    lab.stopService('MSExchangeDS', { withDependants: true, settle: false });
    const chain = ['MSExchangeMTA', 'MSExchangeDS'] as const;
    expect(firstInStatus(lab.world, 'NODE1', chain, 'Stop Pending')).toBe('MSExchangeMTA');
    lab.send({ type: 'clock.tick', ms: 2000 });
    expect(lab.service('MSExchangeMTA').status).toBe('Stopped');
    expect(firstInStatus(lab.world, 'NODE1', chain, 'Stop Pending')).toBe('MSExchangeDS');
    lab.settle();
    expect(firstInStatus(lab.world, 'NODE1', chain, 'Stop Pending')).toBeNull();
  });
});
