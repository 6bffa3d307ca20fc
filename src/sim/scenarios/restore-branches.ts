import { RES, ripPath } from '../world/names.ts';
import { handBackAndFailoverSteps, restoreSteps, startAndVerifySteps, takeDirectoryOfflineSteps } from './standard.ts';
import { bringOnline, close, dismiss, open, restoreAgain, selectGroupSteps, startService, takeOffline, tick } from './steps.ts';
import type { Scenario } from './types.ts';

/** The refusal's message box in the F15 prelude. */
const DIALOG_F15 = 103;

/** Branches of the restore phase (KB steps 2–6): F1, F15, F5, F6, F10. */

export const f1Scenario: Scenario = {
  id: 'f1-directory-online',
  title: 'F1: Restore refused while the Directory is online',
  briefing:
    'A colleague began the online restore of EXCHVS1 (NODE1 owns the Exchange Cluster group): he opened Cluster Administrator, ' +
    'selected the group, then went straight to NT Backup and started the restore. NT Backup refused it. ' +
    'Find out why (the Application log on NODE1 has the details), put it right and finish the restore, following KB Q238063. ' +
    'Background: Q237739 explains why NT Backup cannot stop a clustered Directory by itself.',
  branch: 'F1',
  setup: {},
  prelude: [...selectGroupSteps('NODE1'), open('NODE1', 'backup'), ...restoreAgain('NODE1')],
  success: { kind: 'done' },
  solution: [
    dismiss(102),
    ...takeOffline(RES.ds),
    close('NODE1', 'cluster-admin'),
    ...restoreAgain('NODE1'),
    close('NODE1', 'backup'),
    ...startAndVerifySteps('NODE1'),
    ...handBackAndFailoverSteps('NODE1'),
  ],
};

export const f5Scenario: Scenario = {
  id: 'f5-wrong-destination',
  title: 'F5: Restore sent to a node instead of the virtual server',
  briefing:
    'The Directory of EXCHVS1 is offline and Cluster Administrator is closed (KB Q238063 steps 1 to 3 are done; NODE1 owns the group). ' +
    'The restore was started with NODE1 typed as the Destination Server, and NT Backup reported an error. ' +
    'Work out what went wrong and complete the restore. Q238063 step 5 and Q184225 describe the Restore Information dialog.',
  branch: 'F5',
  setup: {},
  prelude: [...takeDirectoryOfflineSteps('NODE1'), open('NODE1', 'backup'), ...restoreAgain('NODE1', { destination: 'NODE1' })],
  success: { kind: 'done' },
  solution: [
    dismiss(103),
    ...restoreAgain('NODE1'),
    close('NODE1', 'backup'),
    ...startAndVerifySteps('NODE1'),
    ...handBackAndFailoverSteps('NODE1'),
  ],
};

export const f6Scenario: Scenario = {
  id: 'f6-erase-not-ticked',
  title: 'F6: Old log files left in the data folder',
  briefing:
    'The restore of EXCHVS1 ran on NODE1 without "Erase all existing data". Starting the Directory from Control Panel then failed. ' +
    'Read what the event logs say, then bring Exchange back with a clean restore and finish KB Q238063. ' +
    'Q146306 explains the Erase option; Q247769 and Q322314 describe what old logs do to recovery.',
  branch: 'F6',
  setup: {},
  prelude: [...takeDirectoryOfflineSteps('NODE1'), ...restoreSteps('NODE1', { erase: false }), open('NODE1', 'services'), ...startService('NODE1', 'MSExchangeDS')],
  success: { kind: 'done' },
  solution: [
    dismiss(109),
    open('NODE1', 'backup'),
    ...restoreAgain('NODE1'),
    close('NODE1', 'backup'),
    ...startAndVerifySteps('NODE1'),
    ...handBackAndFailoverSteps('NODE1'),
  ],
};

export const f15Scenario: Scenario = {
  id: 'f15-group-offline',
  title: 'F15: Whole group taken offline before the restore',
  briefing:
    'A colleague began the online restore of EXCHVS1 (NODE1 owns the Exchange Cluster group). To be safe he took the whole ' +
    'Exchange Cluster group offline in Cluster Administrator, closed it and started the restore in NT Backup, which refused it. ' +
    'Find out why, put the cluster in the state KB Q238063 step 2 asks for and finish the restore. ' +
    'Background: Q175298 says NT Backup needs the System Attendant; Q237739 explains step 2.',
  branch: 'F15',
  setup: {},
  prelude: [
    ...selectGroupSteps('NODE1'),
    { type: 'group.takeOffline', group: 'Exchange Cluster' },
    tick(),
    close('NODE1', 'cluster-admin'),
    open('NODE1', 'backup'),
    ...restoreAgain('NODE1'),
  ],
  success: { kind: 'done' },
  solution: [
    dismiss(DIALOG_F15),
    open('NODE1', 'cluster-admin'),
    ...bringOnline(RES.sa),
    close('NODE1', 'cluster-admin'),
    ...restoreAgain('NODE1'),
    close('NODE1', 'backup'),
    ...startAndVerifySteps('NODE1'),
    ...handBackAndFailoverSteps('NODE1'),
  ],
};

export const f10Scenario: Scenario = {
  id: 'f10-restore-aborted',
  title: 'F10: Restore stopped halfway',
  briefing:
    'The Directory of EXCHVS1 is offline and Cluster Administrator is closed (NODE1 owns the group). The restore had started when a ' +
    'colleague pressed Abort in Restore Status, so the data folders hold only part of the set, and the Restore in Progress keys still point at it. ' +
    'Put it right as Q161584 and Q175116 describe, then finish KB Q238063.',
  branch: 'F10',
  setup: {},
  prelude: [...takeDirectoryOfflineSteps('NODE1'), open('NODE1', 'backup'), restoreAgain('NODE1')[0], { type: 'clock.tick', ms: 5000 }, { type: 'backup.abort', node: 'NODE1' }],
  success: { kind: 'done' },
  solution: [
    // Q161584, Q175116: delete the Restore in Progress key, then restore again.
    open('NODE1', 'registry-editor'),
    { type: 'registry.deleteKey', node: 'NODE1', path: ripPath('MSExchangeDS') },
    { type: 'registry.deleteKey', node: 'NODE1', path: ripPath('MSExchangeIS') },
    close('NODE1', 'registry-editor'),
    ...restoreAgain('NODE1'),
    close('NODE1', 'backup'),
    ...startAndVerifySteps('NODE1'),
    ...handBackAndFailoverSteps('NODE1'),
  ],
};
