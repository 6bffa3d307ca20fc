import { describe, expect, test } from 'vitest';
import { settledStep } from '../graph/settle.ts';
import { restoreProgress } from '../selectors/backup.ts';
import { restoreSummary } from '../selectors/backup-log.ts';
import { timeToNextChange } from '../selectors/next-change.ts';
import { createLab } from '../testing/lab-driver.ts';
import { RES } from '../world/names.ts';
import { REPLAY_MS_PER_LOG, stepDuration } from './durations.ts';
import { restoreBytes } from './restore-files.ts';

/** Issue 10 item 7: realistic simulated durations, from the world's tape drive and backup set. */

const tick = (ms: number) => ({ type: 'clock.tick' as const, ms });
const restored = () => createLab().takeOffline(RES.ds).startBackup().restore().close('backup').open('services');
const both = { items: ['Directory', 'Information Store'] as ('Directory' | 'Information Store')[], private: true, public: true };

describe('restore: the set\'s bytes at the drive\'s rate', () => {
  test('the two-database set (~625 MB) takes minutes on the DLT 7000, and exactly bytes / rate', () => {
    const lab = createLab().takeOffline(RES.ds).startBackup().restore({}, { settle: false });
    const w = lab.world;
    const bytes = restoreBytes(both, w.tape.sets[0]);
    expect(bytes).toBe(625_524_736);
    const ms = restoreProgress(w)!.durationMs;
    expect(ms).toBe(Math.ceil((bytes / w.tape.drive.bytesPerSecond) * 1000));
    expect(ms).toBeGreaterThan(2 * 60_000);
    lab.send(tick(ms - 1));
    expect(lab.world.backup.restores[0].status).toBe('running');
    lab.send(tick(1));
    expect(lab.world.backup.restores[0].status).toBe('completed');
  });

  test('the duration follows the world: a bigger store on tape, or a slower drive, takes longer', () => {
    const lab = createLab().takeOffline(RES.ds).startBackup().restore({}, { settle: false });
    const step = lab.world.ops[0].steps[0];
    const base = stepDuration(lab.world, step);
    const bigger = structuredClone(lab.world);
    bigger.tape.sets[0].databaseBytes.private += 500_000_000;
    expect(stepDuration(bigger, step) - base).toBe(100_000);
    const dlt4000 = structuredClone(lab.world);
    dlt4000.tape.drive = { model: 'DLT 4000', bytesPerSecond: 1_500_000, accessMs: 68_000 };
    expect(stepDuration(dlt4000, step)).toBe(Math.ceil((625_524_736 / 1_500_000) * 1000));
  });

  test('Restore Status is honest: bytes processed over the seconds shown is the drive\'s rate', () => {
    const lab = createLab().takeOffline(RES.ds).startBackup().restore({}, { settle: false });
    const startedAt = restoreProgress(lab.world)!.startedAt;
    lab.settle();
    const lines = restoreSummary(lab.world, restoreProgress(lab.world)!, startedAt);
    const m = /^Processed ([\d,]+) bytes in (\d+) seconds\.$/.exec(lines.find((l) => l.startsWith('Processed'))!)!;
    const rate = Number(m[1].replace(/,/g, '')) / Number(m[2]);
    expect(rate / lab.world.tape.drive.bytesPerSecond).toBeCloseTo(1, 2);
  });
});

test('the catalog read costs the drive\'s access time (a minute), not seconds', () => {
  const lab = createLab({ setup: { tapeCataloged: false } }).startBackup().loadCatalog({ settle: false });
  expect(lab.world.ops[0].remaining).toBe(lab.world.tape.drive.accessMs);
  expect(lab.world.tape.drive.accessMs).toBe(60_000);
});

