import { describe, expect, test } from 'vitest';
import { applyEvent } from '../engine/apply.ts';
import { createLab } from '../testing/lab-driver.ts';
import { createWorld, DEFAULT_SETUP } from '../world/initial-world.ts';
import { EXCHANGE_SERVICES, NODES, RES } from '../world/names.ts';
import type { World } from '../world/types.ts';
import { clusterResourceOf, exchangeServiceRows, firstInStatus, runningDependants, serviceCommands, serviceStatusText } from './services.ts';

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

describe('Start / Stop enablement matches what the engine accepts', () => {
  const withStatus = (w: World, node: 'NODE1' | 'NODE2', service: 'MSExchangeMTA', status: World['services']['NODE1']['MSExchangeMTA']['status']) => {
    const next = structuredClone(w);
    next.services[node][service].status = status;
    return next;
  };
  const afterRestore = createLab().takeOffline(RES.ds).quitClusterAdministrator().startBackup().loadCatalog().restore().world;
  const worlds: [string, World][] = [
    ['start', createLab().world],
    ['directory and MTA stopping', createLab().stopService('MSExchangeDS', { withDependants: true, settle: false }).world],
    ['directory offline in the cluster', createLab().takeOffline(RES.ds).world],
    ['restored, services stopped', afterRestore],
    ['directory starting', createLab().takeOffline(RES.ds).quitClusterAdministrator().startBackup().loadCatalog().restore().startService('MSExchangeDS', { settle: false }).world],
    ['MTA paused', withStatus(createWorld(), 'NODE1', 'MSExchangeMTA', 'Paused')],
    ['other node down', createWorld({ ...DEFAULT_SETUP, nodesDown: ['NODE2'] })],
    ['other node joining', (() => { const w = structuredClone(createWorld()); w.cluster.nodes.NODE2.status = 'Joining'; return w; })()],
  ];
  const accepts = (w: World, e: Parameters<typeof applyEvent>[1]) => applyEvent(w, e).ok;

  test.each(worlds)('every service on both nodes (%s)', (_label, w) => {
    for (const node of NODES) {
      for (const service of EXCHANGE_SERVICES) {
        const can = serviceCommands(w, node, service);
        const status = w.services[node][service].status;
        const up = w.cluster.nodes[node].status !== 'Down';
        expect({ node, service, start: can.start }).toEqual({ node, service, start: accepts(w, { type: 'service.start', node, service }) });
        expect({ node, service, stop: can.stop }).toEqual({ node, service, stop: accepts(w, { type: 'service.stop', node, service, withDependants: true }) });
        // The NT 4 applet's rule: Start for a stopped service, Stop for a started or paused one.
        expect({ node, service, can }).toEqual({ node, service, can: { start: up && status === 'Stopped', stop: up && (status === 'Started' || status === 'Paused') } });
      }
    }
  });

  test('concrete cases: the damaged store can be started, a running Directory stopped, pending services neither', () => {
    const [, start] = worlds[0];
    expect(serviceCommands(start, 'NODE1', 'MSExchangeIS')).toEqual({ start: true, stop: false });
    expect(serviceCommands(start, 'NODE1', 'MSExchangeDS')).toEqual({ start: false, stop: true });
    const [, stopping] = worlds[1];
    expect(serviceCommands(stopping, 'NODE1', 'MSExchangeDS')).toEqual({ start: false, stop: false });
    const [, restored] = worlds[3];
    expect(serviceCommands(restored, 'NODE1', 'MSExchangeDS')).toEqual({ start: true, stop: false });
    const [, starting] = worlds[4];
    expect(starting.services.NODE1.MSExchangeDS.status).toBe('Start Pending');
    expect(serviceCommands(starting, 'NODE1', 'MSExchangeDS')).toEqual({ start: false, stop: false });
    expect(serviceCommands(worlds[5][1], 'NODE1', 'MSExchangeMTA')).toEqual({ start: false, stop: true });
    const [, down] = worlds[6];
    expect(serviceCommands(down, 'NODE2', 'MSExchangeSA')).toEqual({ start: false, stop: false });
  });
});
