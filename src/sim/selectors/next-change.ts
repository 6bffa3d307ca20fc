import { applyEvent } from '../engine/apply.ts';
import type { World } from '../world/types.ts';

/** The longest skip: the engine's longest single clock tick (10 simulated minutes). */
export const MAX_SKIP_MS = 10 * 60_000;
/** Bounds the search (steps that only wait on another operation re-check every 500 ms). */
const MAX_CANDIDATES = 60;

/** What a trainee can see of the world: everything but the clock and the scheduler's bookkeeping. */
function visible(w: World): string {
  const { clock: _clock, seq: _seq, ops: _ops, nextId: _nextId, rng: _rng, ...rest } = w;
  return JSON.stringify(rest);
}

/**
 * Simulated ms until the next thing a trainee could see changes (a status, an event-log entry, a
 * message box, a delivered message), or null when nothing is scheduled or nothing changes within
 * MAX_SKIP_MS. One `clock.tick` of that length reaches it. Pure.
 */
export function timeToNextChange(w: World): number | null {
  if (w.ops.length === 0) return null;
  const before = visible(w);
  let ms = 0;
  let probe = w;
  for (let i = 0; i < MAX_CANDIDATES; i++) {
    const step = Math.min(...probe.ops.map((op) => op.remaining));
    if (!Number.isFinite(step) || step <= 0) return null;
    ms += step;
    if (ms > MAX_SKIP_MS) return null;
    // Always from `w` in one tick: exactly what the skip event will do when it is sent.
    const outcome = applyEvent(w, { type: 'clock.tick', ms });
    if (!outcome.ok) return null;
    if (visible(outcome.world) !== before) return ms;
    probe = outcome.world;
    if (probe.ops.length === 0) return null;
  }
  return null;
}
