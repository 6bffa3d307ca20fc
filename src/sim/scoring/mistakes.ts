import { BRANCHES, BRANCH_IDS } from '../machines/branches.ts';
import type { Branch } from '../machines/mistakes.ts';
import { SEVERITY_COST, recoveryCredit } from './rubric.ts';
import type { CountedEvent, TracedTransition } from './trace.ts';
import type { MistakeReport, RecoveryReport } from './types.ts';

const branchAt = (state: string): Branch | null =>
  BRANCH_IDS.find((b) => (b === 'F11' ? 'orgMismatch' : `failure.${BRANCHES[b].state}`) === state) ?? null;

/** Events only an instructor (or the scenario) sends: their consequences are not the trainee's mistakes. */
const INJECTED = new Set(['fault.inject', 'node.down']);
/** Events that say nothing about what the trainee decided. */
const PASSIVE = new Set(['clock.tick', 'dialog.dismiss']);

function excuse(t: TracedTransition, branch: Branch | null, events: readonly CountedEvent[]): string | undefined {
  if (branch === 'F11') {
    return 'The organisation name of the installation differs from the backup: a broken prerequisite of Q238063, not a step done wrong. Recognising it and stopping is the right answer.';
  }
  // The fault itself, or the cluster reacting to it on a later tick with nothing done in between.
  let i = t.effectiveIndex;
  if (branch === 'F12') while (i > 0 && PASSIVE.has(events[i].event.type)) i--;
  if (i >= 0 && INJECTED.has(events[i]?.event.type)) return 'It followed from a fault injected by the instructor, not from anything the trainee did.';
  return undefined;
}

/** The trainee action behind a transition: the last non-passive event up to the one that revealed it. */
function causeIndex(t: TracedTransition, events: readonly CountedEvent[]): number {
  let i = t.effectiveIndex;
  while (i > 0 && PASSIVE.has(events[i].event.type)) i--;
  return i >= 0 ? events[i].entryIndex : t.eventIndex;
}

export interface Judged {
  mistakes: MistakeReport[];
  recoveries: RecoveryReport[];
  /** Per mistake: full cost and credit given back (for the itemised deductions). */
  costs: { cost: number; credit: number }[];
}

/**
 * Mistakes are the trail's 'mistake' transitions caused by the attempt (the prelude's are the
 * scenario's starting point). A 'recovery' transition back to the procedure recovers every
 * mistake that left the main line since the last recovery, and gives half their cost back.
 */
export function judgeTrail(transitions: readonly TracedTransition[], events: readonly CountedEvent[], startClock: number): Judged {
  const mistakes: MistakeReport[] = [];
  const costs: Judged['costs'] = [];
  const recoveries: RecoveryReport[] = [];
  /** Mistakes into a failure state not recovered yet, with when they happened. */
  let open: { index: number; effectiveIndex: number; clock: number }[] = [];
  let lastRecovery: { effectiveIndex: number; clock: number } = { effectiveIndex: -1, clock: startClock };
  for (const t of transitions) {
    if (t.byPrelude) continue;
    if (t.kind === 'mistake') {
      const branch = branchAt(t.to);
      const meta = branch ? BRANCHES[branch].meta : null;
      const severity = t.severity === 'none' ? 'minor' : t.severity;
      const excusedBecause = excuse(t, branch, events);
      const cost = excusedBecause ? 0 : SEVERITY_COST[severity];
      mistakes.push({
        eventIndex: causeIndex(t, events), branch, title: meta?.title ?? `KB step ${t.kbStep} not followed`, action: t.explanation,
        consequence: meta?.explanation ?? t.explanation, kbStep: t.kbStep, kb: [...new Set([...t.kb, ...(meta?.kb ?? [])])],
        severity, recovered: false, points: cost, ...(excusedBecause && { excusedBecause }),
      });
      costs.push({ cost, credit: 0 });
      if (t.to.startsWith('failure.')) open.push({ index: mistakes.length - 1, effectiveIndex: t.effectiveIndex, clock: t.world.clock });
    } else if (t.kind === 'recovery') {
      const since = open[0] ?? lastRecovery;
      let credit = 0;
      for (const m of open) {
        costs[m.index].credit = recoveryCredit(costs[m.index].cost);
        mistakes[m.index].recovered = true;
        mistakes[m.index].points = costs[m.index].cost - costs[m.index].credit;
        credit += costs[m.index].credit;
      }
      const detourEvents = events.slice(since.effectiveIndex + 1, t.effectiveIndex + 1).filter((e) => !PASSIVE.has(e.event.type)).length;
      recoveries.push({ from: t.from, to: t.to, explanation: t.explanation, kb: t.kb, detourEvents, detourSimulatedMs: t.world.clock - since.clock, points: credit });
      open = [];
      lastRecovery = { effectiveIndex: t.effectiveIndex, clock: t.world.clock };
    }
  }
  return { mistakes, recoveries, costs };
}
