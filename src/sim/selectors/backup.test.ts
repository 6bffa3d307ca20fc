import { describe, expect, test } from 'vitest';
import { createLab } from '../testing/lab-driver.ts';
import { createWorld } from '../world/initial-world.ts';
import { RES } from '../world/names.ts';
import type { RestoreOptions } from '../world/types.ts';
import { backupPerformedLine, formatCount, formatElapsed, restoreSummary } from './backup-log.ts';
import { applyEvent } from '../engine/apply.ts';
import { NODES } from '../world/names.ts';
import type { World } from '../world/types.ts';
import { canAbortRestore, restoreCounters, restoreFiles, restoreProgress, runningRestoreOn } from './backup.ts';

const ready = () => createLab().takeOffline(RES.ds).startBackup();
const both: RestoreOptions = { items: ['Directory', 'Information Store'], destination: 'EXCHVS1', erase: true, private: true, public: true, startService: false };
const tick = (ms: number) => ({ type: 'clock.tick' as const, ms });
const SET = createWorld().tape.sets[0];

describe('restoreProgress', () => {
  test('no restore yet gives null', () => {
    expect(restoreProgress(createWorld())).toBeNull();
    expect(runningRestoreOn(createWorld(), 'NODE1')).toBe(-1);
  });

  // 625,524,736 bytes at the DLT 7000's 5,000,000 bytes/s.
  const BOTH_MS = 125_105;

  test('a running two-item job counts up from 0 to 100 over the two minutes the tape takes', () => {
    const lab = ready().restore({}, { settle: false });
    const start = lab.world.clock;
    let p = restoreProgress(lab.world)!;
    expect(p).toMatchObject({ index: 0, status: 'running', durationMs: BOTH_MS, elapsedMs: 0, percent: 0, startedAt: start });
    expect(runningRestoreOn(lab.world, 'NODE1')).toBe(0);
    expect(runningRestoreOn(lab.world, 'NODE2')).toBe(-1);
    lab.send(tick(31_277));
    p = restoreProgress(lab.world)!;
    expect(p).toMatchObject({ status: 'running', elapsedMs: 31_277, percent: 25, startedAt: start });
    lab.send(tick(62_552));
    expect(restoreProgress(lab.world)!.percent).toBe(75);
    lab.send(tick(BOTH_MS - 31_277 - 62_552));
    p = restoreProgress(lab.world)!;
    expect(p).toMatchObject({ status: 'completed', elapsedMs: BOTH_MS, percent: 100, startedAt: null });
    expect(runningRestoreOn(lab.world, 'NODE1')).toBe(-1);
  });

  test('a one-item job takes as long as its own bytes: the store alone, 550 MB, in 110 s', () => {
    const lab = ready().restore({ items: ['Information Store'] }, { settle: false });
    const ms = restoreProgress(lab.world)!.durationMs;
    expect(ms).toBe(Math.ceil(((411_049_984 + 86_515_712 + 10 * 5_242_880 + 2 * 8_192) / 5_000_000) * 1000));
    lab.send(tick(ms / 2));
    expect(restoreProgress(lab.world)).toMatchObject({ percent: 50 });
  });

  test('a refused job (F1: Directory still online) is at 0 and says refused', () => {
    const lab = createLab().startBackup().restore();
    expect(restoreProgress(lab.world)).toMatchObject({ status: 'refused', percent: 0, elapsedMs: 0 });
  });

  test('an aborted job no longer knows how far it got', () => {
    const lab = ready().restore({}, { settle: false }).send(tick(3_000)).abortRestore();
    expect(restoreProgress(lab.world)).toMatchObject({ status: 'aborted', elapsedMs: null, percent: null, startedAt: null });
  });

  test('reads a given record, not only the last', () => {
    const lab = createLab().startBackup().restore().dismissDialogs().takeOffline(RES.ds).restore({}, { settle: false });
    expect(restoreProgress(lab.world, 0)!.status).toBe('refused');
    expect(restoreProgress(lab.world, 1)!.status).toBe('running');
    expect(restoreProgress(lab.world)!.index).toBe(1);
    expect(restoreProgress(lab.world, 7)).toBeNull();
  });
});

describe('restoreFiles and restoreCounters', () => {
  test('Directory and both stores: 1 + 10 + 1 and 2 + 10 + 2 files in two folders', () => {
    const files = restoreFiles(both, SET);
    expect(files).toHaveLength(26);
    expect(files[0].path).toBe('E:\\exchsrvr\\DSADATA\\DIR.EDB');
    expect(files[1].path).toBe('E:\\exchsrvr\\DSADATA\\EDB00036.LOG');
    expect(files[10].path).toBe('E:\\exchsrvr\\DSADATA\\EDB0003F.LOG');
    expect(files.at(-1)!.path).toBe('E:\\exchsrvr\\MDBDATA\\PUB.PAT');
  });

  test('Private only leaves out Pub.edb and Pub.pat', () => {
    const paths = restoreFiles({ ...both, items: ['Information Store'], public: false }, SET).map((f) => f.path);
    expect(paths.some((p) => p.includes('PUB'))).toBe(false);
    expect(paths).toContain('E:\\exchsrvr\\MDBDATA\\PRIV.EDB');
  });

  test('counters start at zero, finish with every file, and name the file being written', () => {
    const files = restoreFiles(both, SET);
    const total = files.reduce((s, f) => s + f.bytes, 0);
    expect(restoreCounters(files, 0)).toEqual({ directories: 0, files: 0, bytes: 0, current: null });
    expect(restoreCounters(files, 1)).toEqual({ directories: 2, files: 26, bytes: total, current: null });
    const early = restoreCounters(files, 0.01);
    expect(early).toMatchObject({ directories: 1, files: 0, current: 'E:\\exchsrvr\\DSADATA\\DIR.EDB' });
    const late = restoreCounters(files, 0.9);
    expect(late.directories).toBe(2);
    expect(late.current).toMatch(/MDBDATA/);
    expect(restoreCounters(files, 2).bytes).toBe(total);
  });
});

