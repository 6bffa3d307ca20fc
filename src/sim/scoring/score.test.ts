import { describe, expect, test } from 'vitest';
import { ATTEMPT_VERSION, type Attempt, type LoggedEvent } from '../attempt/attempt.ts';
import { countedEvents, effectiveEvents } from '../session/log-rules.ts';
import { replayAttempt } from '../attempt/replay.ts';
import { BRANCHES } from '../machines/branches.ts';
import { findScenario } from '../scenarios/catalog.ts';
import { standardScenario, standardSolution } from '../scenarios/standard.ts';
import type { Scenario } from '../scenarios/types.ts';
import { createLab, type LabDriver } from '../testing/lab-driver.ts';
import { RES } from '../world/names.ts';
import { HINT_COST, scoreAttempt } from './score.ts';
import { traceAttempt } from './trace.ts';

const attemptOf = (events: readonly LoggedEvent[], scenario: Scenario = standardScenario): Attempt => ({
  version: ATTEMPT_VERSION, scenarioId: scenario.id, seed: 1, events: events.map((event, i) => ({ event, at: (i + 1) * 1000 })),
});
const score = (events: readonly LoggedEvent[], scenario: Scenario = standardScenario) => scoreAttempt(attemptOf(events, scenario), scenario);
const statuses = (r: ReturnType<typeof score>) => r.steps.map((s) => s.status);
const lab = () => createLab({ scenario: standardScenario });
const ready = () => lab().startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator().startBackup();
const restored = () => ready().restore();
/** Step 7 to the end on the group's owner (as a trainee would finish after any recovery). */
function finish(l: LabDriver): LabDriver {
  l.on(l.owner).open('services');
  for (const s of ['MSExchangeDS', 'MSExchangeIS', 'MSExchangeMTA']) if (l.service(s).status === 'Stopped') l.startService(s);
  l.sendTestMessage().stopService('MSExchangeDS').startClusterAdministrator().bringGroupOnline().moveGroup();
  return l.expectStep('done');
}
const ALL_DONE = Array(9).fill('done');

