import type { LabSnapshot } from '../../sim/attempt/replay.ts';
import { currentStateId } from '../../sim/selectors.ts';
import { MAIN_TASKS, type MainTask } from './state-meta.ts';

export type TaskStatus = 'done' | 'current' | 'skipped' | 'todo';
export interface TaskRow extends MainTask {
  status: TaskStatus;
}

/**
 * The coach's task list. A task is done once the procedure moved past it the right way (or past
 * it at all, for accepted variants and returns from a detour); skipped when a mistake jumped over
 * it; current while the trainee is in it. Pure.
 */
export function taskList(snapshot: LabSnapshot): TaskRow[] {
  const trail = snapshot.context.trail;
  const here = currentStateId(snapshot);
  const finished = snapshot.status === 'done' && here === 'done';
  const index = (id: string) => MAIN_TASKS.findIndex((t) => t.id === id);
  // Furthest main-line task reached (entered) so far.
  let furthest = Math.max(0, index(here));
  for (const e of trail) furthest = Math.max(furthest, index(e.to));
  const correct = new Set(trail.filter((e) => e.kind === 'correct').map((e) => e.from));
  const jumped = new Set(trail.filter((e) => e.kind === 'mistake' && index(e.to) > index(e.from)).map((e) => e.from));
  return MAIN_TASKS.map((t, i) => {
    let status: TaskStatus = 'todo';
    if (finished) status = 'done';
    else if (t.id === here) status = 'current';
    else if (correct.has(t.id)) status = 'done';
    else if (jumped.has(t.id)) status = 'skipped';
    else if (i < furthest) status = 'done';
    return { ...t, status };
  });
}

/** How many tasks are done, for "4 of 10 done". */
export const doneCount = (rows: TaskRow[]) => rows.filter((r) => r.status === 'done').length;
