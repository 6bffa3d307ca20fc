import { clusterAdminOpen } from '../machines/predicates.ts';
import type { StepReport, StepStatus } from './types.ts';
import type { TracedTransition } from './trace.ts';

/** The nine steps of KB Q238063 as the report names them. */
export const KB_STEPS: readonly { kbStep: number; title: string }[] = [
  { kbStep: 1, title: 'Select the Exchange Cluster group in Cluster Administrator' },
  { kbStep: 2, title: 'Take the Microsoft Exchange Directory resource offline' },
  { kbStep: 3, title: 'Quit Cluster Administrator' },
  { kbStep: 4, title: 'Select the Directory and Information Store in NT Backup' },
  { kbStep: 5, title: 'Restore to the virtual server name (EXCHVS1)' },
  { kbStep: 6, title: 'Erase all existing data and run the restore' },
  { kbStep: 7, title: 'Start the services from Control Panel and verify mail' },
  { kbStep: 8, title: 'Stop the services and bring the resources online in Cluster Administrator' },
  { kbStep: 9, title: 'Test failover with Move Group' },
];

/** Main-line states in procedure order; reaching one means every step before it is complete. */
const PROGRESS = [
  'main.prepare', 'main.takeDirectoryOffline', 'main.quitClusterAdmin', 'main.restoreFromTape', 'main.restoring',
  'main.startServices', 'main.verifyMail', 'main.stopServices', 'main.bringResourcesOnline', 'main.testFailover', 'done',
];
const progress = (state: string) => PROGRESS.indexOf(state);
/** The first main-line state that proves step k complete (k = index + 1). */
const COMPLETED_AT = ['main.takeDirectoryOffline', 'main.quitClusterAdmin', 'main.restoreFromTape', 'main.restoring', 'main.restoring', 'main.startServices', 'main.stopServices', 'main.testFailover', 'done'].map(progress);

/**
 * Mistakes that mean "a later step was tried before step k". `later`: whether step k can still
 * be done afterwards (taking the Directory offline after F1 can; closing Cluster Administrator
 * after the restore started cannot undo having it open).
 */
const SKIPS: { kbStep: number; is: (t: TracedTransition) => boolean; later: boolean }[] = [
  { kbStep: 2, is: (t) => t.kind === 'mistake' && t.to === 'failure.restoreRefused', later: true },
  { kbStep: 3, is: (t) => t.kind === 'mistake' && t.from === 'main.quitClusterAdmin' && t.to === 'main.restoring', later: false },
];

/** Pure: for each KB step, the first transition that completed it (undefined: not reached), whatever the order. */
export function stepReachedBy(transitions: readonly TracedTransition[]): (TracedTransition | undefined)[] {
  return KB_STEPS.map(({ kbStep }) => transitions.find((t) => progress(t.to) >= COMPLETED_AT[kbStep - 1]));
}

/**
 * Status of each KB step, judged on where the procedure got to (any accepted variant counts) and on
 * the world: step 3 also needs Cluster Administrator closed when the first accepted restore began.
 */
export function stepStatuses(transitions: readonly TracedTransition[]): StepReport[] {
  const reachedBy = stepReachedBy(transitions);
  return KB_STEPS.map(({ kbStep, title }) => {
    const reached = reachedBy[kbStep - 1];
    const skip = SKIPS.find((s) => s.kbStep === kbStep);
    // A skip the prelude made is the scenario's starting point, not the trainee's order of work.
    const skipped = skip ? transitions.find((t) => !t.byPrelude && skip.is(t)) : undefined;
    let status: StepStatus;
    if (skipped && (!reached || transitions.indexOf(skipped) <= transitions.indexOf(reached))) {
      const after = skip!.later ? transitions.slice(transitions.indexOf(skipped) + 1).find((t) => progress(t.to) >= COMPLETED_AT[kbStep - 1]) : undefined;
      status = after ? 'out-of-order' : 'skipped';
    } else if (!reached) status = 'not-reached';
    else status = 'done';
    if (kbStep === 3 && status === 'done') {
      const firstRestore = transitions.find((t) => t.to === 'main.restoring');
      if (firstRestore && clusterAdminOpen(firstRestore.world)) status = 'skipped';
    }
    const byPrelude = status === 'done' && reached!.byPrelude;
    return byPrelude ? { kbStep, title, status, byPrelude } : { kbStep, title, status };
  });
}
