import { describe, expect, test } from 'vitest';
import { ATTEMPT_VERSION, type Attempt, type LoggedEvent } from '../../sim/attempt/attempt.ts';
import { standardScenario, standardSolution } from '../../sim/scenarios/standard.ts';
import { scoreAttempt } from '../../sim/scoring/score.ts';
import { createLab } from '../../sim/testing/lab-driver.ts';
import { attemptInteractions, cmiTimespan, finishedValues } from './cmi-mapping.ts';

const attemptOf = (events: readonly LoggedEvent[]): Attempt => ({
  version: ATTEMPT_VERSION, scenarioId: 'standard', seed: 1, events: events.map((event, i) => ({ event, at: (i + 1) * 1000 })),
});

describe('SCORM 1.2 values', () => {
  test.each([[0, '0000:00:00.00'], [1234, '0000:00:01.23'], [3_723_450, '0001:02:03.45'], [1e12, '9999:59:59.99']])('CMITimespan of %i ms is %s', (ms, text) => {
    expect(cmiTimespan(ms)).toBe(text);
  });

  test('a perfect restore: the nine KB steps, each correct, latency since the one before', () => {
    const attempt = attemptOf(standardSolution());
    const interactions = attemptInteractions(attempt, standardScenario);
    expect(interactions.map((x) => [x.id, x.result])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`kb-step-${n}`, 'correct']));
    const total = interactions.reduce((sum, x) => sum + Number(x.latency.split(':')[2]) + 60 * Number(x.latency.split(':')[1]), 0);
    expect(total).toBeLessThanOrEqual(attempt.events.length);
    expect(finishedValues(scoreAttempt(attempt, standardScenario), 70)).toEqual([
      ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', '100'], ['cmi.core.lesson_status', 'passed'], ['cmi.core.exit', ''],
    ]);
  });

  test('a mistake is its own wrong interaction, in the order it happened; the step it skipped comes later, out of order', () => {
    const l = createLab({ scenario: standardScenario }).startClusterAdministrator().selectGroup().startBackup().restore(); // F1: restore refused
    const interactions = attemptInteractions(attemptOf(l.events), standardScenario);
    expect(interactions.map((x) => [x.id, x.result])).toEqual([['kb-step-1', 'correct'], ['mistake-1-F1', 'wrong']]);
  });

  test('a shown solution fails the attempt, and its score stays below the mastery score so the LMS agrees', () => {
    const report = scoreAttempt(attemptOf([{ type: 'solution.show' }, ...standardSolution()]), standardScenario);
    expect(report).toMatchObject({ passed: false, score: 100 });
    expect(finishedValues(report, 70)).toContainEqual(['cmi.core.lesson_status', 'failed']);
    expect(finishedValues(report, 70)).toContainEqual(['cmi.core.score.raw', '69']);
  });
});
