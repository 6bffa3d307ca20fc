import type { Attempt } from '../attempt/attempt.ts';
import type { Scenario } from '../scenarios/types.ts';
import type { Report } from './types.ts';

export { HINT_COST } from './rubric.ts';
export type { Report } from './types.ts';

/** Pure: the itemised report of an attempt (rubric in rubric.ts). WORK IN PROGRESS: signature is final. */
export function scoreAttempt(attempt: Attempt, scenario: Scenario): Report {
  return {
    scenarioId: scenario.id, scenarioTitle: scenario.title, outcome: 'unfinished', verdict: '', score: 100, passed: false,
    steps: [], mistakes: [], recoveries: [], hints: [], undos: 0, resets: 0, solutionShown: false,
    durationMs: attempt.events.at(-1)?.at ?? 0, simulatedMs: 0, deductions: [],
  };
}
