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
        current.remaining = WAIT_MS;
        if (left < WAIT_MS) {
          current.remaining = WAIT_MS - left;
          break;
        }
        left -= WAIT_MS;
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
