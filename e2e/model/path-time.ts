import type { LabSnapshot } from '../../src/sim/attempt/replay.ts';
import type { SimEvent } from '../../src/sim/events.ts';
import { step } from '../../src/sim/machines/step.ts';
import { currentStateId } from '../../src/sim/selectors.ts';

/** Simulated time along a path: which ticks follow which action, and what they really take. Pure. */

const pendingOps = (s: LabSnapshot) => s.context.world.ops.length > 0;

/** Cuts a path into trainee actions, each with the ticks that follow it. */
export function segments(path: readonly SimEvent[]): { event: SimEvent; ticks: SimEvent[] }[] {
  const out: { event: SimEvent; ticks: SimEvent[] }[] = [];
  for (const e of path) {
    if (e.type === 'clock.tick') {
      if (!out.length) throw new Error('a path may not start with clock.tick');
      out.at(-1)!.ticks.push(e);
    } else out.push({ event: e, ticks: [] });
  }
  return out;
}

/**
 * How much simulated time the path's ticks really need: all of them, unless the pending work ends
 * sooner (the traversal's one-minute tick during a 30 s restore). The UI's clock only runs while
 * work is pending, so this is what the top bar will show passing.
 */
export function timeNeeded(s: LabSnapshot, ticks: readonly SimEvent[]): number {
  const total = ticks.reduce((n, t) => n + (t.type === 'clock.tick' ? t.ms : 0), 0);
  let elapsed = 0;
  while (elapsed < total && s.status === 'active' && pendingOps(s)) {
    s = step(s, { type: 'clock.tick', ms: 500 });
    elapsed += 500;
  }
  return elapsed;
}

/** Lets simulated time run (1 s ticks) until nothing is pending; the states passed on the way. */
export function runOn(s: LabSnapshot): string[] {
  const seen: string[] = [];
  for (let i = 0; i < 900 && s.status === 'active' && pendingOps(s); i++) {
    s = step(s, { type: 'clock.tick', ms: 1000 });
    if (currentStateId(s) !== seen.at(-1)) seen.push(currentStateId(s));
  }
  return seen;
}
