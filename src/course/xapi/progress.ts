import type { MistakeReport, Report, StepReport } from '../../sim/scoring/types.ts';

/** Something worth a statement while the attempt runs: a KB step reached or a mistake. */
export type ProgressItem = { key: string; kind: 'step'; step: StepReport } | { key: string; kind: 'mistake'; mistake: MistakeReport };

/**
 * Pure: the steps reached (by the trainee, not the scenario's prelude) and the mistakes of a report,
 * in the report's order, each with a key that stays the same when the report is recomputed later in
 * the attempt. An undone step stays told: the statements are the story of the attempt, not its end state.
 */
export function progressItems(report: Report): ProgressItem[] {
  const steps = report.steps
    .filter((s) => (s.status === 'done' || s.status === 'out-of-order') && !s.byPrelude)
    .map((step): ProgressItem => ({ key: `step:${step.kbStep}`, kind: 'step', step }));
  const mistakes = report.mistakes.map((mistake): ProgressItem => ({
    key: `mistake:${mistake.eventIndex}:${mistake.branch ?? mistake.kbStep ?? ''}`, kind: 'mistake', mistake,
  }));
  return [...steps, ...mistakes];
}

/** Pure: the items not told yet. */
export const untold = (items: readonly ProgressItem[], told: ReadonlySet<string>): ProgressItem[] => items.filter((i) => !told.has(i.key));
