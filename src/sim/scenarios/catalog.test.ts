import { describe, expect, test } from 'vitest';
import { ATTEMPT_VERSION, type Attempt } from '../attempt/attempt.ts';
import { foldEvents, replayAttempt, startSnapshot } from '../attempt/replay.ts';
import { BRANCHES } from '../machines/branches.ts';
import type { Branch } from '../machines/mistakes.ts';
import { scoreAttempt } from '../scoring/score.ts';
import { currentStateId } from '../selectors.ts';
import { invariantViolations } from '../world/invariants.ts';
import { SCENARIOS, findScenario } from './catalog.ts';
import { parseScenario } from './schema.ts';
import { standardSolution } from './standard.ts';
import { verifyScenario } from './verify.ts';

const solutionAttempt = (id: string, events: Attempt['events'][number]['event'][]): Attempt => ({
  version: ATTEMPT_VERSION, scenarioId: id, seed: 1, events: events.map((event, i) => ({ event, at: (i + 1) * 1500 })),
});

describe('scenario catalog', () => {
  test('has the standard scenario first, unique ids, and one scenario per branch a class should see', () => {
    expect(SCENARIOS[0].id).toBe('standard');
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    const branches = SCENARIOS.map((s) => s.branch).filter(Boolean);
    expect(branches).toEqual(expect.arrayContaining(['F1', 'F2', 'F3', 'F5', 'F6', 'F8', 'F11', 'F12', 'F13', 'F14', 'F15']));
    expect(SCENARIOS.some((s) => s.id === 'restore-under-pressure')).toBe(true);
    expect(findScenario('f2-directory-brought-online')?.branch).toBe('F2');
    expect(findScenario('nope')).toBeUndefined();
  });

  test('the combined scenario really starts with two faults: no tape catalog and NODE2 down', () => {
    const world = startSnapshot(findScenario('restore-under-pressure')!, 1).context.world;
    expect(world.tape.cataloged).toBe(false);
    expect(world.cluster.nodes.NODE2.status).toBe('Down');
    expect(world.cluster.groups['Exchange Cluster'].owner).toBe('NODE1');
  });

  describe.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    test('passes its own schema (through JSON, as a file would)', () => {
      const parsed = parseScenario(JSON.parse(JSON.stringify(scenario)));
      expect(parsed).toEqual({ ok: true, scenario });
    });

    test('briefing is plain text in our words that cites KB articles', () => {
      expect(scenario.briefing).toMatch(/Q\d{6}/);
      expect(scenario.briefing).not.toMatch(/<[a-z/]/i);
    });

    test('the prelude leaves the trainee where the briefing says', () => {
      const start = startSnapshot(scenario, 1);
      expect(start.status).toBe('active');
      expect(start.context.lastError).toBeNull();
      if (scenario.branch && scenario.branch !== 'F11') {
        expect(currentStateId(start)).toBe(`failure.${BRANCHES[scenario.branch as Branch].state}`);
      }
    });

    test('its solution is accepted event by event and solves it with a perfect score', () => {
      let snapshot = startSnapshot(scenario, 1);
      for (const [i, event] of scenario.solution.entries()) {
        snapshot = foldEvents(snapshot, [event]);
        expect(snapshot.context.lastError, `solution event ${i} (${event.type}) was refused`).toBeNull();
      }
      const attempt = solutionAttempt(scenario.id, scenario.solution);
      const end = replayAttempt(attempt, scenario);
      expect(currentStateId(end)).toBe(scenario.success.kind === 'done' ? 'done' : 'abandoned');
      expect(invariantViolations(end.context.world)).toEqual([]);
      const report = scoreAttempt(attempt, scenario);
      expect(report.outcome).toBe(scenario.success.kind === 'done' ? 'completed' : 'stopped-correctly');
      expect(report.deductions.filter((d) => d.points !== 0)).toEqual([]);
      expect(report).toMatchObject({ score: 100, passed: true, scenarioId: scenario.id });
    });
  });

  test('verifyScenario proves a scenario playable, or names the event that breaks it', () => {
    for (const s of SCENARIOS) expect(verifyScenario(s), s.id).toEqual({ ok: true });
    const standard = SCENARIOS[0];
    expect(verifyScenario({ ...standard, solution: standardSolution().slice(0, 10) })).toEqual({ ok: false, error: 'solution: it does not solve the scenario with a perfect score (it ends at main.startServices, outcome unfinished, score 70)' });
    expect(verifyScenario({ ...standard, solution: [...standard.solution.slice(0, 3), { type: 'app.close', node: 'NODE2', app: 'inbox' }] })).toEqual({ ok: false, error: 'solution.3: the lab refuses this app.close event: inbox is not open on NODE2.' });
    const refused = verifyScenario({ ...standard, prelude: [{ type: 'app.close', node: 'NODE1', app: 'backup' }] });
    expect(refused).toEqual({ ok: false, error: 'prelude.0: the lab refuses this app.close event: backup is not open on NODE1.' });
    expect(verifyScenario({ ...standard, prelude: [{ type: 'attempt.abandon', reason: 'x' }] })).toMatchObject({ ok: false, error: expect.stringContaining('prelude: the attempt is already over') });
  });

  test('F11: the report says the scenario is not recoverable and that stopping was right', () => {
    const scenario = findScenario('f11-organisation-mismatch')!;
    const report = scoreAttempt(solutionAttempt(scenario.id, scenario.solution), scenario);
    expect(report.verdict).toContain('not recoverable');
    expect(report.verdict).toContain('Stopping was right');
    expect(report.mistakes).toMatchObject([{ branch: 'F11', points: 0 }]);
    expect(report.steps.slice(6).map((s) => s.status)).toEqual(['not-reached', 'not-reached', 'not-reached']);
  });
});
