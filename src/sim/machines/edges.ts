import { and } from 'xstate';
import { BRANCHES, BRANCH_IDS } from './branches.ts';
import { recovery, type TransitionMeta } from './meta.ts';
import type { Branch } from './mistakes.ts';

/** Edge builders shared by the procedure machine's states (kept apart so the machine reads as a table). */

export const mistakeEdges = (includeClusterReactions: boolean) =>
  BRANCH_IDS.filter((b) => includeClusterReactions || b !== 'F12').map((b) => ({
    guard: { type: 'newMistake' as const, params: { branch: b, includeClusterReactions } },
    target: b === 'F11' ? '#lab.orgMismatch' : `#lab.failure.${BRANCHES[b].state}`,
    actions: 'slip' as const,
    meta: BRANCHES[b].edge,
  }));

type RecoveryGuard = 'onlineAndMailVerified' | 'directoryOffline' | 'restoreRunning' | 'readyForHardRecovery' | 'clusterSettled' | 'consoleOnOwner' | 'otherNodeUp' | 'recoveredAndMailVerified' | 'servicesRecovered' | 'exchangeOnline' | 'stoppedAndMailVerified' | 'restoreCompleted' | 'groupSelected' | 'infrastructureBackDirectoryActive';
export const failureState = (b: Branch, edges: { guard?: RecoveryGuard | ReturnType<typeof and>; target: string; meta: TransitionMeta }[]) => ({
  entry: 'ackIncidents' as const,
  description: BRANCHES[b].meta.summary,
  meta: BRANCHES[b].meta,
  tags: ['mistake'],
  // Higher-order guards (`and`) are typed against a generic context; setup checks the names.
  always: edges as never,
});

export const restoreAgain = (b: Branch) => ({ guard: 'restoreRunning' as const, target: '#lab.main.restoring', meta: recovery(6, 'Running the restore again writes fresh files and a fresh Restore in Progress key.', BRANCHES[b].meta.kb) });
export const keyRecreated = (b: Branch) => ({ guard: 'readyForHardRecovery' as const, target: '#lab.main.startServices', meta: recovery(7, 'The Restore in Progress key is back and valid; start the services from Control Panel.', ['Q200941', ...BRANCHES[b].meta.kb]) });


/**
 * After the cluster acted on its own (F12) or the trainee came back to the right node (F13) or
 * the other node returned (F14), the procedure resumes at the step the world is ready for.
 */
const resumeEdges = (kb: string[]) => [
  { guard: 'restoreRunning' as const, target: '#lab.main.restoring', meta: recovery(6, 'A restore is running.', kb) },
  { guard: 'onlineAndMailVerified' as const, target: '#lab.main.testFailover', meta: recovery(9, 'Exchange is back under the cluster and mail was verified: test failover.', kb) },
  { guard: 'recoveredAndMailVerified' as const, target: '#lab.main.stopServices', meta: recovery(8, 'Services recovered and mail verified: stop the services.', kb) },
  { guard: 'servicesRecovered' as const, target: '#lab.main.verifyMail', meta: recovery(7, 'Services recovered: verify mail delivery.', kb) },
  { guard: 'exchangeOnline' as const, target: '#lab.main.testFailover', meta: recovery(9, 'Exchange is online: test failover.', kb) },
  { guard: 'stoppedAndMailVerified' as const, target: '#lab.main.bringResourcesOnline', meta: recovery(8, 'Recovered, verified and stopped: hand Exchange back to the cluster.', kb) },
  { guard: 'restoreCompleted' as const, target: '#lab.main.startServices', meta: recovery(7, 'The restored databases wait to be started from Control Panel.', kb) },
  { guard: 'directoryOffline' as const, target: '#lab.main.restoreFromTape', meta: recovery(4, 'The Directory is offline: restore from tape.', kb) },
  { guard: 'groupSelected' as const, target: '#lab.main.takeDirectoryOffline', meta: recovery(2, 'Take the Directory offline.', kb) },
  { target: '#lab.main.prepare', meta: recovery(1, 'Start from the Exchange Cluster group.', kb) },
];

/** `resumeEdges`, each also requiring `condition` (the cause of the detour is gone). */
export const resumeWhen = (condition: 'clusterSettled' | 'consoleOnOwner' | 'otherNodeUp', kb: string[]) =>
  resumeEdges(kb).map((e) => ({ ...e, guard: e.guard ? and([condition, e.guard]) : condition })) as { guard?: ReturnType<typeof and>; target: string; meta: TransitionMeta }[];

