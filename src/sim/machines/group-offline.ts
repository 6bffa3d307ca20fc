import { BRANCHES } from './branches.ts';
import { failureState } from './edges.ts';
import { recovery } from './meta.ts';

/**
 * F15: the whole Exchange group (or the System Attendant, Network Name, IP Address or Disk) taken
 * offline before the restore. KB step 2 takes only the Directory offline (§7, Q175298).
 */

/** From the main line, before any restore: the infrastructure NT Backup needs went offline. */
export const groupOfflineEdge = {
  guard: 'groupTakenOffline' as const,
  target: '#lab.failure.groupOffline',
  actions: 'slip' as const,
  meta: BRANCHES.F15.edge,
};

const base = failureState('F15', [
  { guard: 'directoryOffline', target: '#lab.main.quitClusterAdmin', meta: recovery(2, 'The System Attendant, network name, IP address and disk are online again and the Directory stayed offline: the restore can run.', ['Q238063', 'Q175298']) },
  // Only the System Attendant was offline: NT Backup starts it itself (Q175298) and the restore runs.
  { guard: 'restoreRunning', target: '#lab.main.restoring', meta: recovery(6, 'NT Backup started the System Attendant itself and the restore runs (Q175298).', ['Q175298']) },
  { guard: 'infrastructureBackDirectoryActive', target: '#lab.main.takeDirectoryOffline', meta: recovery(2, 'The group is back online; now take only the Directory offline.', ['Q238063']) },
]);

export const groupOfflineState = {
  ...base,
  // A refused restore or failed start here is this mistake's consequence, not a new one: note it and stay.
  always: [
    { guard: { type: 'newMistake' as const, params: { branch: 'F15' as const, includeClusterReactions: false } }, actions: 'ackIncidents' as const },
    ...(base.always as unknown as object[]),
  ] as never,
};
