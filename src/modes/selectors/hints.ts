import type { LabSnapshot } from '../../sim/attempt/replay.ts';
import type { SimEvent } from '../../sim/events.ts';
import { shortestRecovery } from '../../sim/graph/shortest-recovery.ts';
import { currentMeta } from '../../sim/selectors.ts';
import { describeEvent, whereToLook } from './describe-event.ts';

export type Rung = 1 | 2 | 3;
export const RUNGS: readonly Rung[] = [1, 2, 3];
export const RUNG_NAMES: Record<Rung, string> = { 1: 'Nudge', 2: 'Where to look', 3: 'Exact action' };

/** The first thing the trainee must do (not wait for) on the shortest way back to a finished procedure. */
export function nextAction(snapshot: LabSnapshot): SimEvent | null {
  const path = shortestRecovery(snapshot);
  if (!path) return null;
  return path.find((e) => e.type !== 'clock.tick') ?? path[0] ?? null;
}

/**
 * The text of one hint rung. Rungs 2 and 3 search the state space (a few hundred ms), so call
 * this when the trainee takes the rung, not on every render.
 */
export function hintText(rung: Rung, snapshot: LabSnapshot): string {
  const meta = currentMeta(snapshot);
  if (rung === 1) {
    if (!meta) return 'Look at where the procedure stands.';
    const step = meta.kbStep === null ? '' : ` (KB Q238063 step ${meta.kbStep})`;
    return `${meta.title}${step}: ${meta.summary}`;
  }
  if (snapshot.status !== 'active') return 'The attempt is over.';
  const next = nextAction(snapshot);
  if (!next) return 'No way back to a finished restore was found from here: if the procedure cannot succeed, stop the attempt.';
  return rung === 2 ? whereToLook(next) : describeEvent(next);
}
