import type { Operation, OperationStep } from '../world/types.ts';
import { completeCatalog, completeRestore } from './backup.ts';
import { completeChangeOwner, completeDetectFailure, completeResourceOffline, completeResourceOnline, revertResourceStep, type StepResult } from './cluster-steps.ts';
import type { Draft } from './draft.ts';
import { stepDuration } from './durations.ts';
import { flushOutbox } from './mail.ts';
import { completeNodeJoin } from './nodes.ts';
import { completeServiceStart, completeServiceStop, revertServiceStep } from './services.ts';

/** How long a step that is waiting for another operation checks again. */
const WAIT_MS = 500;
/** Bounds one tick's work so a bad state can never spin forever. */
const MAX_STEPS_PER_TICK = 500;

function completeStep(d: Draft, step: OperationStep): StepResult {
  switch (step.kind) {
    case 'resource-online': return completeResourceOnline(d, step);
    case 'resource-offline': return completeResourceOffline(d, step);
    case 'service-start': return completeServiceStart(d, step);
    case 'service-stop': return completeServiceStop(d, step);
    case 'restore': return completeRestore(d, step);
    case 'catalog': return completeCatalog(d);
    case 'detect-failure': return completeDetectFailure(d, step);
    case 'change-owner': return completeChangeOwner(d, step);
    case 'node-join': return completeNodeJoin(d, step.node);
    case 'deliver-mail': flushOutbox(d); return 'done';
  }
}

function stillUsedElsewhere(d: Draft, op: Operation, step: OperationStep): boolean {
  return d.w.ops.some((other) => other.id !== op.id && other.steps.some((s) => s.kind === step.kind && JSON.stringify(s) === JSON.stringify(step)));
}

/**
 * When, in ms from the tick's start, the soonest step of another operation can complete. Operations
 * are advanced one after another: those before `id` in `ids` have run to the tick's end, so theirs
 * count from `ms`, as do those scheduled during this tick; those after still count from the tick's
 * start, and one already due completes only when its turn comes, which a waiting step sees no
 * sooner than the tick's end (`ms`).
 */
function nextCompletionElsewhere(d: Draft, id: number, ids: number[], now: number, ms: number): number {
  const mine = ids.indexOf(id);
  let soonest = Infinity;
  for (const op of d.w.ops) {
    if (op.id === id || op.steps.length === 0) continue;
    const at = ids.indexOf(op.id);
    // Scheduled during this tick (not in `ids`) or already advanced: counts from the tick's end.
    if (at === -1 || at < mine) soonest = Math.min(soonest, ms + op.remaining);
    else soonest = Math.min(soonest, op.remaining > now ? op.remaining : ms);
  }
  return Number.isFinite(soonest) ? soonest : now + WAIT_MS;
}

/** Advances every running operation by `ms` of simulated time. Steps finish in order. */
export function advanceOps(d: Draft, ms: number): void {
  let budget = MAX_STEPS_PER_TICK;
  const start = d.w.clock;
  const ids = d.w.ops.map((op) => op.id);
  for (const id of ids) {
    let left = ms;
    while (budget-- > 0) {
      const op = d.w.ops.find((o) => o.id === id);
      if (!op || op.steps.length === 0) break;
      if (op.remaining > left) {
        op.remaining -= left;
        break;
      }
      left -= op.remaining;
      d.w.clock = start + (ms - left);
      const result = completeStep(d, op.steps[0]);
      const current = d.w.ops.find((o) => o.id === id);
      if (!current) break;
      if (result === 'wait') {
        // Nothing this step waits for can change before another operation's step completes, so
        // check again then (on the 500 ms beat), not every 500 ms through a minutes-long replay.
        const now = ms - left;
        const wake = WAIT_MS * Math.max(1, Math.ceil((nextCompletionElsewhere(d, id, ids, now, ms) - now) / WAIT_MS));
        current.remaining = wake;
        if (left < wake) {
          current.remaining = wake - left;
          break;
        }
        left -= wake;
        continue;
      }
      if (result === 'abort') {
        for (const step of current.steps.slice(1)) {
          if (stillUsedElsewhere(d, current, step)) continue;
          revertResourceStep(d, step);
          revertServiceStep(d, step);
        }
        current.steps = [];
      } else {
        current.steps = current.steps.slice(1);
        if (current.steps.length) current.remaining = stepDuration(d.w, current.steps[0]);
      }
    }
  }
  d.w.ops = d.w.ops.filter((op) => op.steps.length > 0);
  d.w.clock = start + ms;
}
