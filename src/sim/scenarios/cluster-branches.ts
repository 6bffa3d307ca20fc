import type { SimEvent } from '../events.ts';
import { handBackAndFailoverSteps, restoreSteps, startAndVerifySteps, takeDirectoryOfflineSteps } from './standard.ts';
import { dismiss, open, close, tick, wait } from './steps.ts';
import type { Scenario } from './types.ts';

/** Branches of the hand-back and failover phase (KB steps 8–9): F12, F14, and two faults at once. */

const moveGroup: SimEvent[] = [{ type: 'group.move', group: 'Exchange Cluster' }, tick()];
const stopSaWithDependants: SimEvent = { type: 'service.stop', node: 'NODE1', service: 'MSExchangeSA', withDependants: true };

export const f12Scenario: Scenario = {
  id: 'f12-cluster-reacts',
  title: 'F12: A clustered service stopped from Control Panel',
  briefing:
    'On NODE1 the restored Directory and Information Store were started from Control Panel and a test message came back with its receipt. ' +
    'To hand Exchange back to the cluster, the Microsoft Exchange System Attendant was stopped from Control Panel, with its dependants. ' +
    'The System Attendant belongs to a resource that was online, and the cluster is reacting. Let it settle, check what it did, and finish KB Q238063. ' +
    'Q260527 and Q197047 describe the restart and failover policy.',
  branch: 'F12',
  setup: {},
  prelude: [...takeDirectoryOfflineSteps('NODE1'), ...restoreSteps('NODE1'), ...startAndVerifySteps('NODE1'), stopSaWithDependants, { type: 'clock.tick', ms: 9000 }],
  success: { kind: 'done' },
  solution: [...wait(3), close('NODE1', 'services'), open('NODE1', 'cluster-admin'), { type: 'group.bringOnline', group: 'Exchange Cluster' }, tick(), ...moveGroup],
};

/** Steps 1–8 on NODE1 with NODE2 powered off: Exchange is back under the cluster, ready for the failover test. */
const handedBack = [...takeDirectoryOfflineSteps('NODE1'), ...restoreSteps('NODE1'), ...startAndVerifySteps('NODE1'), ...handBackAndFailoverSteps('NODE1').slice(0, -2)];

export const f14Scenario: Scenario = {
  id: 'f14-other-node-down',
  title: 'F14: Failover test with the other node down',
  briefing:
    'The restore of EXCHVS1 is finished on NODE1 and Exchange is back online under the cluster (KB Q238063 steps 1 to 8). NODE2 was shut down for maintenance ' +
    'and nobody powered it on again. Move Group was tried for the failover test and failed. Make the cluster stable again and complete step 9 ' +
    '(Q238063 lists a stable cluster as a prerequisite).',
  branch: 'F14',
  setup: { nodesDown: ['NODE2'] },
  prelude: [...handedBack, ...moveGroup],
  success: { kind: 'done' },
  solution: [dismiss(149), { type: 'node.up', node: 'NODE2' }, ...wait(3), ...moveGroup],
};

export const pressureScenario: Scenario = {
  id: 'restore-under-pressure',
  title: 'Restore under pressure: no catalog, one node down',
  briefing:
    'The Information Store of EXCHVS1 failed overnight; NODE1 owns the Exchange Cluster group. Two more things are wrong this morning: ' +
    'the tape in the drive was swapped, so NT Backup has no catalog for it, and NODE2 is powered off after a UPS fault. ' +
    'Do the full online restore of KB Q238063. Load the tape catalog before you restore (Q164805), and make sure the cluster is whole before the failover test in step 9.',
  branch: null,
  setup: { owner: 'NODE1', tapeCataloged: false, nodesDown: ['NODE2'] },
  prelude: [],
  success: { kind: 'done' },
  solution: [
    ...takeDirectoryOfflineSteps('NODE1'),
    open('NODE1', 'backup'),
    { type: 'backup.catalog', node: 'NODE1' },
    tick(),
    ...restoreSteps('NODE1').slice(1),
    ...startAndVerifySteps('NODE1'),
    { type: 'node.up', node: 'NODE2' },
    ...wait(3),
    ...handBackAndFailoverSteps('NODE1'),
  ],
};
