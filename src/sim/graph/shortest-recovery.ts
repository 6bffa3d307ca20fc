import type { LabSnapshot } from '../attempt/replay.ts';
import type { SimEvent } from '../events.ts';
import { settledStep } from './settle.ts';
import { currentStateId } from '../selectors.ts';
import { modelKey, traversalEvents } from './traversal.ts';

export interface SearchOptions {
  /** Stop after exploring this many distinct situations (keeps hints fast). */
  limit?: number;
  goal?: (s: LabSnapshot) => boolean;
  /** Never take a transition marked as a mistake: hints must not teach a detour. Default true. */
  avoidMistakes?: boolean;
  /**
   * Test the goal on every move before the mistake filter, so a goal reached through its own
   * mistake (a failure state) is found while every other mistake is still avoided; situations
   * reached by a mistake are not remembered as seen. Default false.
   */
  goalBeforeMistakes?: boolean;
}

const reachedDone = (s: LabSnapshot) => s.status === 'done' && currentStateId(s) === 'done';

/**
 * Breadth-first search over trainee moves (each settled, see `settledStep`): the shortest event
 * path (ticks included) from `from` to a snapshot that satisfies `goal` (default: the procedure is
 * done), or null if none is found within `limit` explored situations. Pure.
 */
export function shortestPath(from: LabSnapshot, options: SearchOptions = {}): SimEvent[] | null {
  const goal = options.goal ?? reachedDone;
  const limit = options.limit ?? 20_000;
  const avoid = options.avoidMistakes ?? true;
  const early = options.goalBeforeMistakes ?? false;
  if (goal(from)) return [];
  const seen = new Set([modelKey(from)]);
  let frontier: { s: LabSnapshot; path: SimEvent[] }[] = [{ s: from, path: [] }];
  while (frontier.length && seen.size < limit) {
    const next: typeof frontier = [];
    for (const { s, path } of frontier) {
      for (const e of traversalEvents(s)) {
        const { snapshot: t, events } = settledStep(s, e);
        if (early && goal(t)) return [...path, ...events];
        const key = modelKey(t);
        if (seen.has(key)) continue;
        const slipped = avoid && t.context.slips > from.context.slips;
        if (slipped && early) continue;
        seen.add(key);
        if (slipped) continue;
        const p = [...path, ...events];
        if (!early && goal(t)) return p;
        next.push({ s: t, path: p });
      }
    }
    frontier = next;
  }
  return null;
}

/** The way back to a finished procedure from wherever the trainee is, for hints and reports. */
export const shortestRecovery = (s: LabSnapshot, limit?: number) => shortestPath(s, { limit });
