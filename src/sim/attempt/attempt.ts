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

/**
 * The world events that count after undo and reset: undo removes the last trainee action and the
 * clock ticks that followed it; reset removes everything before it.
 */
export function effectiveEvents(entries: AttemptEntry[]): SimEvent[] {
  const out: SimEvent[] = [];
  for (const { event } of entries) {
    if (event.type === 'attempt.reset') out.length = 0;
    else if (event.type === 'attempt.undo') {
      while (out.length && out[out.length - 1].type === 'clock.tick') out.pop();
      out.pop();
    } else if (!isMetaEvent(event)) out.push(event);
  }
  return out;
}

export const newAttempt = (scenarioId: string, seed: number): Attempt => ({ version: ATTEMPT_VERSION, scenarioId, seed, events: [] });
