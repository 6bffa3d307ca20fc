import type { Attempt } from '../sim/attempt/attempt.ts';
import type { Mode } from '../sim/scenarios/types.ts';
import type { Report } from '../sim/scoring/types.ts';

/**
 * The saved history's format: its types and constants. Checking what is read back, and migrating
 * version 1, is in history-validation.ts (it brings zod, so it is loaded only when needed).
 */

export interface SavedAttempt {
  attempt: Attempt;
  mode: Mode;
  startedAt: number;
  updatedAt: number;
}
export interface FinishedAttempt extends SavedAttempt {
  id: string;
  report: Report;
  finishedAt: number;
}
export interface HistorySettings {
  /** Simulated seconds per real second (0 = paused). */
  clockSpeed: number;
  mapVisible: boolean;
}
export interface PersistedHistory {
  /** Keyed by `inProgressKey(scenarioId, mode)`. */
  inProgress: Record<string, SavedAttempt>;
  /** Oldest first; at most `MAX_FINISHED`. */
  finished: FinishedAttempt[];
  settings: HistorySettings;
}
export const HISTORY_VERSION = 2;
/** Oldest finished attempts beyond this are dropped: an attempt logs 4 clock ticks a second while something is pending, so one can weigh 30–60 KB against a 5 MB storage quota. */
export const MAX_FINISHED = 50;
export const DEFAULT_SETTINGS: HistorySettings = { clockSpeed: 1, mapVisible: true };
export const inProgressKey = (scenarioId: string, mode: Mode) => `${scenarioId}|${mode}`;

/**
 * The later of two saves of an attempt in progress (either may be missing): the one whose last
 * action is later, then the one with more events. Two tabs handing an attempt over use it to
 * carry on from the newest copy, whichever way it arrived. Pure.
 */
export function newerSave(a: SavedAttempt | undefined | null, b: SavedAttempt | undefined | null): SavedAttempt | null {
  if (!a || !b) return a ?? b ?? null;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return b.attempt.events.length > a.attempt.events.length ? b : a;
}
export const EXPORT_FORMAT = 'cluster-restore-lab.history';

/**
 * Version 1 (invented by the first release) kept one flat list, in-progress and finished together,
 * with a bare score instead of a report, attempts in attempt format 1, and only the clock speed:
 * `{ attempts: [{ id, mode, startedAt, finishedAt | null, score | null, attempt }], clockSpeed? }`.
 */
export interface HistoryV1 {
  attempts: { id: string; mode: Mode; startedAt: number; finishedAt: number | null; score: number | null; attempt: unknown }[];
  clockSpeed?: number;
}
