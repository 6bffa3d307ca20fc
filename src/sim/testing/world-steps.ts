import { applyEvent } from '../engine/apply.ts';
import type { SimEvent } from '../events.ts';
import { createWorld, DEFAULT_SETUP } from '../world/initial-world.ts';
import { RES } from '../world/names.ts';
import type { World } from '../world/types.ts';

/** Engine-level steps for tests: a world, an event that must be accepted, time until the cluster is quiet. */

/** A healthy cluster: every Exchange resource online on NODE1. */
export const healthyWorld = () => createWorld({ ...DEFAULT_SETUP, damaged: [], seed: 1 });

/** The world after `e`; a refusal fails the test with the engine's message. */
export function send(w: World, e: SimEvent): World {
  const out = applyEvent(w, e);
  if (!out.ok) throw new Error(out.error.message);
  return out.world;
}

export const tick = (w: World, ms: number) => send(w, { type: 'clock.tick', ms });

/** One-second ticks until no operation is pending (at most ten simulated minutes). */
export function settle(w: World): World {
  for (let i = 0; i < 600 && w.ops.length > 0; i++) w = tick(w, 1000);
  return w;
}

/** The Event Service fails while online; the cluster reacts and settles. */
export const failEventService = (w: World) => settle(send(w, { type: 'resource.initiateFailure', resource: RES.es }));
