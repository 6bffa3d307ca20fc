import type { Attempt } from '../../sim/attempt/attempt.ts';
import type { Scenario } from '../../sim/scenarios/types.ts';
import { stepReachedBy, stepStatuses } from '../../sim/scoring/kb-steps.ts';
import { judgeTrail } from '../../sim/scoring/mistakes.ts';
import { traceAttempt } from '../../sim/scoring/trace.ts';
import type { Report } from '../../sim/scoring/types.ts';

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (hours capped at 9999). Pure. */
export function cmiTimespan(ms: number): string {
  const cs = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360_000 + 359_999);
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

/** One `cmi.interactions.n` entry: a KB step reached, or a mistake. */
export interface CmiInteraction {
  id: string;
  type: 'performance';
  result: 'correct' | 'wrong';
  /** Wall-clock time since the previous interaction (or the start), as a CMITimespan. */
  latency: string;
}

/**
 * Pure: the interactions of an attempt so far, in the order they happened: one per KB step the
 * trainee reached (`kb-step-N`: correct when done in order, wrong when done out of order)
 * and one per mistake (`mistake-N-F2`, or `-slip` off the failure branches: always wrong).
 * Steps the scenario's prelude did are not the trainee's and are left out. A longer log of the
 * same attempt only appends (or re-judges a step), so entries can be written as they come.
 */
export function attemptInteractions(attempt: Attempt, scenario: Scenario): CmiInteraction[] {
  const trace = traceAttempt(attempt, scenario);
  const statuses = stepStatuses(trace.transitions);
  const found: { eventIndex: number; id: string; result: CmiInteraction['result'] }[] = [];
  stepReachedBy(trace.transitions).forEach((t, i) => {
    const { status } = statuses[i];
    if (!t || t.byPrelude || (status !== 'done' && status !== 'out-of-order')) return;
    found.push({ eventIndex: t.eventIndex, id: `kb-step-${i + 1}`, result: status === 'done' ? 'correct' : 'wrong' });
  });
  judgeTrail(trace.transitions, trace.events, trace.start.context.world.clock).mistakes.forEach((m, i) => {
    if (m.eventIndex >= 0) found.push({ eventIndex: m.eventIndex, id: `mistake-${i + 1}-${m.branch ?? 'slip'}`, result: 'wrong' });
  });
  found.sort((a, b) => a.eventIndex - b.eventIndex);
  let previousAt = 0;
  return found.map(({ eventIndex, id, result }) => {
    const at = attempt.events[eventIndex]?.at ?? previousAt;
    const latency = cmiTimespan(at - previousAt);
    previousAt = at;
    return { id, type: 'performance', result, latency };
  });
}

/** The values of `cmi.interactions.n` for one interaction. */
export const interactionValues = (n: number, x: CmiInteraction): [string, string][] => [
  [`cmi.interactions.${n}.id`, x.id],
  [`cmi.interactions.${n}.type`, x.type],
  [`cmi.interactions.${n}.result`, x.result],
  [`cmi.interactions.${n}.latency`, x.latency],
];

/**
 * Pure: what a finished attempt reports: passed or failed by the lab's own rule (the report's
 * `passed`: a shown solution never passes), the score out of 100, and a normal exit. SCORM 1.2
 * lets an LMS re-judge the status from the score and the mastery score, so a failed attempt whose
 * points reach the mastery score (solution shown, or the scenario's goal not met) reports one
 * point below it: the LMS then agrees with the lab.
 */
export function finishedValues(report: Report, masteryScore: number): [string, string][] {
  const raw = report.passed ? report.score : Math.min(report.score, Math.max(0, Math.ceil(masteryScore) - 1));
  return [
    ['cmi.core.score.min', '0'],
    ['cmi.core.score.max', '100'],
    ['cmi.core.score.raw', String(raw)],
    ['cmi.core.lesson_status', report.passed ? 'passed' : 'failed'],
    ['cmi.core.exit', ''],
  ];
}
