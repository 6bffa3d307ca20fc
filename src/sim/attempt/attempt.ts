import type { SimEvent } from '../events.ts';
import type { MetaEvent } from '../events-schema.ts';

export const ATTEMPT_VERSION = 2;

export type LoggedEvent = SimEvent | MetaEvent;

/** One thing the trainee (or the clock) did, with wall-clock ms since the attempt started. */
export interface AttemptEntry {
  event: LoggedEvent;
  at: number;
}

/** An attempt is its event log: replaying `events` from the scenario's start rebuilds everything. */
export interface Attempt {
  version: typeof ATTEMPT_VERSION;
  scenarioId: string;
  seed: number;
  events: AttemptEntry[];
}

export const isMetaEvent = (e: LoggedEvent): e is MetaEvent =>
  e.type === 'hint.take' || e.type === 'attempt.undo' || e.type === 'attempt.reset' || e.type === 'solution.show';

export const newAttempt = (scenarioId: string, seed: number): Attempt => ({ version: ATTEMPT_VERSION, scenarioId, seed, events: [] });