describe('restoreSummary', () => {
  test('completed: counts, elapsed and "successfully completed"', () => {
    const lab = ready().restore({}, { settle: false });
    const startedAt = restoreProgress(lab.world)!.startedAt;
    lab.settle();
    const lines = restoreSummary(lab.world, restoreProgress(lab.world)!, startedAt);
    expect(lines.slice(0, 4)).toEqual([
      'Tape Name: "Exchange Full 19-Aug-1999"',
      'Backup Set #1 on tape #1',
      'Backup description: "Nightly full backup of EXCHVS1"',
      // Q244408: when the set being restored was backed up, from the tape's own record of it.
      'Backup performed on 8/19/99 at 11:02 PM',
    ]);
    expect(lines).toContain('Restoring Microsoft Exchange Directory to \\\\EXCHVS1.');
    expect(lines).toContain('Restoring Microsoft Exchange Information Store to \\\\EXCHVS1.');
    expect(lines.some((l) => /^Restore started on 8\/20\/99 at \d+:\d\d:\d\d AM\.$/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('Restore completed on 8/20/99'))).toBe(true);
    expect(lines).toContain('Processed 625,524,736 bytes in 125 seconds.');
    expect(lines.at(-1)).toBe('The operation was successfully completed.');
  });

  test('"Backup performed on" follows the tape set\'s date, and is left out when the set records none', () => {
    const lab = ready();
    lab.world.tape.sets[0].date = '8/18/99 10:45 PM';
    lab.restore();
    expect(restoreSummary(lab.world, restoreProgress(lab.world)!, null)).toContain('Backup performed on 8/18/99 at 10:45 PM');
    expect(backupPerformedLine({ date: '8/19/99' })).toBe('Backup performed on 8/19/99');
    expect(backupPerformedLine({ date: '' })).toBeNull();
    expect(backupPerformedLine(undefined)).toBeNull();
  });

  test('refused and aborted jobs say the operation did not complete', () => {
    const refused = createLab().startBackup().restore({ destination: 'NODE1' });
    const lines = restoreSummary(refused.world, restoreProgress(refused.world)!, null);
    expect(lines).toContain('Restore started.');
    expect(lines).toContain('Backup performed on 8/19/99 at 11:02 PM');
    expect(lines).toContain('Restoring Microsoft Exchange Information Store to \\\\NODE1.');
    expect(lines.at(-1)).toBe('The operation did not complete.');
    const aborted = ready().restore({}, { settle: false }).send(tick(1_000)).abortRestore();
    const out = restoreSummary(aborted.world, restoreProgress(aborted.world)!, 0);
    expect(out).toContain('The restore was aborted by the operator.');
    expect(out.join('\n')).not.toMatch(/completed/);
  });

  test('a running job lists what it restores and nothing about the end', () => {
    const lab = ready().restore({ items: ['Directory'] }, { settle: false });
    const lines = restoreSummary(lab.world, restoreProgress(lab.world)!, 0);
    expect(lines.at(-1)).toBe('Restoring Microsoft Exchange Directory to \\\\EXCHVS1.');
  });

  test('number and time formats', () => {
    expect(formatCount(662282240)).toBe('662,282,240');
    expect(formatElapsed(0)).toBe('00:00:00');
    expect(formatElapsed(30_000)).toBe('00:00:30');
    expect(formatElapsed(3_725_999)).toBe('01:02:05');
  });
});

describe('Abort enablement matches what the engine accepts', () => {
  const worlds: [string, World][] = [
    ['no restore yet', ready().world],
    ['restore running', ready().restore({}, { settle: false }).send(tick(3_000)).world],
    ['restore completed', ready().restore().world],
    ['restore aborted', ready().restore({}, { settle: false }).send(tick(3_000)).abortRestore().world],
    ['restore refused (wrong destination)', ready().restore({ destination: 'NODE1' }).world],
    ['restore running from NODE2', ready().on('NODE2').startBackup().loadCatalog().restore({}, { settle: false }).world],
  ];
  test.each(worlds)('on both consoles (%s)', (_label, w) => {
    for (const node of NODES) {
      const accepted = applyEvent(w, { type: 'backup.abort', node }).ok;
      expect({ node, abort: canAbortRestore(w, node) }).toEqual({ node, abort: accepted });
      // Restore Status offers Abort exactly while a job of this console runs.
      expect({ node, abort: accepted }).toEqual({ node, abort: runningRestoreOn(w, node) >= 0 });
    }
  });
  test('Abort is offered while the job runs, on its own console only', () => {
    expect(canAbortRestore(worlds[1][1], 'NODE1')).toBe(true);
    expect(canAbortRestore(worlds[2][1], 'NODE1')).toBe(false);
    expect(canAbortRestore(worlds[5][1], 'NODE2')).toBe(true);
    expect(canAbortRestore(worlds[5][1], 'NODE1')).toBe(false);
  });
});
