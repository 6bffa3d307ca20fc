import { describe, expect, it } from 'vitest';
import { foldEvents, startSnapshot } from '../../sim/attempt/replay.ts';
import { standardScenario, standardSolution } from '../../sim/scenarios/standard.ts';
import { currentStateId } from '../../sim/selectors.ts';
import { replaySteps, snapshotsAt } from './replay.ts';

describe('replay', () => {
  const events = [...standardSolution(), { type: 'clock.tick', ms: 1000 } as const];
  const steps = replaySteps(events);

  it('has a start position, one per action, and one per run of ticks', () => {
    expect(steps[0]).toEqual({ end: 0, label: 'Start of the scenario' });
    expect(steps.at(-1)!.end).toBe(events.length);
    expect(steps[1].label).toBe('On NODE1, open Cluster Administrator.');
    const ticks = steps.filter((s) => s.label.startsWith('Time passes'));
    expect(ticks.length).toBeGreaterThan(3);
    expect(steps.at(-1)!.label).toMatch(/^Time passes/);
  });

  it('gives the same snapshot as folding the prefix', () => {
    const start = startSnapshot(standardScenario, 1);
    const snaps = snapshotsAt(start, events, steps);
    expect(snaps).toHaveLength(steps.length);
    for (const i of [0, 3, 9, steps.length - 1]) {
      const expected = foldEvents(start, events.slice(0, steps[i].end));
      expect(currentStateId(snaps[i])).toBe(currentStateId(expected));
      expect(snaps[i].context.world).toEqual(expected.context.world);
    }
    expect(currentStateId(snaps.at(-1)!)).toBe('done');
  });
});

describe('world summary', () => {
  it('reads nodes, resources, services and keys', async () => {
    const { worldSummary } = await import('./world-summary.ts');
    const { takeDirectoryOfflineSteps } = await import('../../sim/scenarios/standard.ts');
    const s = foldEvents(startSnapshot(standardScenario, 1), takeDirectoryOfflineSteps());
    const sum = worldSummary(s.context.world);
    expect(sum.owner).toBe('NODE1');
    expect(sum.nodes).toEqual([{ node: 'NODE1', status: 'Up' }, { node: 'NODE2', status: 'Up' }]);
    expect(sum.resources.find((r) => r.name === 'Microsoft Exchange Directory')?.status).toBe('Offline');
    expect(sum.ripKeys).toEqual([]);
    expect(sum.lastRestore).toBe('none');
  });
});

describe('durations', () => {
  it('formats h:mm:ss and spoken durations', async () => {
    const { formatDuration, spokenDuration } = await import('./time.ts');
    expect(formatDuration(0)).toBe('0:00:00');
    expect(formatDuration(3_723_900)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('0:00:00');
    expect(spokenDuration(0)).toBe('0 s');
    expect(spokenDuration(65_000)).toBe('1 min 5 s');
    expect(spokenDuration(120_000)).toBe('2 min');
    expect(spokenDuration(3_600_000)).toBe('1 h');
  });
});
