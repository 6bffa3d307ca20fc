import { describe, expect, test } from 'vitest';
import { createLab } from '../testing/lab-driver.ts';
import { RES } from '../world/names.ts';
import { canContinue, canPause } from './service-pause.ts';

/** A healthy cluster (a drill): every Exchange resource online on NODE1. */
const healthy = () => createLab({ setup: { damaged: [] } });

describe('Control Panel > Services: Pause and Continue (§9.3, Q175568)', () => {
  test('only the services that accept pause can be paused, and only while started', () => {
    const lab = healthy();
    expect(canPause(lab.world, 'NODE1', 'MSExchangeMTA')).toBe(true);
    expect(canPause(lab.world, 'NODE1', 'MSExchangeIS')).toBe(true);
    expect(canPause(lab.world, 'NODE1', 'MSExchangeSA')).toBe(false);
    expect(canPause(lab.world, 'NODE1', 'MSExchangeDS')).toBe(false);
    expect(canPause(lab.world, 'NODE2', 'MSExchangeMTA')).toBe(false); // stopped there
    lab.send({ type: 'service.pause', node: 'NODE1', service: 'MSExchangeSA' });
    expect(lab.lastError?.message).toContain('Error 1052');
    lab.send({ type: 'service.pause', node: 'NODE2', service: 'MSExchangeMTA' });
    expect(lab.lastError?.message).toContain('Error 1062');
  });

  test('Q175568 workaround: offline in the cluster, started here, paused, continued', () => {
    const lab = healthy().open('cluster-admin').takeOffline(RES.mta).open('services').startService('MSExchangeMTA');
    expect(lab.service('MSExchangeMTA').controller).toBe('scm');
    lab.send({ type: 'service.pause', node: 'NODE1', service: 'MSExchangeMTA' });
    expect(lab.service('MSExchangeMTA').status).toBe('Paused');
    expect(canContinue(lab.world, 'NODE1', 'MSExchangeMTA')).toBe(true);
    expect(lab.logEntries('Application').at(-1)?.description).toMatch(/^The Microsoft Exchange Message Transfer Agent service has been paused\./);

    // A paused MTA moves no mail: the test message waits in the Outbox.
    lab.sendTestMessage();
    expect(lab.world.mail.outbox).toHaveLength(1);
    expect(lab.world.mail.inbox).toHaveLength(0);

    lab.send({ type: 'service.continue', node: 'NODE1', service: 'MSExchangeMTA' }).settle();
    expect(lab.service('MSExchangeMTA').status).toBe('Started');
    expect(lab.logEntries('Application').some((e) => /service has continued/.test(e.description))).toBe(true);
    lab.sendTestMessage();
    expect(lab.world.mail.outbox).toHaveLength(0);
    expect(lab.world.mail.inbox.some((m) => m.kind === 'receipt')).toBe(true);
    expect(lab.resourceState(RES.mta)).toBe('Offline'); // the cluster was never involved
  });

  test('pausing a service the cluster runs is a resource failure: the cluster has no paused state', () => {
    const lab = healthy().open('services');
    lab.send({ type: 'service.pause', node: 'NODE1', service: 'MSExchangeMTA' });
    expect(lab.world.incidents.at(-1)).toMatchObject({ kind: 'external-stop', resource: RES.mta });
    lab.settle();
    expect(lab.hasEvent('ClusSvc', 1042)?.description).toBe(`Cluster generic service '${RES.mta}' failed.`);
    expect(lab.world.cluster.resources[RES.mta].failureCount).toBeGreaterThan(0);
  });

  test('Continue is refused for a service that is not paused', () => {
    const lab = healthy();
    lab.send({ type: 'service.continue', node: 'NODE1', service: 'MSExchangeMTA' });
    expect(lab.lastError?.message).toContain('Error 1052');
  });
});
