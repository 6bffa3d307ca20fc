import type { HintRung } from './types.ts';

/**
 * Scoring rubric (shown to trainees in the report and to instructors in the docs):
 *
 * - Start at 100.
 * - Each mistake (a trail transition of kind 'mistake' caused by the trainee) costs by severity:
 *   minor 5, major 15, critical 25.
 * - A mistake the trainee recovered from (a later 'recovery' transition back to the procedure)
 *   gives half of its cost back (rounded down). The report shows the detour it took.
 * - Mistakes that are not the trainee's doing cost nothing: the symptom of a fault an instructor
 *   injected during the attempt, and the organisation mismatch (F11), which is a broken prerequisite
 *   the trainee can only recognise (stopping is the right answer).
 * - Hints cost by rung: 2, 5, 10 (`HINT_COST`, shown before a rung is taken).
 * - Each undo costs 2; each reset costs 10. Undone or reset actions are not judged themselves.
 * - When the procedure had to be finished but was not (stopped or unfinished), each KB step not
 *   reached costs 10.
 * - The score is clamped to 0–100.
 * - Pass: score ≥ 70, the scenario's success rule met (finished; or, where the procedure cannot
 *   succeed, stopped while the world shows why), and the solution was never shown.
 */
export const SEVERITY_COST = { minor: 5, major: 15, critical: 25 } as const;
export const HINT_COST: Record<HintRung, number> = { 1: 2, 2: 5, 3: 10 };
export const UNDO_COST = 2;
export const RESET_COST = 10;
export const NOT_REACHED_COST = 10;
export const PASS_MARK = 70;
/** Half of a recovered mistake's cost comes back. */
export const recoveryCredit = (cost: number) => Math.floor(cost / 2);
