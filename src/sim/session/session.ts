import { newAttempt, type Attempt, type AttemptEntry, type LoggedEvent } from '../attempt/attempt.ts';
import { foldEvents, startSnapshot, type LabSnapshot } from '../attempt/replay.ts';
import type { SimEvent } from '../events.ts';
import { step as machineStep } from '../machines/step.ts';
import type { Scenario } from '../scenarios/types.ts';
import { currentStateId } from '../selectors.ts';
import { effectiveEvents } from './log-rules.ts';
import { ACCEPTED, IGNORED, type Verdict } from './verdict.ts';

/** The seed a scenario starts with when nothing asks for another. */
export const DEFAULT_SEED = 1;

/** One attempt of one scenario: its log, the snapshot the log leads to, and the hints paid for here. */
export interface Session {
  scenario: Scenario;
  attempt: Attempt;
  snapshot: LabSnapshot;
  /** The scenario's start for this seed (after its prelude): undo and reset replay the log from it. */
  start: LabSnapshot;
  /** Hint rungs taken since the trainee last moved; `at` is that position (`hintPosition`). */
  hints: { at: string; rungs: number[] };
}

/**
 * What can be sent to a session: a world event (clock ticks included) or a meta event of the log
 * (`hint.take`, `solution.show`, `attempt.undo`, `attempt.reset`), or an instructor command:
 * `session.jump` (start over and do `events`, logged as a reset and those events) and
 * `session.branch` (a new attempt whose log is `events`, e.g. a prefix of a replayed attempt).
 */
export type SessionCommand =
  | LoggedEvent
  | { type: 'session.jump'; events: readonly SimEvent[] }
  | { type: 'session.branch'; scenario: Scenario; seed: number; events: readonly SimEvent[] };

export interface SessionEntry {
  event: SessionCommand;
  /** Wall-clock ms since the attempt started. */
  at: number;
}

export interface StepResult {
  session: Session;
  verdict: Verdict;
}

/** Where the trainee stands, as the hint ladder sees it: the state and how far the trail has come. */
export const hintPosition = (s: LabSnapshot) => `${currentStateId(s)}:${s.context.trail.length}`;

const withSnapshot = (session: Session, attempt: Attempt, snapshot: LabSnapshot): Session => {
  const at = hintPosition(snapshot);
  const hints = at === session.hints.at ? session.hints : { at, rungs: [] };
  return { ...session, attempt, snapshot, hints };
};

/** A new session at the scenario's start (after its prelude). Pure, deterministic for a seed. */
export function startSession(scenario: Scenario, seed: number): Session {
  const snapshot = startSnapshot(scenario, seed);
  return { scenario, attempt: newAttempt(scenario.id, seed), snapshot, start: snapshot, hints: { at: hintPosition(snapshot), rungs: [] } };
}

/**
 * One world event through the procedure machine, and its verdict (ignored once the attempt is
 * over). Pure. The engine leaves its refusal in the context; an older one left there is not this event's.
 */
export function stepSnapshot(before: LabSnapshot, event: SimEvent): { snapshot: LabSnapshot; verdict: Verdict } {
  if (before.status !== 'active') return { snapshot: before, verdict: IGNORED };
  const snapshot = machineStep(before, event);
  const error = snapshot.context.lastError;
  return { snapshot, verdict: error && error !== before.context.lastError ? { kind: 'refused', error } : ACCEPTED };
}

const append = (attempt: Attempt, ...entries: AttemptEntry[]): Attempt => ({ ...attempt, events: [...attempt.events, ...entries] });

/**
 * The one door: the session after `entry`, and what became of it. Pure; never throws. World events
 * go through the procedure machine (refused ones are logged too: replay must see them); undo,
 * reset and jump rebuild the snapshot from the log (`countedEvents` holds their rules); hints and
 * "solution shown" are only logged. Once the attempt is over, world events are ignored.
 */
export function step(session: Session, entry: SessionEntry): StepResult {
  const { event, at } = entry;
  switch (event.type) {
    case 'session.branch': {
      const start = startSession(event.scenario, event.seed);
      return { session: replaySession(start, event.events.map((e) => ({ event: e, at: 0 }))), verdict: ACCEPTED };
    }
    case 'session.jump':
      // Exactly what the log will replay: a reset, then each event.
      return { session: replaySession(session, [{ event: { type: 'attempt.reset' }, at }, ...event.events.map((e) => ({ event: e, at }))]), verdict: ACCEPTED };
    case 'attempt.undo':
    case 'attempt.reset': {
      const attempt = append(session.attempt, { event, at });
      // Same as replayAttempt(attempt, scenario), without building the start again.
      return { session: withSnapshot(session, attempt, foldEvents(session.start, effectiveEvents(attempt.events))), verdict: ACCEPTED };
    }
    case 'hint.take': {
      const attempt = append(session.attempt, { event, at });
      return { session: { ...session, attempt, hints: { ...session.hints, rungs: [...session.hints.rungs, event.rung] } }, verdict: ACCEPTED };
    }
    case 'solution.show':
      return { session: { ...session, attempt: append(session.attempt, { event, at }) }, verdict: ACCEPTED };
    default: {
      const { snapshot, verdict } = stepSnapshot(session.snapshot, event);
      if (verdict.kind === 'ignored') return { session, verdict };
      return { session: withSnapshot(session, append(session.attempt, { event, at }), snapshot), verdict };
    }
  }
}

/** Replay is a fold of `step` over the entries, from `start`. Pure. */
export function replaySession(start: Session, entries: readonly AttemptEntry[]): Session {
  let session = start;
  for (const entry of entries) session = step(session, entry).session;
  return session;
}

/**
 * A saved attempt, rebuilt: the session its log leads to. World events logged after the attempt
 * ended (only a hand-edited file has them) are ignored, as they would have been live. Pure.
 */
export const resumeSession = (scenario: Scenario, attempt: Attempt): Session =>
  replaySession({ ...startSession(scenario, attempt.seed), attempt: { ...attempt, events: [] } }, attempt.events);
