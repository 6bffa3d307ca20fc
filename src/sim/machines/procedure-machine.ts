import { assign, setup } from 'xstate';
import { applyEvent } from '../engine/apply.ts';
import type { SimError } from '../engine/result.ts';
import type { SimEvent } from '../events.ts';
import { exchangeOwner } from '../engine/topology.ts';
import type { NodeName } from '../world/names.ts';
import type { World } from '../world/types.ts';
import { BRANCHES } from './branches.ts';
import { failureState, keyRecreated, mistakeEdges, restoreAgain, resumeWhen } from './edges.ts';
import { groupOfflineEdge, groupOfflineState } from './group-offline.ts';
import { correct, detour, mistake, recovery, type StateMeta, type TransitionMeta } from './meta.ts';
import { pendingBranch, type Branch } from './mistakes.ts';
import { withTrail, type TrailEntry } from './trail.ts';
import * as P from './predicates.ts';

export interface ProcedureContext {
  world: World;
  /** Incidents before this index have been classified already. */
  incidentCursor: number;
  /** Every meaningful transition taken so far, oldest first. */
  trail: TrailEntry[];
  /** How many transitions marked as mistakes were taken (lets searches avoid teaching detours). */
  slips: number;
  /** Owner when the failover test began (KB step 9). */
  failoverFrom: NodeName | null;
  lastError: SimError | null;
}

const calm = (c: ProcedureContext) => pendingBranch(P.newIncidents(c.world, c.incidentCursor), true) === null;
/** Progress guards only fire when no new mistake is waiting to be classified. */
const progress = (test: (world: World) => boolean) => ({ context }: { context: ProcedureContext }) => calm(context) && test(context.world);

const STEP = (kbStep: number, title: string, summary: string, explanation: string): StateMeta => ({ title, kbStep, summary, explanation, kind: 'step', kb: ['Q238063'] });

/**
 * The Q238063 procedure. The world lives in context and changes only through `applyEvent`; the
 * states classify where the trainee stands, from the world and from new incidents. No `after`, no
 * `invoke`: time arrives as `clock.tick` events.
 */
