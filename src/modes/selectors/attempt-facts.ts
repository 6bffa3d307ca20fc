import type { Attempt } from '../../sim/attempt/attempt.ts';
import { canReset as resettable, canUndo as undoable } from '../../sim/session/log-rules.ts';

/** Something the trainee did (not only the clock) that an undo would take back. */
export const canUndo = (attempt: Attempt) => undoable(attempt.events);

/** The attempt has anything to reset. */
export const canReset = (attempt: Attempt) => resettable(attempt.events);

/** Wall-clock ms from the start of the attempt to its last entry. */
export const lastEntryAt = (attempt: Attempt) => attempt.events.at(-1)?.at ?? 0;

/** Identifies one attempt of one scenario in one mode (history id). */
export const attemptId = (s: { scenario: { id: string }; mode: string; startedAt: number }) => `${s.scenario.id}|${s.mode}|${s.startedAt}`;