describe('a perfect run', () => {
  test('the standard solution: every step done, nothing deducted, 100 and passed', () => {
    const events = standardSolution('NODE1');
    const r = score(events);
    expect(r).toMatchObject({ scenarioId: 'standard', scenarioTitle: standardScenario.title, outcome: 'completed', score: 100, passed: true, mistakes: [], recoveries: [], hints: [], undos: 0, resets: 0, solutionShown: false, deductions: [] });
    expect(statuses(r)).toEqual(ALL_DONE);
    expect(r.steps.map((s) => s.kbStep)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(r.durationMs).toBe(events.length * 1000);
    expect(r.simulatedMs).toBe(replayAttempt(attemptOf(events), standardScenario).context.world.clock);
    expect(r.verdict).toMatch(/^Completed/);
  });

  test.each<[string, () => LabDriver]>([
    ['Start Service After Restore in NT Backup (Q188674)', () => {
      const l = ready().restore({ startService: true });
      return l.open('services').startService('MSExchangeMTA').sendTestMessage().stopService('MSExchangeDS').startClusterAdministrator().bringGroupOnline().moveGroup();
    }],
    ['bringing the running services online directly (ClusSvc 1024 can be ignored)', () =>
      restored().open('services').startService('MSExchangeDS').startService('MSExchangeIS').startService('MSExchangeMTA').sendTestMessage()
        .startClusterAdministrator().bringGroupOnline().moveGroup()],
    ['starting the store first (the SCM starts the Directory) and bringing resources online one by one', () =>
      restored().open('services').startService('MSExchangeIS').startService('MSExchangeMTA').sendTestMessage().stopService('MSExchangeDS')
        .startClusterAdministrator().bringOnline(RES.es).bringOnline(RES.imc).moveGroup()],
    ['looking around first (Event Viewer, Regedt32, the other console)', () =>
      finish(lab().open('event-viewer').open('registry-editor').on('NODE2').open('event-viewer').on('NODE1')
        .startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator().startBackup().restore())],
  ])('any correct variant scores 100: %s', (_name, run) => {
    const l = run().expectStep('done');
    const r = score(l.events);
    expect(r.mistakes).toEqual([]);
    expect(statuses(r)).toEqual(ALL_DONE);
    expect(r).toMatchObject({ score: 100, passed: true, outcome: 'completed' });
  });

  test('the standard procedure on NODE2 scores 100 in the NODE2 scenario', () => {
    const scenario = findScenario('standard-node2')!;
    expect(score(standardSolution('NODE2'), scenario)).toMatchObject({ score: 100, passed: true });
  });
});

describe('each mistake: consequence, KB article, severity and cost', () => {
  test.each<[string, () => LabDriver, string, 'minor' | 'major' | 'critical']>([
    ['F1 restore with the Directory online', () => lab().startClusterAdministrator().selectGroup().startBackup().restore(), 'F1', 'major'],
    ['F5 node name as destination', () => ready().restore({ destination: 'NODE1' }), 'F5', 'major'],
    ['F6 Erase all existing data not ticked', () => ready().restore({ erase: false }).open('services').startService('MSExchangeDS'), 'F6', 'major'],
    ['F7 only Private restored', () => ready().restore({ public: false }).open('services').startService('MSExchangeDS').startService('MSExchangeIS'), 'F7', 'major'],
    ['F10 restore aborted', () => ready().restore({}, { settle: false }).send({ type: 'clock.tick', ms: 5000 }).abortRestore(), 'F10', 'major'],
    ['F2 Directory brought online', () => restored().startClusterAdministrator().bringOnline(RES.ds), 'F2', 'critical'],
    ['F3 Information Store brought online', () => restored().open('services').startService('MSExchangeDS').startClusterAdministrator().bringOnline(RES.is), 'F3', 'critical'],
    ['F4 whole group brought online', () => restored().startClusterAdministrator().bringGroupOnline(), 'F4', 'critical'],
    ['F9 RIP key deleted', () => restored().open('registry-editor').deleteRipKey('MSExchangeDS'), 'F9', 'critical'],
    ['F13 wrong node', () => restored().on('NODE2').open('services').startService('MSExchangeDS'), 'F13', 'major'],
    ['F12 System Attendant stopped from Control Panel', () => {
      const l = restored().open('services').startService('MSExchangeDS').startService('MSExchangeIS').startService('MSExchangeMTA').sendTestMessage();
      return l.stopService('Microsoft Exchange System Attendant', { withDependants: true, settle: false }).send({ type: 'clock.tick', ms: 9000 });
    }, 'F12', 'major'],
    ['F14 Move Group with the other node down', () => {
      const l = restored().nodeDown('NODE2').open('services').startService('MSExchangeDS').startService('MSExchangeIS').startService('MSExchangeMTA');
      return l.sendTestMessage().stopService('MSExchangeDS').startClusterAdministrator().bringGroupOnline().moveGroup();
    }, 'F14', 'minor'],
  ])('%s', (_name, run, branch, severity) => {
    const l = run();
    const r = score(l.events);
    const m = r.mistakes.find((x) => x.branch === branch);
    const meta = BRANCHES[branch as keyof typeof BRANCHES];
    expect(m, JSON.stringify(r.mistakes)).toBeDefined();
    expect(m).toMatchObject({ branch, severity, title: meta.meta.title, consequence: meta.meta.explanation, action: meta.edge.explanation, kbStep: meta.edge.kbStep, recovered: false });
    expect(m!.kb).toEqual(expect.arrayContaining(meta.meta.kb));
    expect(m!.points).toBe({ minor: 5, major: 15, critical: 25 }[severity]);
    expect(l.events[m!.eventIndex]).toBeDefined();
    expect(r.deductions).toContainEqual({ reason: `${meta.meta.title} (${severity})`, points: -m!.points });
    expect(r.passed).toBe(false);
    expect(r.outcome).toBe('unfinished');
  });

  test('the mistake points at the action that caused it, not the clock tick that revealed it', () => {
    const l = restored().startClusterAdministrator();
    const at = l.events.length;
    l.bringOnline(RES.ds);
    expect(score(l.events).mistakes[0].eventIndex).toBe(at);
  });

  test('KB step 3 skipped (restore with Cluster Administrator open): minor, 5 points, step marked skipped', () => {
    const l = finish(lab().startClusterAdministrator().selectGroup().takeOffline(RES.ds).startBackup().restore());
    const r = score(l.events);
    expect(r.mistakes).toMatchObject([{ branch: null, severity: 'minor', kbStep: 3, points: 5, title: 'KB step 3 not followed' }]);
    expect(r.mistakes[0].consequence).toContain('Cluster Administrator still open');
    expect(statuses(r)[2]).toBe('skipped');
    expect(r).toMatchObject({ score: 95, passed: true });
  });

  test('an unfinished attempt loses 10 per KB step not reached, and does not pass', () => {
    const r = score(lab().startClusterAdministrator().selectGroup().takeOffline(RES.ds).events);
    expect(statuses(r)).toEqual(['done', 'done', ...Array(7).fill('not-reached')]);
    expect(r).toMatchObject({ outcome: 'unfinished', score: 30, passed: false });
  });

  test('stopping when the procedure could be finished is "stopped", not a pass', () => {
    const r = score([...lab().startClusterAdministrator().selectGroup().events, { type: 'attempt.abandon', reason: 'gave up' }]);
    expect(r.outcome).toBe('stopped');
    expect(r.passed).toBe(false);
    expect(r.verdict).toContain('could still have been finished');
  });
});

describe('recoveries', () => {
  test('F1 recovered: half the cost back, step 2 out of order, detour measured', () => {
    const l = lab().startClusterAdministrator().selectGroup().startBackup().restore().dismissDialogs().takeOffline(RES.ds).quitClusterAdministrator().restore();
    const r = score(finish(l).events);
    expect(r.mistakes).toMatchObject([{ branch: 'F1', recovered: true, points: 8 }]);
    expect(r.recoveries).toMatchObject([{ from: 'failure.restoreRefused', to: 'main.restoreFromTape', points: 7, detourEvents: 1 }]); // dismissing the message box is not counted
    expect(r.recoveries[0].kb).toContain('Q237739');
    expect(r.recoveries[0].detourSimulatedMs).toBeGreaterThan(0);
    expect(statuses(r)[1]).toBe('out-of-order');
    expect(r.deductions).toEqual([{ reason: 'Restore refused: Directory still online (major)', points: -15 }, { reason: 'Recovered from: Restore refused: Directory still online', points: 7 }]);
    expect(r).toMatchObject({ score: 92, passed: true, outcome: 'completed' });
  });

  test('F2 recovered by re-creating the key by hand (Q200941): critical 25, 12 back', () => {
    // Ten failovers later the group is back on NODE1, where the store's key was never touched.
    const l = restored().startClusterAdministrator().bringOnline(RES.ds);
    l.on('NODE1').recreateRipKey('MSExchangeDS');
    const r = score(finish(l).events);
    expect(r.mistakes).toMatchObject([{ branch: 'F2', recovered: true, points: 13 }]);
    expect(r.recoveries).toMatchObject([{ from: 'failure.directoryFailed', to: 'main.startServices', points: 12 }]);
    expect(r.recoveries[0].detourEvents).toBe(1 + 9); // switch console (to the same node), one key of 9 edits
    expect(r.score).toBe(87);
  });

  test('two mistakes in a row, one recovery: both recovered', () => {
    const l = restored().startClusterAdministrator().bringOnline(RES.ds); // F2: failed over ten times, left Failed on NODE1
    l.on('NODE1').open('services').startService('MSExchangeDS'); // the checkpoint erased the key: F9 (-528 via the SCM)
    l.dismissDialogs().startBackup().restore();
    const r = score(finish(l).events);
    expect(r.mistakes.map((m) => [m.branch, m.recovered])).toEqual([['F2', true], ['F9', true]]);
    expect(r.recoveries).toHaveLength(1);
    expect(r.recoveries[0].points).toBe(24);
  });

  test('recovering from a mistake the scenario started with costs and credits nothing', () => {
    const scenario = findScenario('f2-directory-brought-online')!;
    const r = score(scenario.solution, scenario);
    expect(r.mistakes).toEqual([]);
    expect(r.recoveries).toMatchObject([{ from: 'failure.directoryFailed', points: 0 }]);
    expect(r.steps.slice(0, 6).every((s) => s.byPrelude)).toBe(true);
  });

  test('a fault injected by the instructor is not the trainee\'s mistake', () => {
    const fresh = restored().open('services').startService('MSExchangeDS').startService('MSExchangeIS').startService('MSExchangeMTA').sendTestMessage()
      .stopService('MSExchangeDS').startClusterAdministrator().bringGroupOnline();
    fresh.send({ type: 'fault.inject', fault: { kind: 'node-down', node: 'NODE1' } }).settle();
    const r = score(fresh.events);
    expect(r.mistakes).toMatchObject([{ branch: 'F12', points: 0 }]);
    expect(r.mistakes[0].excusedBecause).toContain('injected');
  });
});

describe('hints, undo, reset, solution', () => {
  test('hint costs are known before a rung is taken, and deducted per rung', () => {
    expect(HINT_COST).toEqual({ 1: 2, 2: 5, 3: 10 });
    const events: LoggedEvent[] = [{ type: 'hint.take', rung: 1 }, ...standardSolution().slice(0, 3), { type: 'hint.take', rung: 2 }, { type: 'hint.take', rung: 3 }, ...standardSolution().slice(3)];
    const r = score(events);
    expect(r.hints).toEqual([{ rung: 1, points: 2 }, { rung: 2, points: 5 }, { rung: 3, points: 10 }]);
    expect(r).toMatchObject({ score: 83, passed: true });
    expect(r.deductions.map((d) => d.points)).toEqual([-2, -5, -10]);
  });

  test('below the pass mark a finished attempt does not pass', () => {
    const r = score([...Array(4).fill({ type: 'hint.take', rung: 3 }), ...standardSolution()]);
    expect(r).toMatchObject({ outcome: 'completed', score: 60, passed: false });
  });

  test('an undone mistake is not judged, but each undo costs 2', () => {
    const l = restored().startClusterAdministrator();
    const events: LoggedEvent[] = [...l.events, { type: 'resource.bringOnline', resource: RES.ds }, { type: 'clock.tick', ms: 60_000 }, { type: 'attempt.undo' }, { type: 'app.close', node: 'NODE1', app: 'cluster-admin' }];
    const rest = finish(createLab({ scenario: standardScenario }).run(effectiveEvents(attemptOf(events).events))).events.slice(effectiveEvents(attemptOf(events).events).length);
    const r = score([...events, ...rest]);
    expect(r.mistakes).toEqual([]);
    expect(r.undos).toBe(1);
    expect(r).toMatchObject({ score: 98, passed: true, outcome: 'completed' });
  });

  test('a reset wipes what came before it and costs 10', () => {
    const r = score([...lab().startClusterAdministrator().selectGroup().startBackup().restore().events, { type: 'attempt.reset' }, ...standardSolution()]);
    expect(r.mistakes).toEqual([]);
    expect(r).toMatchObject({ resets: 1, score: 90, passed: true });
  });

  test('showing the solution means the attempt never passes', () => {
    const r = score([{ type: 'solution.show' }, ...standardSolution()]);
    expect(r).toMatchObject({ solutionShown: true, score: 100, passed: false, outcome: 'completed' });
    expect(r.deductions).toEqual([{ reason: 'The solution was shown, so the attempt cannot pass', points: 0 }]);
  });
});

describe('F11: recognising that the procedure cannot succeed', () => {
  const scenario = findScenario('f11-organisation-mismatch')!;
  test('stopping before even trying, because the world shows the mismatch, is also right (outcomes, not click paths)', () => {
    const r = score([{ type: 'app.open', node: 'NODE1', app: 'registry-editor' }, { type: 'attempt.abandon', reason: 'X500 DN says examplecorp, the tape says ExampleCorp' }], scenario);
    expect(r).toMatchObject({ outcome: 'stopped-correctly', passed: true, score: 100 });
  });
  test('carrying on without stopping is not a pass', () => {
    const r = score([{ type: 'app.open', node: 'NODE1', app: 'services' }, { type: 'service.start', node: 'NODE1', service: 'MSExchangeIS' }, { type: 'clock.tick', ms: 60_000 }], scenario);
    expect(r.outcome).toBe('unfinished');
    expect(r.passed).toBe(false);
    expect(r.verdict).toContain('recognising why and stopping');
    expect(r.deductions.some((d) => d.reason.includes('not reached'))).toBe(false);
  });
});

describe('the trace behind the report', () => {
  test('keeps the same undo/reset rules as effectiveEvents and ends where replayAttempt ends', () => {
    const events: LoggedEvent[] = [...restored().events, { type: 'hint.take', rung: 1 }, { type: 'attempt.undo' }, { type: 'attempt.undo' }, { type: 'app.open', node: 'NODE1', app: 'inbox' }];
    const attempt = attemptOf(events);
    const trace = traceAttempt(attempt, standardScenario);
    expect(countedEvents(attempt.events).map((e) => e.event)).toEqual(effectiveEvents(attempt.events));
    expect(trace.end.context).toEqual(replayAttempt(attempt, standardScenario).context);
  });
});