export const procedureMachine = setup({
  types: {
    context: {} as ProcedureContext,
    events: {} as SimEvent,
    input: {} as { world: World },
  },
  guards: {
    newMistake: ({ context }, params: { branch: Branch; includeClusterReactions: boolean }) =>
      pendingBranch(P.newIncidents(context.world, context.incidentCursor), params.includeClusterReactions) === params.branch,
    groupSelected: progress(P.groupSelected),
    directoryOffline: progress(P.directoryOffline),
    directoryResourceActive: progress(P.directoryResourceActive),
    groupTakenOffline: progress((x) => P.infrastructureOffline(x) && !P.restoreRunning(x) && !P.restoreCompleted(x)),
    infrastructureBackDirectoryActive: progress((x) => !P.infrastructureOffline(x) && P.directoryResourceActive(x)),
    clusterAdminClosed: progress((x) => !P.clusterAdminOpen(x)),
    restoreRunning: progress(P.restoreRunning),
    restoreCompleted: progress((x) => P.restoreCompleted(x) && !P.restoreRunning(x)),
    restoreNotDone: progress((x) => !P.restoreCompleted(x)),
    readyForHardRecovery: progress(P.readyForHardRecovery),
    servicesRecovered: progress(P.servicesRecovered),
    mailVerified: progress(P.mailVerified),
    recoveredAndMailVerified: progress((x) => P.servicesRecovered(x) && P.mailVerified(x)),
    onlineAndMailVerified: progress((x) => P.exchangeOnline(x) && P.mailVerified(x)),
    stoppedAfterRecovery: progress(P.stoppedAfterRecovery),
    stoppedAndMailVerified: progress((x) => P.stoppedAfterRecovery(x) && P.mailVerified(x)),
    exchangeOnline: progress(P.exchangeOnline),
    failedOver: ({ context }) => calm(context) && P.exchangeOnline(context.world) && context.failoverFrom !== null && exchangeOwner(context.world) !== context.failoverFrom,
    clusterSettled: ({ context }) => P.clusterSettled(context.world),
    consoleOnOwner: ({ context }) => P.consoleOnOwner(context.world),
    otherNodeUp: ({ context }) => P.otherNodeUp(context.world),
  },
  actions: {
    applyToWorld: assign(({ context, event }) => {
      const outcome = applyEvent(context.world, event);
      return { world: outcome.world, lastError: outcome.ok ? null : outcome.error };
    }),
    ackIncidents: assign({ incidentCursor: ({ context }) => context.world.incidents.length }),
    noteFailoverStart: assign({ failoverFrom: ({ context }) => exchangeOwner(context.world) }),
    slip: assign({ slips: ({ context }) => context.slips + 1 }),
    // A mistake edge leaves from a compound region; record the leaf the trainee was really in.
    mark: assign({ trail: ({ context }, entry: Omit<TrailEntry, 'seq'>) => [...context.trail, {
      ...entry, seq: context.world.seq, from: entry.from.includes('.') ? entry.from : (context.trail.at(-1)?.to ?? 'main.prepare'),
    }] }),
  },
}).createMachine(withTrail({
  id: 'lab',
  context: ({ input }) => ({ world: input.world, incidentCursor: input.world.incidents.length, trail: [], slips: 0, failoverFrom: null, lastError: null }),
  initial: 'main',
  on: {
    'attempt.abandon': { target: '.abandoned', meta: { kbStep: null, kind: 'detour', severity: 'none', explanation: 'The trainee stopped the attempt.', kb: [] } satisfies TransitionMeta },
    '*': { actions: 'applyToWorld' },
  },
  states: {
    main: {
      initial: 'prepare',
      description: 'The procedure of KB Q238063',
      meta: { title: 'Online restore (Q238063)', kbStep: null, summary: 'The main line of the procedure.', explanation: 'Steps 1 to 9 of KB Q238063.', kind: 'transient', kb: ['Q238063'] } satisfies StateMeta,
      always: [...mistakeEdges(true), groupOfflineEdge],
      states: {
        prepare: {
          entry: 'ackIncidents', tags: ['step'],
          description: 'Open Cluster Administrator and select the Exchange Cluster group.',
          meta: STEP(1, '1. Find the Exchange group', 'Open Cluster Administrator; select Groups > Exchange Cluster.', 'Start Cluster Administrator, connect to the cluster and select the Exchange Cluster group so the right pane lists its resources, their state and their owner.'),
          always: [{ guard: 'groupSelected', target: 'takeDirectoryOffline', meta: correct(1, 'The Exchange Cluster group is selected; its resources are listed.') }],
        },
        takeDirectoryOffline: {
          entry: 'ackIncidents', tags: ['step'],
          description: 'Take the Microsoft Exchange Directory resource offline.',
          meta: STEP(2, '2. Take the Directory offline', 'Right-click Microsoft Exchange Directory > Take Offline.', 'Take the Directory resource offline in Cluster Administrator. The cluster first takes everything that depends on it offline (Information Store, MTA, Event Service, Internet Mail Service). The System Attendant, the network name and the disk stay online, which NT Backup needs.'),
          always: [{ guard: 'directoryOffline', target: 'quitClusterAdmin', meta: correct(2, 'The Directory and its dependants are offline; the System Attendant stays online.', ['Q238063', 'Q237739']) }],
        },
        quitClusterAdmin: {
          entry: 'ackIncidents', tags: ['step'],
          description: 'Quit Cluster Administrator.',
          meta: STEP(3, '3. Quit Cluster Administrator', 'Close Cluster Administrator before restoring.', 'Close Cluster Administrator. The KB asks for it without giving a reason; it keeps anyone from bringing the resources back online by reflex while the restore runs.'),
          always: [
            { guard: 'directoryResourceActive', target: 'takeDirectoryOffline', meta: detour(2, 'The Directory is online again; take it offline before restoring.') },
            { guard: 'clusterAdminClosed', target: 'restoreFromTape', meta: correct(3, 'Cluster Administrator is closed.') },
            { guard: 'restoreRunning', target: 'restoring', actions: 'slip', meta: mistake(3, 'minor', 'The restore started with Cluster Administrator still open (KB step 3 skipped).', ['Q238063']) },
          ],
        },
        restoreFromTape: {
          entry: 'ackIncidents', tags: ['step'],
          description: 'In NT Backup, restore the Directory and Information Store to the virtual server with Erase all existing data.',
          meta: STEP(4, '4–6. Restore from tape', 'NT Backup > Tapes: tick Directory and Information Store > Restore to EXCHVS1, Erase all existing data.', 'In NT Backup\'s Tapes window tick the Directory and the Information Store of the Exchange set, click Restore, choose the virtual server name as Destination Server, tick Erase all existing data with Private and Public, and click OK.'),
          always: [
            { guard: 'directoryResourceActive', target: 'takeDirectoryOffline', meta: detour(2, 'The Directory is online again; take it offline before restoring.') },
            { guard: 'restoreRunning', target: 'restoring', meta: correct(6, 'The restore is running with the services stopped.', ['Q238063', 'Q146306']) },
          ],
        },
        restoring: {
          entry: 'ackIncidents', tags: ['step', 'busy'],
          description: 'The restore is running.',
          meta: STEP(6, '6. Restore running', 'Wait for Restore Status to say the restore completed.', 'NT Backup writes the databases, the logs and the patch files to the shared disk, and a Restore in Progress key under each service on the node that owns the group.'),
          always: [{ guard: 'restoreCompleted', target: 'startServices', meta: correct(6, 'The restore completed; the Restore in Progress keys are waiting to be read.', ['Q238063', 'Q200941']) }],
        },
        startServices: {
          entry: 'ackIncidents', tags: ['step'],
          description: 'On the owning node, start the Directory and the Information Store from Control Panel > Services.',
          meta: STEP(7, '7. Start services from Control Panel', 'Check IP address and network name are online; start Directory, then Information Store, in Control Panel.', 'Check in Cluster Administrator that the Exchange IP Address and Network Name are online. Then, on the node that owns the group, start the Directory and the Information Store from Control Panel > Services (and the other Exchange services). Starting them outside the cluster keeps the Restore in Progress keys, so the restored logs and patch files are replayed.'),
          always: [
            { guard: 'restoreRunning', target: 'restoring', meta: detour(6, 'Another restore started.') },
            { guard: 'servicesRecovered', target: 'verifyMail', meta: correct(7, 'Directory and Information Store recovered and running; the Restore in Progress keys are gone.', ['Q238063', 'Q200941']) },
          ],
        },
        verifyMail: {
          entry: 'ackIncidents', tags: ['step'],
          description: 'Send a test message with a delivery receipt.',
          meta: STEP(7, '7. Verify mail delivery', 'Inbox: send yourself a message with a delivery receipt.', 'Once the services run, prove that mail flows: send a test message with a delivery receipt and wait for the receipt.'),
          always: [
            // Until the test message arrives the lab stays here, even if Exchange is already back under the cluster.
            { guard: 'mailVerified', target: 'stopServices', meta: correct(7, 'The delivery receipt arrived: mail flows again.', ['Q238063', 'Q247109']) },
          ],
        },
        stopServices: {
          entry: 'ackIncidents', tags: ['step'],
          description: 'Stop the Exchange services you started from Control Panel.',
          meta: STEP(8, '8. Stop the services', 'Control Panel > Services: stop the services started in step 7.', 'Stop the Exchange services that you started from Control Panel, so the cluster can start them itself. Leave the System Attendant alone: it belongs to an online cluster resource.'),
          always: [
            { guard: 'exchangeOnline', target: 'testFailover', meta: correct(8, 'Accepted variant: the running services were brought online in Cluster Administrator; ClusSvc 1024 can be ignored.', ['Q238063', 'Q188674']) },
            { guard: 'stoppedAfterRecovery', target: 'bringResourcesOnline', meta: correct(8, 'The services are stopped and the databases are consistent.') },
          ],
        },
        bringResourcesOnline: {
          entry: 'ackIncidents', tags: ['step'],
          description: 'Bring the Exchange resources online in Cluster Administrator.',
          meta: STEP(8, '8. Bring the resources online', 'Cluster Administrator: Bring Online the Exchange resources (or the group).', 'Bring the Exchange resources online in Cluster Administrator. The Restore in Progress keys are already consumed, so restoring the checkpoints is harmless now.'),
          always: [{ guard: 'exchangeOnline', target: 'testFailover', meta: correct(8, 'All Exchange resources are online under cluster control.') }],
        },
        testFailover: {
          entry: ['ackIncidents', 'noteFailoverStart'], tags: ['step'],
          description: 'Move the Exchange Cluster group to the other node.',
          meta: STEP(9, '9. Test failover', 'Right-click Exchange Cluster > Move Group.', 'Test failover: move the Exchange Cluster group to the other node and check that every resource comes online there.'),
          always: [{ guard: 'failedOver', target: '#lab.done', meta: correct(9, 'The group moved to the other node and came online there.') }],
        },
      },
    },
    failure: {
      // Only ever entered through a transition that names the child; `initial` is required by xstate.
      initial: 'restoreRefused',
      description: 'Failure branches (domain.md §3)',
      meta: { title: 'Failure branches', kbStep: null, summary: 'Mistakes and their consequences.', explanation: 'Where a mistake takes the trainee, and the way back.', kind: 'transient', kb: ['Q238063'] } satisfies StateMeta,
      always: mistakeEdges(false),
      states: {
        restoreRefused: failureState('F1', [{ guard: 'directoryOffline' as const, target: '#lab.main.restoreFromTape', meta: recovery(2, 'The Directory is offline now; the restore can run.', ['Q237739']) }]),
        wrongDestination: failureState('F5', [restoreAgain('F5')]),
        directoryFailed: failureState('F2', [restoreAgain('F2'), keyRecreated('F2')]),
        storeFailed: failureState('F3', [restoreAgain('F3'), keyRecreated('F3')]),
        groupFailed: failureState('F4', [restoreAgain('F4'), keyRecreated('F4')]),
        leftoverFiles: failureState('F6', [restoreAgain('F6')]),
        partialStore: failureState('F7', [restoreAgain('F7')]),
        patchMismatch: failureState('F8', [restoreAgain('F8')]),
        ripKeyProblem: failureState('F9', [restoreAgain('F9'), keyRecreated('F9')]),
        incompleteRestore: failureState('F10', [restoreAgain('F10')]),
        // The cluster restarts or moves resources by itself; once it is quiet, carry on from the world as it is.
        clusterReacted: failureState('F12', resumeWhen('clusterSettled', ['Q260527'])),
        wrongNode: failureState('F13', resumeWhen('consoleOnOwner', ['Q238063'])),
        failoverBlocked: failureState('F14', resumeWhen('otherNodeUp', ['Q238063'])),
        groupOffline: groupOfflineState,
      },
    },
    orgMismatch: {
      entry: 'ackIncidents', tags: ['mistake', 'terminal'],
      description: BRANCHES.F11.meta.summary,
      meta: BRANCHES.F11.meta,
    },
    done: {
      type: 'final', tags: ['done'],
      description: 'The restore is complete and failover works.',
      meta: { title: 'Done', kbStep: 9, summary: 'Restored, verified, back under cluster control, failover tested.', explanation: 'Every step of Q238063 is complete.', kind: 'done', kb: ['Q238063'] } satisfies StateMeta,
    },
    abandoned: {
      type: 'final', tags: ['abandoned'],
      description: 'The trainee stopped the attempt.',
      meta: { title: 'Stopped', kbStep: null, summary: 'The attempt was stopped.', explanation: 'The trainee stopped. That is the right call only when the procedure cannot succeed (F11).', kind: 'abandoned', kb: [] } satisfies StateMeta,
    },
  },
}));

export type ProcedureMachine = typeof procedureMachine;
/** States the KB says cannot be recovered inside the procedure (domain §3 F11). */
export const TERMINAL_STATES = ['lab.orgMismatch'] as const;
