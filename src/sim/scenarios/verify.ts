import { ATTEMPT_VERSION, type Attempt } from '../attempt/attempt.ts';
import { initialSnapshot, step } from '../machines/step.ts';
import { scoreAttempt } from '../scoring/score.ts';
import { currentStateId } from '../selectors.ts';
import { createWorld, DEFAULT_SETUP } from '../world/initial-world.ts';
import type { Scenario } from './types.ts';

export type VerifyResult = { ok: true } | { ok: false; error: string };

/**
 * Proves a (schema-valid) scenario playable: every prelude and solution event is accepted by the
 * lab, and the solution reaches the success rule with a perfect score. For imported scenarios and
 * for the catalog test. The error names the event, like the schema: `solution.12: …`.
 */
export function verifyScenario(scenario: Scenario, seed = 1): VerifyResult {
  let snapshot = initialSnapshot(createWorld({ ...DEFAULT_SETUP, ...scenario.setup, seed }));
  for (const [part, events] of [['prelude', scenario.prelude], ['solution', scenario.solution]] as const) {
    if (part === 'solution' && snapshot.status !== 'active') return { ok: false, error: `prelude: the attempt is already over when the trainee takes over (${currentStateId(snapshot)})` };
    for (const [i, event] of events.entries()) {
      if (snapshot.status !== 'active') return { ok: false, error: `${part}.${i}: the attempt is already over (${currentStateId(snapshot)}), so this event would be ignored` };
      snapshot = step(snapshot, event);
      const refused = snapshot.context.lastError;
      if (refused) return { ok: false, error: `${part}.${i}: the lab refuses this ${event.type} event: ${refused.message}` };
    }
  }
  const attempt: Attempt = { version: ATTEMPT_VERSION, scenarioId: scenario.id, seed, events: scenario.solution.map((event, i) => ({ event, at: i * 1000 })) };
  const report = scoreAttempt(attempt, scenario);
  if (!report.passed || report.score !== 100) {
    return { ok: false, error: `solution: it does not solve the scenario with a perfect score (it ends at ${currentStateId(snapshot)}, outcome ${report.outcome}, score ${report.score})` };
  }
  return { ok: true };
}
