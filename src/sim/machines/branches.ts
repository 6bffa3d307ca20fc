import type { Branch } from './mistakes.ts';
import { mistake, type StateMeta, type TransitionMeta } from './meta.ts';

/** Failure states: the state id under `failure`, what the trainee sees, and why (domain.md §3). */
export const BRANCHES: Record<Branch, { state: string; meta: StateMeta; edge: TransitionMeta }> = {
  F1: {
    state: 'restoreRefused',
    meta: { title: 'Restore refused: Directory still online', kbStep: 2, kind: 'mistake', branch: 'F1', kb: ['Q238063', 'Q237739'],
      summary: 'NT Backup could not stop the Directory (event 8010).',
      explanation: 'NT Backup stops the Directory with a plain service-control call before it restores. On a cluster the Directory belongs to the cluster, so the call fails and nothing is restored (NTBackup event 8010). Take the Directory offline in Cluster Administrator first (KB step 2), then restore again.' },
    edge: mistake(2, 'major', 'Restore started while the Directory resource was online: KB step 2 was skipped.', ['Q238063', 'Q237739']),
  },
  F2: {
    state: 'directoryFailed',
    meta: { title: 'Directory failed: Restore in Progress key wiped', kbStep: 7, kind: 'mistake', branch: 'F2', kb: ['Q238063', 'Q188674', 'Q200941'],
      summary: 'Bringing the Directory online in Cluster Administrator erased the RIP key (-528).',
      explanation: 'Bringing a Generic Service resource online makes the cluster copy its registry checkpoint back over the service key. The checkpoint was saved before the restore, so the new Restore in Progress key is erased and the Directory starts without replaying the restored logs: event 1002, error -528, and ClusSvc 1042. The cluster then does what its policy says: three restarts, then it fails the group over to the other node, where the Directory fails the same way; after ten failovers in six hours (the group\'s Failover tab) it leaves the group Failed on whichever node has it. Work on that node: restore again, or re-create the key by hand (Q200941), then start the Directory from Control Panel.' },
    edge: mistake(7, 'critical', 'The Directory was brought online from Cluster Administrator after the restore instead of being started from Control Panel.', ['Q238063', 'Q188674']),
  },
  F3: {
    state: 'storeFailed',
    meta: { title: 'Information Store failed: Restore in Progress key wiped', kbStep: 7, kind: 'mistake', branch: 'F3', kb: ['Q238063', 'Q200941'],
      summary: 'Bringing the Information Store online in Cluster Administrator erased its RIP key (1120/5000).',
      explanation: 'The cluster restored the Information Store\'s registry checkpoint and erased the Restore in Progress key, so the store tried a normal start on restored files: events 1120 and 5000, "Current log file missing". The cluster restarted it and failed the group over until the group\'s failover threshold was used up, so check which node owns the group now. Restore the store again or re-create its key (Q200941), start it from Control Panel, and only then bring the resource online.' },
    edge: mistake(7, 'critical', 'The Information Store was brought online from Cluster Administrator while its restore still needed the Restore in Progress key.', ['Q238063']),
  },
  F4: {
    state: 'groupFailed',
    meta: { title: 'Whole group brought online after the restore', kbStep: 7, kind: 'mistake', branch: 'F4', kb: ['Q238063', 'Q188674'],
      summary: 'Group Bring Online restored every checkpoint; the Directory failed first.',
      explanation: 'Bringing the whole Exchange Cluster group online restores the checkpoint of each service before it starts. The Directory loses its Restore in Progress key and fails with -528, so the Information Store never starts. Restore again (or re-create the keys) and start the services from Control Panel.' },
    edge: mistake(7, 'critical', 'The Exchange Cluster group was brought online right after the restore instead of starting the services from Control Panel.', ['Q238063', 'Q188674']),
  },
  F5: {
    state: 'wrongDestination',
    meta: { title: 'Restore refused: wrong destination server', kbStep: 5, kind: 'mistake', branch: 'F5', kb: ['Q238063', 'Q184225'],
      summary: 'The destination was a node name, not the virtual server EXCHVS1.',
      explanation: 'Exchange on a cluster answers only on the virtual server\'s name and address. Restoring to a node name fails with "The RPC server is unavailable" and writes nothing. Restore again with the virtual server name as the destination (KB step 5).' },
    edge: mistake(5, 'major', 'The destination server was not the Exchange virtual server name.', ['Q238063']),
  },
  F6: {
    state: 'leftoverFiles',
    meta: { title: 'Old log files left behind', kbStep: 6, kind: 'mistake', branch: 'F6', kb: ['Q238063', 'Q146306', 'Q247769', 'Q322314'],
      summary: 'Restore without "Erase all existing data": recovery trips over old logs.',
      explanation: 'Without "Erase all existing data" the old Edb.log and log files stay next to the restored ones. Hard recovery then reads a log that does not belong to the set (Directory: -530, error 1067; store: log gap 0xc8000235). Restore again with Erase all existing data ticked (KB step 6).' },
    edge: mistake(6, 'major', '"Erase all existing data" was not ticked, so old logs broke the recovery.', ['Q238063', 'Q146306']),
  },
  F7: {
    state: 'partialStore',
    meta: { title: 'Only part of the Information Store restored', kbStep: 6, kind: 'mistake', branch: 'F7', kb: ['Q156063', 'Q247109'],
      summary: 'Private and Public must both be restored.',
      explanation: 'The Information Store needs both the private and the public database from the same set. With only one restored, hard recovery cannot find the other file (1080, 0xc8000713). Restore again with both Private and Public ticked.' },
    edge: mistake(6, 'major', 'Only one of Private or Public was restored.', ['Q156063', 'Q247109']),
  },
  F8: {
    state: 'patchMismatch',
    meta: { title: 'isinteg -patch run after an online restore', kbStep: 7, kind: 'mistake', branch: 'F8', kb: ['Q231299', 'Q149238', 'Q247109', 'Q178311'],
      summary: 'A soft recovery ignored the patch files: the store fails with -552 (0xc8000228).',
      explanation: 'isinteg -patch is for offline restores only. After an online restore it (like eseutil /r /is) runs a soft recovery that replays the old logs but not the Priv.pat and Pub.pat patch files, so the database no longer matches them. When the store starts, hard recovery fails: ESE97 event 0 with -552, MSExchangeIS 1080 and 5000 with error 0xc8000228, and service-specific error 3355443752. Restore the Information Store again and start it from Control Panel without running isinteg (Q231299).' },
    edge: mistake(7, 'critical', 'isinteg -patch (or eseutil /r) was run after an online restore, before the store was started.', ['Q231299', 'Q247109']),
  },
  F9: {
    state: 'ripKeyProblem',
    meta: { title: 'Restore in Progress key missing or malformed', kbStep: 7, kind: 'mistake', branch: 'F9', kb: ['Q200941', 'Q169859', 'Q262041'],
      summary: 'The key was deleted or edited by hand before recovery.',
      explanation: 'The Restore in Progress key tells the database engine to replay the restored logs and patch files. Deleting it before recovery, or writing a value wrongly (EDB_RstMap, log numbers), makes the start fail (-528 or error 0x57). Worse, a well-formed EDB_RstMap with the wrong old/new paths fails silently: the replay looks normal in the log, but the restored logs are skipped and what they held is missing (Q262041). Nothing checks the key for you. Re-create the key exactly as Q200941 describes, or restore again.' },
    edge: mistake(7, 'critical', 'The Restore in Progress key was deleted or malformed before the database was recovered.', ['Q200941']),
  },
  F10: {
    state: 'incompleteRestore',
    meta: { title: 'Restore incomplete', kbStep: 6, kind: 'mistake', branch: 'F10', kb: ['Q161584', 'Q175116', 'Q181795'],
      summary: 'The restore was stopped before all files were written.',
      explanation: 'A restore that is aborted, or whose server goes down, leaves the Restore in Progress key pointing at files that are not all there: 1080 "Unable to find the file" (0xc8000713) or 1196 c7ff0007. Delete the Restore in Progress key if you like (Q161584, Q175116), then run the restore again to the end; the new restore writes a fresh key.' },
    edge: mistake(6, 'major', 'The restore did not run to completion.', ['Q161584']),
  },
  F11: {
    state: 'orgMismatch',
    meta: { title: 'Organisation name mismatch: reinstall required', kbStep: null, kind: 'terminal', branch: 'F11', kb: ['Q238063', 'Q155509', 'Q162353'],
      summary: 'The DN of the restored store does not match the directory (1088).',
      explanation: 'Exchange was reinstalled with an organisation or site name that differs from the backup, even only in case. The store refuses to load (event 1088, service-specific error 1276). No step of the online restore can fix this: stop, and reinstall Exchange with the exact names (Q155509). Recognising this and stopping is the right answer.' },
    edge: mistake(null, 'critical', 'The organisation or site name of the installation differs from the backup (a prerequisite of Q238063).', ['Q238063', 'Q155509']),
  },
  F12: {
    state: 'clusterReacted',
    meta: { title: 'The cluster reacted to a failure', kbStep: 8, kind: 'mistake', branch: 'F12', kb: ['Q260527', 'Q197047'],
      summary: 'A cluster-controlled service stopped or a node failed; the cluster restarts or fails over.',
      explanation: 'A service that belongs to an online cluster resource was stopped outside the cluster (or its node failed). The resource monitor treats this as a failure: it restarts the resource and, past the threshold, moves the group to the other node. Let the cluster settle, check where the group is, and continue from there. Stop only the services you started from Control Panel.' },
    edge: mistake(8, 'major', 'A service controlled by the cluster was stopped from Control Panel (or the node failed).', ['Q260527']),
  },
  F13: {
    state: 'wrongNode',
    meta: { title: 'Services started on the wrong node', kbStep: 7, kind: 'mistake', branch: 'F13', kb: ['Q238063', 'Q262374'],
      summary: 'That node does not own the Exchange group, its disk or the RIP keys.',
      explanation: 'Only the node that owns the Exchange Cluster group sees the shared disk and holds the Restore in Progress keys. On the other node the Service Control Manager first starts the System Attendant, which cannot run there (SCM event 7023), so the Directory is never started: error 1068, "The dependency service or group failed to start", and SCM event 7001. Switch to the owning node\'s console and start the services there.' },
    edge: mistake(7, 'major', 'Control Panel work was done on the node that does not own the Exchange group.', ['Q238063']),
  },
  F14: {
    state: 'failoverBlocked',
    meta: { title: 'Failover test impossible: other node down', kbStep: 9, kind: 'mistake', branch: 'F14', kb: ['Q238063'],
      summary: 'Move Group has nowhere to go.',
      explanation: 'The failover test needs both nodes up; a stable cluster is a prerequisite of the procedure. Bring the other node back (power it on and let it join), then move the group.' },
    edge: mistake(9, 'minor', 'The failover test was tried while the other node was down.', ['Q238063']),
  },
  F15: {
    state: 'groupOffline',
    meta: { title: 'Whole Exchange group taken offline', kbStep: 2, kind: 'mistake', branch: 'F15', kb: ['Q238063', 'Q175298', 'Q237739'],
      summary: 'The System Attendant, network name, IP address or disk went offline with the Directory.',
      explanation: 'KB step 2 takes only the Directory offline; the cluster then takes the Information Store, MTA and the other services that depend on it offline too. The System Attendant, the Exchange Network Name, the IP Address and Disk E: must stay online: NT Backup reaches EXCHVS1\'s Exchange services over RPC through that name and address, and writes the restored files to that disk. With the name or address offline the restore is refused ("The RPC server is unavailable", NTBackup 8010) and no Restore in Progress key is written; with the disk offline nothing can be written at all. Bring the System Attendant back online in Cluster Administrator (its network name, IP address and disk come online first), leave the Directory offline, then restore.' },
    edge: mistake(2, 'major', 'The whole Exchange group (or the System Attendant, network name, IP address or disk) was taken offline instead of only the Directory.', ['Q238063', 'Q175298']),
  },
};

export const BRANCH_IDS = Object.keys(BRANCHES) as Branch[];
