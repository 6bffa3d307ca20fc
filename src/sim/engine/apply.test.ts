import { describe, expect, test } from 'vitest';
import type { SimEvent } from '../events.ts';
import { prng, randomEvent } from '../testing/random-events.ts';
import { createWorld } from '../world/initial-world.ts';
import { applyEvent, engineAccepts } from './apply.ts';

describe('engineAccepts: the dry run of applyEvent', () => {
  test('agrees with applyEvent on every event of 60 seeded sequences, and never changes the world', () => {
    let checked = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const rand = prng(seed);
      let w = createWorld();
      for (let i = 0; i < 30; i++) {
        const event = randomEvent(rand);
        const before = i % 10 === 0 ? JSON.stringify(w) : null;
        const accepted = engineAccepts(w, event);
        if (before !== null) expect(JSON.stringify(w)).toBe(before);
        const out = applyEvent(w, event);
        expect({ seed, i, event, accepted }).toEqual({ seed, i, event, accepted: out.ok });
        w = out.world;
        checked++;
      }
    }
    expect(checked).toBe(1800);
  }, 60_000);

  test('refuses what applyEvent refuses: malformed and unknown events', () => {
    const w = createWorld();
    expect(engineAccepts(w, null as unknown as SimEvent)).toBe(false);
    expect(engineAccepts(w, { type: 'nope' } as unknown as SimEvent)).toBe(false);
    expect(engineAccepts(w, { type: 'clock.tick', ms: 0 })).toBe(false);
    expect(engineAccepts(w, { type: 'service.start' } as unknown as SimEvent)).toBe(false);
    expect(engineAccepts(w, { type: 'clock.tick', ms: 1000 })).toBe(true);
  });
});
