import { describe, expect, test } from 'vitest';
import { standardScenario } from '../scenarios/standard.ts';
import { createLab } from '../testing/lab-driver.ts';
import { currentStateId } from '../selectors.ts';
import { RES } from '../world/names.ts';
import { ATTEMPT_VERSION, type Attempt } from './attempt.ts';
import { effectiveEvents } from '../session/log-rules.ts';
import { replayAttempt, startSnapshot } from './replay.ts';
import { restoreAttempt } from './restore.ts';

const asAttempt = (events: Attempt['events'][number]['event'][]): Attempt => ({
  version: ATTEMPT_VERSION, scenarioId: 'standard', seed: 7, events: events.map((event, i) => ({ event, at: i * 100 })),
});

describe('an attempt is its event log', () => {
  test('replaying a recorded attempt rebuilds the identical world and procedure state', () => {
    const lab = createLab({ scenario: standardScenario, seed: 7 });
    lab.startClusterAdministrator().selectGroup().takeOffline(RES.ds).quitClusterAdministrator().startBackup().restore({ erase: false });
    lab.open('services').startService('MSExchangeDS');
    const attempt = asAttempt(lab.events);
    const rebuilt = replayAttempt(attempt, standardScenario);
    expect(currentStateId(rebuilt)).toBe('failure.leftoverFiles');
    expect(rebuilt.context).toEqual(lab.snapshot.context);
    // Through JSON (storage, file export) as well.
    const reread = restoreAttempt(JSON.parse(JSON.stringify(attempt)));
    expect(reread.ok && replayAttempt(reread.attempt, standardScenario).context).toEqual(lab.snapshot.context);
  });

  test('undo removes the last action and the time after it; reset starts over', () => {
    const lab = createLab({ scenario: standardScenario });
    lab.startClusterAdministrator().selectGroup();
    const before = lab.snapshot.context.world;
    lab.takeOffline(RES.ds);
    const undone = asAttempt([...lab.events, { type: 'attempt.undo' }]);
    expect(effectiveEvents(undone.events)).toEqual(lab.events.slice(0, 2));
    expect(replayAttempt({ ...undone, seed: 1 }, standardScenario).context.world).toEqual(before);
    const reset = asAttempt([...lab.events, { type: 'attempt.reset' }, { type: 'hint.take', rung: 1 }]);
    expect(effectiveEvents(reset.events)).toEqual([]);
  });

  test('a version 1 log is migrated', () => {
    const v1 = { version: 1, scenario: 'standard', seed: 3, events: [{ type: 'app.open', node: 'NODE1', app: 'backup', time: 40 }] };
    const result = restoreAttempt(v1);
    expect(result).toEqual({ ok: true, migratedFrom: 1, attempt: { version: 2, scenarioId: 'standard', seed: 3, events: [{ event: { type: 'app.open', node: 'NODE1', app: 'backup' }, at: 40 }] } });
  });

  test.each([
    [null, 'An attempt must be a JSON object.'],
    [{ version: 99, scenarioId: 's', seed: 1, events: [] }, 'The attempt was saved by a newer version of the lab (format 99; this lab reads up to 2).'],
    [{ scenarioId: 's', seed: 1, events: [] }, 'The attempt has no version number.'],
    [{ version: 2, seed: 1, events: [] }, 'The attempt does not say which scenario it belongs to.'],
    [{ version: 2, scenarioId: 's', seed: 'x', events: [] }, 'The attempt has no valid seed.'],
    [{ version: 2, scenarioId: 's', seed: 1, events: [{ event: { type: 'app.open', node: 'NODE1', app: 'backup' } }, 'garbage'] }, 'Event 2 is not an event object.'],
    [{ version: 2, scenarioId: 's', seed: 1, events: [{ event: { type: 'service.start', node: 'NODE9', service: 'MSExchangeDS' } }] }, "Event 1 ('service.start') cannot be replayed: node: Invalid option: expected one of \"NODE1\"|\"NODE2\""],
    [{ version: 2, scenarioId: 's', seed: 1, events: [{ event: { type: 'warp.drive' } }] }, "Event 1 ('warp.drive') cannot be replayed:"],
  ])('refuses %j with a clear reason', (raw, reason) => {
    const result = restoreAttempt(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.startsWith(reason)).toBe(true);
  });
});

test('a scenario\'s start is built once per seed and handed out again (snapshots are never changed in place)', () => {
  const start = startSnapshot(standardScenario, 3);
  expect(startSnapshot(standardScenario, 3)).toBe(start);
  expect(startSnapshot(standardScenario, 4)).not.toBe(start);
});
