import { describe, expect, it } from 'vitest';
import { cmi5Problems, xapiProblems, type Cmi5Launch } from '../../../e2e/support/cmi5-rules.ts';
import { newAttempt, type Attempt } from '../../sim/attempt/attempt.ts';
import type { SimEvent } from '../../sim/events.ts';
import { f1Scenario } from '../../sim/scenarios/restore-branches.ts';
import { standardScenario } from '../../sim/scenarios/standard.ts';
import { scoreAttempt } from '../../sim/scoring/score.ts';
import type { Report } from '../../sim/scoring/types.ts';
import { isoDuration } from './duration.ts';
import { progressItems, untold } from './progress.ts';
import { finishStatements, initializedStatement, mistakeStatement, passes, stepStatement, terminatedStatement } from './statements.ts';
import type { Stamp, Statement, StatementSession } from './types.ts';
import { CMI5, EXT } from './vocabulary.ts';

const attemptOf = (events: readonly SimEvent[], scenarioId = 'standard'): Attempt => ({
  ...newAttempt(scenarioId, 1),
  events: events.map((event, i) => ({ event, at: i * 1000 })),
});

const SESSION_ID = '7d3c9a4e-2f1b-4c55-9a0e-1f2e3d4c5b6a';
const launch: Cmi5Launch = {
  registration: 'b6f2c0de-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  activityId: 'https://lms.example.com/au/standard',
  actor: { objectType: 'Agent', name: 'Pat', account: { homePage: 'https://lms.example.com', name: 'pat' } },
  launchMode: 'Normal',
  masteryScore: 0.7,
  contextTemplate: {
    contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example.com/course/1' }] },
    extensions: { [CMI5.sessionId]: SESSION_ID },
  },
};

const sessionFor = (l: Cmi5Launch, cmi5 = true): StatementSession => ({
  actor: l.actor, activityId: l.activityId, registration: l.registration, sessionId: SESSION_ID,
  contextTemplate: cmi5 ? l.contextTemplate : undefined, cmi5, launchMode: l.launchMode,
  masteryScore: l.masteryScore ?? 0.7, scenarioTitle: 'Standard online restore', scenarioId: 'standard',
});

let n = 0;
const stamp = (): Stamp => ({ id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, timestamp: '2026-12-02T18:00:00.000Z' });

/** A whole session as the lab sends it: initialized, progress, the end, terminated. */
function sessionStatements(s: StatementSession, report: Report): Statement[] {
  const out = [initializedStatement(s, stamp())];
  for (const item of progressItems(report)) {
    out.push(item.kind === 'step' ? stepStatement(s, stamp(), item.step, 5000) : mistakeStatement(s, stamp(), item.mistake, 5000));
  }
  out.push(...finishStatements(s, report, 600_000, [stamp(), stamp()]));
  out.push(terminatedStatement(s, stamp(), 660_000));
  return out;
}

const perfect = scoreAttempt(attemptOf(standardScenario.solution), standardScenario);
// The F1 colleague's mistake made by the trainee: restore while the Directory is online.
const withF1 = scoreAttempt(attemptOf([...f1Scenario.prelude, ...f1Scenario.solution]), standardScenario);

