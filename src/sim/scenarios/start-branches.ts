import { RES } from '../world/names.ts';
import { handBackAndFailoverSteps, restoreSteps, startAndVerifySteps, takeDirectoryOfflineSteps } from './standard.ts';
import { bringOnlineUntilGivenUp, close, dismiss, open, startService, switchTo, takeOffline } from './steps.ts';
import type { Scenario } from './types.ts';

/** Branches of the start phase (KB step 7): F2, F3, F11, F13. */

/** KB steps 1–6 on NODE1: the restore has completed, the RIP keys wait to be read. */
const restored = [...takeDirectoryOfflineSteps('NODE1'), ...restoreSteps('NODE1')];

export const f2Scenario: Scenario = {
  id: 'f2-directory-brought-online',
  title: 'F2: Directory brought online from Cluster Administrator',
  briefing:
    'The restore of EXCHVS1 completed on NODE1. Then someone brought the Microsoft Exchange Directory resource online in Cluster Administrator ' +
    'instead of starting the service from Control Panel. The Directory failed; the cluster restarted it, failed the group over between the nodes ' +
    'until the group\'s failover threshold was used up, and left it Failed. Find where the group is now, read the event logs, and recover ' +
    '(KB Q238063, Q188674; Q200941 describes the Restore in Progress key; Q197047 the failover threshold).',
  branch: 'F2',
  setup: {},
  prelude: [...restored, open('NODE1', 'cluster-admin'), ...bringOnlineUntilGivenUp(RES.ds)],
  success: { kind: 'done' },
  // Recovery (a): run the restore again on the node that now owns the group (NODE1 after the tenth failover), then carry on from step 7 there.
  solution: [
    close('NODE1', 'cluster-admin'),
    ...restoreSteps('NODE1'),
    ...startAndVerifySteps('NODE1'),
    ...handBackAndFailoverSteps('NODE1'),
  ],
};

export const f3Scenario: Scenario = {
  id: 'f3-store-brought-online',
  title: 'F3: Information Store brought online from Cluster Administrator',
  briefing:
    'After the restore on NODE1 the Directory was started correctly from Control Panel, but the Information Store resource was then brought online ' +
    'in Cluster Administrator. The store failed ("Current log file missing"); the cluster restarted it and failed the group over until its failover threshold was used up. Find where the group is, recover as KB Q238063 describes and finish the procedure. ' +
    'Q200941 explains the Restore in Progress key the store needed.',
  branch: 'F3',
  setup: {},
  prelude: [...restored, open('NODE1', 'services'), ...startService('NODE1', 'MSExchangeDS'), open('NODE1', 'cluster-admin'), ...bringOnlineUntilGivenUp(RES.is)],
  success: { kind: 'done' },
  // Q238063 a–c on the node that now owns the group (NODE1 after the tenth failover): Directory offline, restore again, start from Control Panel, hand back.
  solution: [
    ...takeOffline(RES.ds),
    close('NODE1', 'cluster-admin'),
    ...restoreSteps('NODE1'),
    ...startAndVerifySteps('NODE1'),
    ...handBackAndFailoverSteps('NODE1'),
  ],
};

export const f11Scenario: Scenario = {
  id: 'f11-organisation-mismatch',
  title: 'F11: Organisation name does not match the backup',
  briefing:
    'Exchange on the cluster was reinstalled last week after a disk failure, and last night\'s damage means the databases must come back from tape. ' +
    'The restore to EXCHVS1 has just completed on NODE1 (KB Q238063 steps 1 to 6). Continue with step 7. ' +
    'If the procedure cannot succeed, recognise why and stop the attempt instead of going round in circles (Q238063 prerequisites, Q155509, Q162353).',
  branch: 'F11',
  setup: { installedOrg: 'examplecorp' },
  prelude: restored,
  success: { kind: 'abandon-in', state: 'orgMismatch' },
  solution: [
    open('NODE1', 'services'),
    ...startService('NODE1', 'MSExchangeDS'),
    ...startService('NODE1', 'MSExchangeIS'),
    dismiss(135),
    open('NODE1', 'event-viewer'),
    { type: 'attempt.abandon', reason: 'Event 1088: the organisation name of the installation differs from the backup. Exchange must be reinstalled with the exact names (Q155509).' },
  ],
};

export const f13Scenario: Scenario = {
  id: 'f13-wrong-node',
  title: 'F13: Services started on the wrong node',
  briefing:
    'The restore of EXCHVS1 completed; NODE1 owns the Exchange Cluster group. The next step was done at the NODE2 console: ' +
    'Control Panel > Services > start Microsoft Exchange Directory. It failed. Work out why and finish KB Q238063 on the right node.',
  branch: 'F13',
  setup: {},
  prelude: [...restored, switchTo('NODE2'), open('NODE2', 'services'), ...startService('NODE2', 'MSExchangeDS')],
  success: { kind: 'done' },
  solution: [
    dismiss(108),
    close('NODE2', 'services'),
    switchTo('NODE1'),
    ...startAndVerifySteps('NODE1'),
    ...handBackAndFailoverSteps('NODE1'),
  ],
};
