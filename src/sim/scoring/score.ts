import { procedureMachine } from '../machines/procedure-machine.ts';
import type { StateMeta } from '../machines/meta.ts';
import type { Attempt } from '../attempt/attempt.ts';
import { BRANCHES } from '../machines/branches.ts';
import { TERMINAL_STATES } from '../machines/procedure-machine.ts';
import type { Scenario } from '../scenarios/types.ts';
import { currentMeta, currentStateId } from '../selectors.ts';
import type { World } from '../world/types.ts';
import { stepStatuses } from './kb-steps.ts';
import { judgeTrail } from './mistakes.ts';
import { HINT_COST, NOT_REACHED_COST, PASS_MARK, RESET_COST, UNDO_COST } from './rubric.ts';
import { traceAttempt, type Trace } from './trace.ts';
import type { HintRung, Outcome, Report } from './types.ts';

export { HINT_COST } from './rubric.ts';
export type { Report } from './types.ts';

/** Why the procedure cannot succeed in this world, if it cannot (judged on facts, not on the click path). */
export function impossibleBecause(world: World): string | null {
  const set = world.tape.sets[0];
  if (set && world.installedOrg !== set.org) {
    return `the organisation name of the installation ("${world.installedOrg}") differs from the backup ("${set.org}"), even if only in case`;
  }
  return null;
}

function outcomeOf(trace: Trace): Outcome {
  const state = currentStateId(trace.end);
  if (state === 'done') return 'completed';
  if (state !== 'abandoned') return 'unfinished';
  const from = trace.abandonedFrom ?? '';
  const terminal = (TERMINAL_STATES as readonly string[]).includes(`lab.${from}`);
  return terminal || impossibleBecause(trace.end.context.world) ? 'stopped-correctly' : 'stopped';
}

function verdictOf(outcome: Outcome, scenario: Scenario, trace: Trace): string {
  const world = trace.end.context.world;
  switch (outcome) {
    case 'completed':
      return 'Completed: Exchange is restored, back under cluster control, and failover works.';
    case 'stopped-correctly': {
      const why = impossibleBecause(world);
      const detail = why ? `Stopping was right: ${why}.` : `Stopping was right: ${BRANCHES.F11.meta.summary}`;
      return `${detail} No step of the online restore can fix this; Exchange must be reinstalled with the exact organisation and site names (Q155509, Q162353). This scenario is not recoverable, and recognising that is the correct answer.`;
    }
    case 'stopped':
      return `Stopped at "${titleOf(trace.abandonedFrom)}", although the procedure could still have been finished.`;
    case 'unfinished':
      return scenario.success.kind === 'abandon-in'
        ? 'Not finished. This scenario cannot succeed: it is won by recognising why and stopping the attempt.'
        : `Not finished: the procedure is at "${currentMeta(trace.end)?.title ?? currentStateId(trace.end)}".`;
  }
}

/** A state's title as the trainee saw it on the map, not its internal id. */
const titleOf = (state: string | null) => {
  if (state === null) return 'the start';
  try {
    return (procedureMachine.getStateNodeById(`lab.${state}`).meta as StateMeta | undefined)?.title ?? state;
  } catch {
    return state;
  }
};

/**
 * Pure: the itemised report of an attempt. Replays the scenario's prelude and the attempt's
 * events, reads the procedure's trail and the world, and applies the rubric in rubric.ts.
 */
export function scoreAttempt(attempt: Attempt, scenario: Scenario): Report {
  const trace = traceAttempt(attempt, scenario);
  const startClock = trace.start.context.world.clock;
  const outcome = outcomeOf(trace);
  const successMet = scenario.success.kind === 'done'
    ? outcome === 'completed' || outcome === 'stopped-correctly'
    : outcome === 'stopped-correctly';
  const steps = stepStatuses(trace.transitions);
  const { mistakes, recoveries, costs } = judgeTrail(trace.transitions, trace.events, startClock);

  const deductions: Report['deductions'] = [];
  mistakes.forEach((m, i) => {
    const { cost, credit } = costs[i];
    deductions.push({ reason: `${m.title} (${m.severity}${m.excusedBecause ? ', not the trainee\'s doing' : ''})`, points: -cost });
    if (credit) deductions.push({ reason: `Recovered from: ${m.title}`, points: credit });
  });
  const hints: Report['hints'] = [];
  let undos = 0;
  let resets = 0;
  let solutionShown = false;
  for (const { event } of attempt.events) {
    if (event.type === 'hint.take') hints.push({ rung: event.rung as HintRung, points: HINT_COST[event.rung as HintRung] ?? 0 });
    else if (event.type === 'attempt.undo') undos++;
    else if (event.type === 'attempt.reset') resets++;
    else if (event.type === 'solution.show') solutionShown = true;
  }
  for (const h of hints) deductions.push({ reason: `Hint, rung ${h.rung}`, points: -h.points });
  if (undos) deductions.push({ reason: `Undo ×${undos}`, points: -undos * UNDO_COST });
  if (resets) deductions.push({ reason: `Reset ×${resets}`, points: -resets * RESET_COST });
  if (scenario.success.kind === 'done' && (outcome === 'unfinished' || outcome === 'stopped')) {
    for (const s of steps) if (s.status === 'not-reached') deductions.push({ reason: `KB step ${s.kbStep} not reached`, points: -NOT_REACHED_COST });
  }
  if (solutionShown) deductions.push({ reason: 'The solution was shown, so the attempt cannot pass', points: 0 });

  const score = Math.max(0, Math.min(100, 100 + deductions.reduce((sum, d) => sum + d.points, 0)));
  return {
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    outcome,
    verdict: verdictOf(outcome, scenario, trace),
    score,
    passed: successMet && score >= PASS_MARK && !solutionShown,
    steps,
    mistakes,
    recoveries,
    hints,
    undos,
    resets,
    solutionShown,
    durationMs: attempt.events.at(-1)?.at ?? 0,
    simulatedMs: trace.end.context.world.clock - startClock,
    deductions,
  };
}
