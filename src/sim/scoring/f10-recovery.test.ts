import { describe, expect, test } from 'vitest';
import { ATTEMPT_VERSION, type Attempt } from '../attempt/attempt.ts';
import { standardScenario } from '../scenarios/standard.ts';
import { createLab } from '../testing/lab-driver.ts';
import { RES } from '../world/names.ts';
import { SEVERITY_COST, recoveryCredit } from './rubric.ts';
import { scoreAttempt } from './score.ts';

/** Issue 10 item 2: Q161584 / Q175116 prescribe deleting the Restore in Progress key, then restoring again. */
const aborted = () => createLab({ scenario: standardScenario }).startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator()
  .startBackup().restore({}, { settle: false }).send({ type: 'clock.tick', ms: 5000 }).abortRestore().expectStep('failure.incompleteRestore');
const attemptOf = (events: Attempt['events'][number]['event'][]): Attempt => ({
  version: ATTEMPT_VERSION, scenarioId: standardScenario.id, seed: 1, events: events.map((event, i) => ({ event, at: (i + 1) * 1000 })),
});

describe('F10 recovered the way the KB says', () => {
  test('deleting both Restore in Progress keys, then restoring again, is the recovery: one F10 mistake, recovered, no F9', () => {
    const lab = aborted().open('registry-editor').deleteRipKey('MSExchangeDS').deleteRipKey('MSExchangeIS');
    expect(lab.step).toBe('failure.incompleteRestore');
    lab.restore().expectStep('main.startServices');
    lab.open('services').startService('MSExchangeDS').startService('MSExchangeIS').startService('MSExchangeMTA');
    lab.sendTestMessage().stopService('MSExchangeDS').startClusterAdministrator().bringGroupOnline().moveGroup().expectStep('done');

    const report = scoreAttempt(attemptOf(lab.events), standardScenario);
    expect(report.mistakes.map((m) => [m.branch, m.recovered])).toEqual([['F10', true]]);
    expect(report.recoveries).toHaveLength(1);
    expect(report.score).toBe(100 - SEVERITY_COST.major + recoveryCredit(SEVERITY_COST.major));
    expect(report.passed).toBe(true);
  });

  test('deleting the key and then starting the service instead of restoring is still F9 (-528)', () => {
    const lab = aborted().open('registry-editor').deleteRipKey('MSExchangeDS').open('services').startService('MSExchangeDS');
    expect(lab.step).toBe('failure.ripKeyProblem');
    expect(lab.hasEvent('MSExchangeDS', 1002)?.description).toContain('-528');
  });

  test('deleting a key whose files are all there is still F9 (Q200941)', () => {
    const lab = aborted().restore().expectStep('main.startServices').open('registry-editor').deleteRipKey('MSExchangeIS');
    expect(lab.step).toBe('failure.ripKeyProblem');
  });
});
