import { describe, expect, test } from 'vitest';
import { stepDuration } from '../engine/durations.ts';
import { createLab } from '../testing/lab-driver.ts';
import { RES } from '../world/names.ts';
import { timeToNextChange } from './next-change.ts';
import { restoreProgress } from './backup.ts';

describe('skip ahead to the next change', () => {
  test('nothing scheduled: nothing to skip to', () => {
    expect(timeToNextChange(createLab().world)).toBeNull();
  });

  test('one tick of that length reaches the next visible change, and not earlier', () => {
    const lab = createLab().open('cluster-admin').takeOffline(RES.ds, { settle: false });
    const statuses = () => JSON.stringify(Object.values(lab.world.cluster.resources).map((r) => r.status));
    const before = statuses();
    const ms = timeToNextChange(lab.world)!;
    expect(ms).toBeGreaterThan(0);
    const early = createLab().open('cluster-admin').takeOffline(RES.ds, { settle: false }).send({ type: 'clock.tick', ms: ms - 1 });
    expect(JSON.stringify(Object.values(early.world.cluster.resources).map((r) => r.status))).toBe(before);
    lab.send({ type: 'clock.tick', ms, skip: true });
    expect(statuses()).not.toBe(before);
  });

  test('a running restore skips to its end in one step; repeated skips settle the cluster', () => {
    const lab = createLab().open('cluster-admin').takeOffline(RES.ds).open('backup').restore({}, { settle: false });
    const job = restoreProgress(lab.world)!;
    expect(timeToNextChange(lab.world)).toBe(job.durationMs);
    lab.send({ type: 'clock.tick', ms: timeToNextChange(lab.world)!, skip: true });
    expect(restoreProgress(lab.world)?.status).toBe('completed');
    expect(timeToNextChange(lab.world)).toBeNull();

    lab.open('services').startService('Microsoft Exchange Directory', { settle: false });
    let skips = 0;
    for (let ms = timeToNextChange(lab.world); ms !== null && skips < 20; ms = timeToNextChange(lab.world), skips++) lab.send({ type: 'clock.tick', ms, skip: true });
    expect(lab.service('MSExchangeDS').status).toBe('Started');
    expect(lab.world.ops).toHaveLength(0);
    expect(stepDuration(lab.world, { kind: 'deliver-mail' })).toBeGreaterThan(0);
  });
});
