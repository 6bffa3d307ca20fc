import { step } from '../machines/step.ts';
import { initialTransition } from 'xstate';
import { describe, expect, test } from 'vitest';
import { procedureMachine } from '../machines/procedure-machine.ts';
import { createWorld, DEFAULT_SETUP } from '../world/initial-world.ts';
import { invariantViolations } from '../world/invariants.ts';
import type { SimEvent } from '../events.ts';
import { prng, randomEvent } from './random-events.ts';

const SEQUENCES = 2500;
const LENGTH = 30;

describe('property: random action sequences never throw and never break the world', () => {
  test(`${SEQUENCES} seeded sequences of ${LENGTH} actions`, { timeout: 120_000 }, () => {
    let applied = 0;
    for (let seed = 1; seed <= SEQUENCES; seed++) {
      const rand = prng(seed);
      let snapshot = initialTransition(procedureMachine, { world: createWorld({ ...DEFAULT_SETUP, seed }) })[0];
      const history: SimEvent[] = [];
      for (let i = 0; i < LENGTH && snapshot.status === 'active'; i++) {
        const event = randomEvent(rand);
        history.push(event);
        try {
          snapshot = step(snapshot, event);
        } catch (error) {
          throw new Error(`seed ${seed}, event ${i + 1} threw: ${(error as Error).message}\n${JSON.stringify(history)}`, { cause: error });
        }
        applied++;
        const broken = invariantViolations(snapshot.context.world);
        if (broken.length) throw new Error(`seed ${seed}, after event ${i + 1} (${event.type}): ${broken.join('; ')}\n${JSON.stringify(history)}`);
        expect(snapshot.status).not.toBe('error');
      }
    }
    expect(applied).toBeGreaterThan(SEQUENCES * LENGTH * 0.5);
  });
});
