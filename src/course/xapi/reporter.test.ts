import { describe, expect, test } from 'vitest';
import { findScenario } from '../../sim/scenarios/catalog.ts';
import { labSession, resumeLab, sendLab, startLab } from '../../store/lab-session.ts';
import { Outbox } from './outbox.ts';
import { startReporter } from './reporter.ts';
import type { LaunchMode, Statement, StatementSession } from './types.ts';

const f11 = findScenario('f11-organisation-mismatch')!; // the shortest: a few actions, then stop

const session = (launchMode: LaunchMode): StatementSession => ({
  actor: { objectType: 'Agent', name: 'Pat', account: { homePage: 'https://lms.example.com', name: 'pat' } },
  activityId: 'https://lms.example.com/au/f11', registration: 'b6f2c0de-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  sessionId: '7d3c9a4e-2f1b-4c55-9a0e-1f2e3d4c5b6a', contextTemplate: {}, cmi5: true, launchMode,
  masteryScore: 0.7, scenarioTitle: f11.title, scenarioId: f11.id,
});

function report(launchMode: LaunchMode) {
  const sent: Statement[] = [];
  const outbox = new Outbox({ storage: null, storageKey: '', send: async (batch) => { sent.push(...batch); } });
  const reporter = startReporter({ outbox, perAttempt: false, sessionFor: () => session(launchMode) });
  return { reporter, verbs: () => sent.map((s) => s.verb.id.split('/').at(-1)) };
}

function finishedAttempt() {
  startLab(f11, 'assessment', 1);
  for (const event of f11.solution) sendLab(event);
  return labSession.getState().attempt;
}

describe('reporter (cmi5 session)', () => {
  test('an attempt played to its end: what happened, then completed and passed, then terminated', async () => {
    startLab(f11, 'assessment', 1);
    const { reporter, verbs } = report('Normal');
    for (const event of f11.solution) sendLab(event);
    await reporter.terminate();
    expect(verbs()).toContain('answered');
    expect(verbs().slice(-3)).toEqual(['completed', 'passed', 'terminated']);
  });

  test('Review takes up the kept attempt already finished: nothing of it is told again', async () => {
    const kept = finishedAttempt();
    startLab(f11, 'assessment', 2);
    const { reporter, verbs } = report('Review');
    resumeLab(f11, 'assessment', kept, Date.now() + 1);
    expect(labSession.getState().snapshot.status).not.toBe('active');
    await reporter.terminate();
    expect(verbs()).toEqual(['terminated']);
  });
});
