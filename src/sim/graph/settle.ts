import type { LabSnapshot } from '../attempt/replay.ts';
import type { SimEvent } from '../events.ts';
import { step } from '../machines/step.ts';
import { MAX_SKIP_MS } from '../selectors/next-change.ts';
import { currentStateId } from '../selectors.ts';

const SECOND = 1000;
/** How long a move may keep the cluster busy before the search stops waiting for it. */
const MAX_SETTLE_MS = 600 * SECOND;

/**
 * The next tick: whole seconds, up to the second in which the soonest operation step completes.
 * The seconds skipped change nothing but the clock (the engine carries each operation's time to
 * the millisecond), so this reaches exactly the snapshots one-second ticks reach with about a
 * quarter of the machine steps (seven in ten one-second ticks were empty).
 */
function nextTickMs(s: LabSnapshot): number {
  const soonest = Math.min(...s.context.world.ops.map((op) => op.remaining));
  const seconds = Math.max(1, Math.ceil(soonest / SECOND));
  return Math.min(seconds * SECOND, MAX_SKIP_MS);
}

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
  for (let waited = 0; waited < MAX_SETTLE_MS && snapshot.status === 'active'; ) {
    if (!snapshot.context.world.ops.some((op) => op.steps[0]?.kind !== 'restore')) break;
    // A mistake interrupts, as the trainee would notice it (this keeps F12 observable).
    if (currentStateId(snapshot) !== before && snapshot.hasTag('mistake')) break;
    const tick: SimEvent = { type: 'clock.tick', ms: nextTickMs(snapshot) };
    snapshot = step(snapshot, tick);
    events.push(tick);
    waited += tick.ms;
  }
  return { snapshot, events };
}