describe('service starts: seconds, or minutes of log replay after a restore', () => {
  test('a normal start of the Directory stays seconds', () => {
    const lab = createLab().takeOffline(RES.ds).open('services').startService('Microsoft Exchange Directory', { settle: false });
    expect(lab.world.ops.at(-1)!.remaining).toBe(7000);
  });

  test('after the restore the Directory sits in Start Pending while it replays 0x36–0x3f (ten 5 MB logs), then starts', () => {
    const lab = restored().startService('Microsoft Exchange Directory', { settle: false });
    const expected = 7000 + 10 * REPLAY_MS_PER_LOG + 7000;
    expect(lab.world.ops.at(-1)!.remaining).toBe(expected);
    expect(expected).toBeGreaterThanOrEqual(2 * 60_000);
    lab.send(tick(expected - 1000));
    expect(lab.service('MSExchangeDS').status).toBe('Start Pending');
    lab.send(tick(1000));
    expect(lab.service('MSExchangeDS').status).toBe('Started');
    expect(lab.logEntries('Application').filter((e) => e.eventId === 109)).toHaveLength(10);
  });

  test('the Information Store replays as long; a start that fails before replaying (no key: -528) fails in seconds', () => {
    const lab = restored().startService('Microsoft Exchange Directory').startService('Microsoft Exchange Information Store', { settle: false });
    expect(lab.world.ops.at(-1)!.remaining).toBe(9000 + 10 * REPLAY_MS_PER_LOG + 9000);
    const noKey = restored().deleteRipKey('MSExchangeDS').startService('Microsoft Exchange Directory', { settle: false });
    expect(noKey.world.ops.at(-1)!.remaining).toBe(7000);
  });

  test('Bring Online after the restore (F2) fails in seconds: the checkpoint wipes the key before any replay', () => {
    const lab = createLab().takeOffline(RES.ds).startBackup().restore().close('backup').bringOnline(RES.ds, { settle: false });
    expect(lab.world.ops.at(-1)!.remaining).toBe(7000);
  });

  test('Start Service After Restore replays too (Q188674)', () => {
    const lab = createLab().takeOffline(RES.ds).startBackup().restore({ startService: true }, { settle: false });
    lab.send(tick(restoreProgress(lab.world)!.durationMs));
    const start = lab.world.ops.find((op) => op.steps[0].kind === 'service-start')!;
    expect(start.steps.map((s) => s.kind === 'service-start' && s.service)).toEqual(['MSExchangeDS', 'MSExchangeIS']);
    expect(start.remaining).toBe(7000 + 10 * REPLAY_MS_PER_LOG + 7000);
  });
});

describe('long waits stay cheap to search', () => {
  test('a start waiting on a replaying Directory checks again when something can change, not every 500 ms', () => {
    // The MTA needs the Directory, which replays for minutes.
    const lab = restored().startService('Microsoft Exchange Directory', { settle: false }).startService('Microsoft Exchange Message Transfer Agent', { settle: false });
    lab.send(tick(10_000));
    const mta = lab.world.ops.find((op) => op.steps[0].kind === 'service-start' && op.steps[0].service === 'MSExchangeMTA')!;
    const ds = lab.world.ops.find((op) => op.steps[0].kind === 'service-start' && op.steps[0].service === 'MSExchangeDS')!;
    expect(mta.remaining).toBeGreaterThanOrEqual(ds.remaining);
    expect(mta.remaining - ds.remaining).toBeLessThanOrEqual(500);
    // The skip reaches the Directory's start in one press, then the MTA's.
    const next = timeToNextChange(lab.world)!;
    expect(next).toBe(ds.remaining);
    lab.send(tick(next));
    expect(lab.service('MSExchangeDS').status).toBe('Started');
    lab.send(tick(timeToNextChange(lab.world)!));
    expect(lab.service('MSExchangeMTA').status).toBe('Started');
  });

  test('settledStep reaches the end of a replay in a few ticks, jumping to completions', () => {
    const lab = restored();
    const { snapshot, events } = settledStep(lab.snapshot, { type: 'service.start', node: 'NODE1', service: 'MSExchangeDS' });
    expect(snapshot.context.world.services.NODE1.MSExchangeDS.status).toBe('Started');
    expect(events.length).toBeLessThanOrEqual(4);
  });
});
