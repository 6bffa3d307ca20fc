import type { LabSnapshot } from '../attempt/replay.ts';
import type { SimEvent } from '../events.ts';
import { step } from '../machines/step.ts';
import { currentStateId } from '../selectors.ts';

const TICK: SimEvent = { type: 'clock.tick', ms: 1000 };
const MAX_TICKS = 600;

/**
 * One trainee move as a search step: the event, then simulated time until the cluster is quiet.
 * A running restore is left running (the trainee may abort it), so `restoring` stays observable,
 * and entering a mistake state stops the clock there.
 * Returns the snapshot and every event applied, ticks included, so a path can be replayed exactly.
 */
export function settledStep(s: LabSnapshot, event: SimEvent): { snapshot: LabSnapshot; events: SimEvent[] } {
  let snapshot = step(s, event);
  const events = [event];
  if (event.type === 'clock.tick') return { snapshot, events };
  const before = currentStateId(snapshot);
  for (let i = 0; i < MAX_TICKS && snapshot.status === 'active'; i++) {
    if (!snapshot.context.world.ops.some((op) => op.steps[0]?.kind !== 'restore')) break;
    // A mistake interrupts, as the trainee would notice it (this keeps F12 observable).
    if (currentStateId(snapshot) !== before && snapshot.hasTag('mistake')) break;
    snapshot = step(snapshot, TICK);
    events.push(TICK);
  }
  return { snapshot, events };
}
