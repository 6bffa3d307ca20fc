import { describe, expect, test } from 'vitest';
import { replayAttempt } from '../attempt/replay.ts';
import type { Scenario } from '../scenarios/types.ts';
import { replaySession, resumeSession, startSession, step, type Session, type SessionCommand } from '../session/session.ts';
import { invariantViolations } from '../world/invariants.ts';
import { prng, randomEvent } from './random-events.ts';

const SEQUENCES = 5000;
const LENGTH = 12;
/** Worlds differ by seed; a few dozen of them, each built once, keep the test fast. */
const WORLDS = 64;
/** A bare scenario: the seed's world, no prelude. */
const bare: Scenario = { id: 'random', title: 'Random', briefing: '', branch: null, setup: {}, prelude: [], solution: [], success: { kind: 'done' } };

/** A random entry: mostly world actions, sometimes undo, reset, a hint, "solution shown" or an instructor jump. */
function randomCommand(rand: () => number): SessionCommand {
  const r = rand();
  if (r < 0.08) return { type: 'attempt.undo' };
  if (r < 0.1) return { type: 'attempt.reset' };
  if (r < 0.12) return { type: 'hint.take', rung: 1 + Math.floor(rand() * 3) };
  if (r < 0.13) return { type: 'solution.show' };
  if (r < 0.16) return { type: 'session.jump', events: Array.from({ length: 1 + Math.floor(rand() * 4) }, () => randomEvent(rand)) };
  return randomEvent(rand);
}

const logged = (c: SessionCommand) => (c.type === 'session.jump' ? 1 + c.events.length : 1);

describe('property: random entries through the session reducer never throw, never break the world, and replay exactly', () => {
  test(`${SEQUENCES} seeded sequences of ${LENGTH} entries (undo, reset, hints and jumps among them)`, { timeout: 300_000 }, () => {
    let applied = 0;
    const starts: Session[] = [];
    for (let seed = 1; seed <= SEQUENCES; seed++) {
      const rand = prng(seed);
      const initial = (starts[seed % WORLDS] ??= startSession(bare, 1 + (seed % WORLDS)));
      let session: Session = initial;
      const history: SessionCommand[] = [];
      const fail = (i: number, what: string) => new Error(`seed ${seed}, entry ${i + 1}: ${what}\n${JSON.stringify(history)}`);
      for (let i = 0; i < LENGTH; i++) {
        const command = randomCommand(rand);
        history.push(command);
        const before = session;
        let result;
        try {
          result = step(before, { event: command, at: i });
        } catch (error) {
          throw fail(i, `threw ${(error as Error).message}`);
        }
        session = result.session;
        const { verdict } = result;
        applied++;
        if (verdict.kind === 'ignored') {
          if (session !== before) throw fail(i, 'an ignored entry changed the session');
          continue;
        }
        const grown = session.attempt.events.length - before.attempt.events.length;
        if (grown < 1 || grown > logged(command)) throw fail(i, 'the log did not grow by the entry');
        if (verdict.kind === 'refused' && session.snapshot.context.world !== before.snapshot.context.world) throw fail(i, `a refused ${command.type} changed the world`);
        const broken = invariantViolations(session.snapshot.context.world);
        if (broken.length) throw fail(i, `after ${command.type}: ${broken.join('; ')}`);
        expect(session.snapshot.status).not.toBe('error');
      }
      // Replay is a fold of the same reducer: the log alone rebuilds the session (checked on every
      // fifth sequence, in full on every fiftieth, to keep the test fast).
      if (seed % 5 !== 0) continue;
      const rebuilt = replaySession({ ...initial, attempt: { ...initial.attempt, events: [] } }, session.attempt.events);
      const same = (a: Session, b: Session) => a.snapshot.context.world.seq === b.snapshot.context.world.seq && a.snapshot.context.trail.length === b.snapshot.context.trail.length
        && a.hints.at === b.hints.at && a.hints.rungs.join() === b.hints.rungs.join();
      if (!same(rebuilt, session)) throw fail(LENGTH - 1, 'the replayed session differs');
      if (seed % 50 === 0) {
        expect(resumeSession(bare, session.attempt).snapshot.context).toEqual(session.snapshot.context);
        expect(replayAttempt(session.attempt, bare).context).toEqual(session.snapshot.context);
      }
    }
    expect(applied).toBe(SEQUENCES * LENGTH);
  });
});