describe('xAPI statements of an attempt', () => {
  it('a Normal cmi5 session over a perfect restore follows every cmi5 rule and passes with its score', () => {
    const all = sessionStatements(sessionFor(launch), perfect);
    expect(cmi5Problems(all as never, launch)).toEqual([]);
    const verbs = all.map((s) => s.verb.id.split('/').at(-1));
    expect(verbs[0]).toBe('initialized');
    expect(verbs.slice(-3)).toEqual(['completed', 'passed', 'terminated']);
    expect(verbs.filter((v) => v === 'answered')).toHaveLength(9);
    const passed = all.at(-2)!;
    expect(passed.result).toMatchObject({ score: { scaled: 1, raw: 100, min: 0, max: 100 }, success: true, duration: 'PT10M' });
    expect(passed.context.extensions?.[CMI5.masteryScore]).toBe(0.7);
    expect(passed.context.contextActivities?.category?.map((c) => c.id)).toEqual([CMI5.category.id, CMI5.moveOn.id]);
    expect(passed.context.contextActivities?.grouping).toEqual(launch.contextTemplate.contextActivities && (launch.contextTemplate.contextActivities as { grouping: unknown }).grouping);
  });

  it('a mistake carries its KB step, failure branch and KB articles; steps are answered interactions under the AU', () => {
    const s = sessionFor(launch);
    const mistake = withF1.mistakes.find((m) => m.branch === 'F1')!;
    expect(mistake).toBeDefined();
    const st = mistakeStatement(s, stamp(), mistake, 12_340);
    expect(st.result).toMatchObject({ success: false, duration: 'PT12.34S' });
    expect(st.result?.extensions).toMatchObject({ [EXT.kbStep]: 2, [EXT.branch]: 'F1', [EXT.scenario]: 'standard' });
    expect(String(st.result?.extensions?.[EXT.kbArticles])).toContain('Q237739');
    expect(st.object.id).toBe(`${launch.activityId}/mistake/F1`);
    expect(st.context.contextActivities?.category).toBeUndefined();
    expect(st.context.contextActivities?.parent?.[0].id).toBe(launch.activityId);
    expect(xapiProblems(st)).toEqual([]);
    expect(cmi5Problems(sessionStatements(s, withF1) as never, launch)).toEqual([]);
  });

  it('Browse and Review launches send no completed, passed or failed', () => {
    for (const launchMode of ['Browse', 'Review'] as const) {
      const l = { ...launch, launchMode };
      expect(finishStatements(sessionFor(l), perfect, 1000, [stamp(), stamp()])).toEqual([]);
      const all = sessionStatements(sessionFor(l), perfect);
      expect(all.map((s) => s.verb.id.split('/').at(-1))).not.toContain('passed');
      expect(cmi5Problems(all as never, l)).toEqual([]);
    }
  });

  it('the LMS mastery score decides; a shown solution never passes', () => {
    expect(passes(perfect, 0.7)).toBe(true);
    expect(passes({ ...perfect, score: 85 }, 0.9)).toBe(false);
    expect(passes({ ...perfect, score: 85 }, 0.8)).toBe(true);
    expect(passes({ ...perfect, solutionShown: true }, 0.7)).toBe(false);
    expect(passes({ ...perfect, outcome: 'unfinished' }, 0.7)).toBe(false);
    const failed = finishStatements(sessionFor({ ...launch, masteryScore: 0.9 }), { ...perfect, score: 85 }, 1000, [stamp(), stamp()])[1];
    expect(failed.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(failed.result).toMatchObject({ success: false, score: { scaled: 0.85 } });
  });

  it('without an LMS the same statements carry no cmi5 category and still validate', () => {
    const s = { ...sessionFor(launch, false), activityId: 'https://school.example/lab/scenarios/standard' };
    const all = sessionStatements(s, perfect);
    for (const st of all) {
      expect(xapiProblems(st)).toEqual([]);
      expect(st.context.contextActivities?.category).toBeUndefined();
      expect(st.context.extensions?.[CMI5.sessionId]).toBe(SESSION_ID);
      expect(st.context.extensions?.[CMI5.masteryScore]).toBeUndefined();
    }
  });

  it('the checker itself catches what the rules forbid', () => {
    const all = sessionStatements(sessionFor(launch), perfect);
    expect(cmi5Problems([all[1], all[0], ...all.slice(2)] as never, launch)).toContain('the first statement is answered, not initialized');
    expect(cmi5Problems([...all, all[1]] as never, launch)[0]).toMatch(/after terminated/);
    expect(cmi5Problems(all as never, { ...launch, launchMode: 'Browse' }).join('\n')).toMatch(/passed: not allowed in Browse mode/);
    expect(xapiProblems({ actor: {}, verb: { id: 'not an iri' } }).length).toBeGreaterThan(1);
    const noSession = { ...all[0], context: { ...all[0].context, extensions: {} } };
    expect(cmi5Problems([noSession] as never, launch).join('\n')).toMatch(/session id/);
  });
});

describe('progress while the attempt runs', () => {
  it('tells each step and mistake once, by a key that survives recomputing the report', () => {
    const items = progressItems(withF1);
    expect(items.filter((i) => i.kind === 'mistake').length).toBeGreaterThan(0);
    const told = new Set(items.slice(0, 3).map((i) => i.key));
    expect(untold(progressItems(withF1), told)).toHaveLength(items.length - 3);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });
  it('leaves out steps the scenario prelude did', () => {
    const f1 = scoreAttempt(attemptOf(f1Scenario.solution, f1Scenario.id), f1Scenario);
    expect(f1.steps[0]).toMatchObject({ kbStep: 1, byPrelude: true });
    const keys = progressItems(f1).map((i) => i.key);
    expect(keys).not.toContain('step:1');
    expect(keys).toContain('step:2');
  });
});

describe('isoDuration', () => {
  it('writes hours, minutes and hundredths of seconds', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(12_345)).toBe('PT12.35S');
    expect(isoDuration(3_600_000)).toBe('PT1H');
    expect(isoDuration(3_723_500)).toBe('PT1H2M3.5S');
    expect(isoDuration(-5)).toBe('PT0S');
    expect(isoDuration(Number.NaN)).toBe('PT0S');
  });
});
