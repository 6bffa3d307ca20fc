import { describe, expect, it } from 'vitest';
import { foldEvents, startSnapshot } from '../../sim/attempt/replay.ts';
import type { SimEvent } from '../../sim/events.ts';
import { restoreSteps, standardScenario, standardSolution, takeDirectoryOfflineSteps } from '../../sim/scenarios/standard.ts';
import { RES } from '../../sim/world/names.ts';
import { describeEvent, whereToLook } from './describe-event.ts';
import { allFeedback, latestFeedback } from './feedback.ts';
import { hintText, nextAction } from './hints.ts';
import { MAIN_TASKS, stateMeta } from './state-meta.ts';
import { doneCount, taskList } from './task-list.ts';

const start = startSnapshot(standardScenario, 1);
const at = (events: SimEvent[]) => foldEvents(start, events);
const tick: SimEvent = { type: 'clock.tick', ms: 60_000 };

describe('task list', () => {
  it('lists the main line in order with titles from the machine', () => {
    expect(MAIN_TASKS.map((t) => t.kbStep)).toEqual([1, 2, 3, 4, 6, 7, 7, 8, 8, 9]);
    expect(MAIN_TASKS[0].title).toBe('1. Find the Exchange group');
  });

  it('starts with step 1 current and nothing done', () => {
    const rows = taskList(start);
    expect(rows[0].status).toBe('current');
    expect(rows.slice(1).every((r) => r.status === 'todo')).toBe(true);
    expect(doneCount(rows)).toBe(0);
  });

  it('ticks steps 1-3 after taking the Directory offline and quitting Cluster Administrator', () => {
    const rows = taskList(at(takeDirectoryOfflineSteps()));
    expect(rows.slice(0, 3).map((r) => r.status)).toEqual(['done', 'done', 'done']);
    expect(rows[3].status).toBe('current');
  });

  it('marks step 3 skipped when the restore starts with Cluster Administrator open', () => {
    const events = takeDirectoryOfflineSteps().filter((e) => e.type !== 'app.close');
    const rows = taskList(at([...events, ...restoreSteps().slice(0, 2)]));
    expect(rows[2].status).toBe('skipped');
    expect(rows[4].status).toBe('current');
  });

  it('ticks everything when the procedure is done', () => {
    const rows = taskList(at(standardSolution()));
    expect(rows.every((r) => r.status === 'done')).toBe(true);
  });
});

describe('feedback', () => {
  const f2 = [...takeDirectoryOfflineSteps(), ...restoreSteps(), { type: 'resource.bringOnline', resource: RES.ds } as SimEvent, tick, tick];

  it('explains a mistake: what broke, why, which step, which KB article', () => {
    const s = at(f2);
    const f = latestFeedback(s.context.trail)!;
    expect(f.tone).toBe('mistake');
    expect(f.title).toMatch(/^F2: Directory failed/);
    expect(f.whatBroke).toContain('-528');
    expect(f.why).toContain('checkpoint');
    expect(f.step).toMatch(/^KB step 7:/);
    expect(f.kb).toContain('Q188674');
  });

  it('gives a recovery a short positive note', () => {
    const s = at([...f2, ...restoreSteps().slice(1, 3)]);
    const all = allFeedback(s.context.trail);
    expect(all.map((f) => f.tone)).toEqual(['mistake', 'recovery']);
    expect(all[1].title).toBe('Back on track');
    expect(latestFeedback(s.context.trail, all[1].index + 1)).toBeNull();
  });

  it('finds meta of failure states', () => {
    expect(stateMeta('failure.directoryFailed')?.branch).toBe('F2');
    expect(stateMeta('nope.nothing')).toBeUndefined();
  });
});

describe('hints', () => {
  it('rung 1 nudges with the current step', () => {
    expect(hintText(1, start)).toContain('1. Find the Exchange group (KB Q238063 step 1)');
  });

  it('rungs 2 and 3 come from the shortest way to a finished procedure', () => {
    const s = at(takeDirectoryOfflineSteps());
    expect(nextAction(s)?.type).toBe('backup.restore');
    expect(hintText(2, s)).toContain('Backup');
    expect(hintText(3, s)).toContain('Destination Server to EXCHVS1');
  }, 30_000); // a breadth-first search over the state space: slow on a loaded machine
});

describe('describeEvent', () => {
  it('says every action in words', () => {
    for (const e of standardSolution()) {
      expect(describeEvent(e).length).toBeGreaterThan(8);
      expect(whereToLook(e)).toMatch(/^(Look|Nothing)/);
    }
    expect(describeEvent({ type: 'service.stop', node: 'NODE1', service: 'MSExchangeDS', withDependants: true })).toContain('Microsoft Exchange Directory');
    expect(describeEvent({ type: 'fault.inject', fault: { kind: 'node-down', node: 'NODE2' } })).toBe('Instructor fault: NODE2 down.');
  });
});
