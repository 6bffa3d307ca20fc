import { initialTransition, transition } from 'xstate';
import { describe, expect, test } from 'vitest';
import { createWorld, DEFAULT_SETUP } from '../world/initial-world.ts';
import { procedureMachine } from './procedure-machine.ts';
import { initialSnapshot, step } from './step.ts';
import type { SimEvent } from '../events.ts';
import { EXCHANGE_GROUP, NODES } from '../world/names.ts';

// The snapshot's own fields: what the lab reads and what a replay must reproduce.
const fields = (s: ReturnType<typeof initialSnapshot>) => ({ status: s.status, value: s.value, context: s.context, children: s.children, error: s.error, output: s.output });

describe('the inert machine step', () => {
  test('the first snapshot is the one xstate’s initialTransition gives', () => {
    const world = createWorld({ ...DEFAULT_SETUP, seed: 7 });
    expect(fields(initialSnapshot(world))).toEqual(fields(initialTransition(procedureMachine, { world })[0]));
  });

  test('a step is the one xstate’s transition gives', () => {
    const start = initialSnapshot(createWorld());
    const event: SimEvent = { type: 'cluster.selectGroup', node: NODES[0], group: EXCHANGE_GROUP };
    const after = step(start, event);
    expect(fields(after)).not.toEqual(fields(start));
    expect(fields(after)).toEqual(fields(transition(procedureMachine, start, event)[0]));
  });
});
