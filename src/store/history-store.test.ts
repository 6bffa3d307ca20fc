import { beforeEach, describe, expect, test } from 'vitest';
import { loadedAlready, type LoadOnce } from '../lib/load-once.ts';
import { ATTEMPT_VERSION, type Attempt } from '../sim/attempt/attempt.ts';
import { standardScenario, standardSolution } from '../sim/scenarios/standard.ts';
import { scoreAttempt } from '../sim/scoring/score.ts';
import { createHistoryStore, type HistoryValidation, HISTORY_KEY, HISTORY_VERSION, inProgressKey, MAX_FINISHED, type FinishedAttempt, type HistoryV1 } from './history-store.ts';
import * as historyChecks from './history-validation.ts';
import { readBack } from './read-back.ts';
import { useStorageProblems } from './storage-problems.ts';
import { MemoryStorage } from './testing/memory-storage.ts';

const NOW = 1_750_000_000_000;
const attemptOf = (events = standardSolution()): Attempt => ({ version: ATTEMPT_VERSION, scenarioId: 'standard', seed: 1, events: events.map((event, i) => ({ event, at: i * 1000 })) });
const finishedOf = (id: string, events = standardSolution(), finishedAt = NOW): FinishedAttempt => {
  const attempt = attemptOf(events);
  return { id, attempt, mode: 'practice', startedAt: finishedAt - 60_000, updatedAt: finishedAt, finishedAt, report: scoreAttempt(attempt, standardScenario) };
};
const storeOn = (storage: MemoryStorage) => createHistoryStore(() => storage, { now: () => NOW, validation: loadedAlready(historyChecks) });
const saved = (storage: MemoryStorage) => JSON.parse(storage.getItem(HISTORY_KEY)!);
const problems = () => useStorageProblems.getState().problems;

/** Version 1 (the first release): one flat list, a bare score, attempts in attempt format 1. */
const v1Attempt = (events = standardSolution()) => ({ version: 1, scenario: 'standard', seed: 1, events: events.map((e, i) => ({ ...e, time: i * 1000 })) });
const v1Save = (attempts: HistoryV1['attempts'], clockSpeed?: number) => JSON.stringify({ state: { attempts, clockSpeed }, version: 1 });

beforeEach(() => useStorageProblems.getState().clear());

describe('history store', () => {
  test('starts empty with default settings on an empty storage', () => {
    const s = storeOn(new MemoryStorage()).getState();
    expect(s.inProgress).toEqual({});
    expect(s.finished).toEqual([]);
    expect(s.settings).toEqual({ clockSpeed: 1, mapVisible: true });
    expect(problems()).toEqual([]);
  });

  test('saves under crl.history with version 2, and a new session reads it back', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    const key = inProgressKey('standard', 'assessment');
    expect(key).toBe('standard|assessment');
    store.getState().saveInProgress(key, { attempt: attemptOf(standardSolution().slice(0, 4)), mode: 'assessment', startedAt: NOW, updatedAt: NOW + 5 });
    store.getState().recordFinished(finishedOf('a1'));
    store.getState().setSettings({ clockSpeed: 20 });
    expect(saved(storage)).toMatchObject({ version: HISTORY_VERSION });
    expect(Object.keys(saved(storage).state).sort()).toEqual(['finished', 'inProgress', 'settings']);
    const again = storeOn(storage).getState();
    expect(again.inProgress[key].attempt.events).toHaveLength(4);
    expect(again.finished.map((f) => f.id)).toEqual(['a1']);
    expect(again.finished[0].report.score).toBe(100);
    expect(again.settings.clockSpeed).toBe(20);
    expect(problems()).toEqual([]);
  });

  test('recordFinished clears the in-progress save of that scenario and mode, replaces the same id, keeps the newest', () => {
    const store = storeOn(new MemoryStorage());
    const key = inProgressKey('standard', 'practice');
    store.getState().saveInProgress(key, { attempt: attemptOf([]), mode: 'practice', startedAt: NOW, updatedAt: NOW });
    store.getState().saveInProgress('standard|assessment', { attempt: attemptOf([]), mode: 'assessment', startedAt: NOW, updatedAt: NOW });
    store.getState().recordFinished(finishedOf('a1'));
    expect(Object.keys(store.getState().inProgress)).toEqual(['standard|assessment']);
    store.getState().recordFinished({ ...finishedOf('a1'), finishedAt: NOW + 1 });
    expect(store.getState().finished).toHaveLength(1);
    store.getState().clearInProgress('standard|assessment');
    expect(store.getState().inProgress).toEqual({});
    for (let i = 0; i < MAX_FINISHED + 5; i++) store.getState().recordFinished({ ...store.getState().finished[0], id: `x${i}` });
    expect(store.getState().finished).toHaveLength(MAX_FINISHED);
    expect(store.getState().finished.at(-1)!.id).toBe(`x${MAX_FINISHED + 4}`);
  });

  test('clearing an attempt that is not saved writes nothing (a first visit\'s start)', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    store.getState().clearInProgress(inProgressKey('standard', 'practice'));
    expect(storage.getItem(HISTORY_KEY)).toBeNull();
    store.getState().saveInProgress('standard|practice', { attempt: attemptOf([]), mode: 'practice', startedAt: NOW, updatedAt: NOW });
    store.getState().clearInProgress('standard|practice');
    expect(saved(storage).state.inProgress).toEqual({});
  });
});

describe('migration from save version 1', () => {
  test('finished entries get full reports, unfinished ones become in-progress saves, the clock speed is kept', () => {
    const storage = new MemoryStorage();
    const half = standardSolution().slice(0, 5);
    storage.setItem(HISTORY_KEY, v1Save([
      { id: 'old-1', mode: 'assessment', startedAt: NOW - 9e6, finishedAt: NOW - 8e6, score: 97, attempt: v1Attempt() },
      { id: 'old-2', mode: 'practice', startedAt: NOW - 5e6, finishedAt: null, score: null, attempt: v1Attempt(half) },
      { id: 'old-3', mode: 'practice', startedAt: NOW - 7e6, finishedAt: null, score: null, attempt: v1Attempt(half.slice(0, 2)) },
    ], 8));
    const s = storeOn(storage).getState();
    expect(s.finished).toHaveLength(1);
    expect(s.finished[0]).toMatchObject({ id: 'old-1', mode: 'assessment', finishedAt: NOW - 8e6, attempt: { version: 2, scenarioId: 'standard' } });
    expect(s.finished[0].report).toMatchObject({ score: 100, passed: true, outcome: 'completed' }); // recomputed, not the bare 97
    expect(Object.keys(s.inProgress)).toEqual(['standard|practice']);
    expect(s.inProgress['standard|practice'].attempt.events).toHaveLength(5); // the latest of the two wins
    expect(s.inProgress['standard|practice'].attempt.events[1]).toEqual({ event: half[1], at: 1000 });
    expect(s.settings).toEqual({ clockSpeed: 8, mapVisible: true });
    // The migrated state is written back in the new format.
    expect(saved(storage).version).toBe(2);
    expect(saved(storage).state.finished[0].id).toBe('old-1');
    expect(problems()).toEqual([]);
  });

  test('a version 1 entry that cannot be read is named and left out; the original is kept aside', () => {
    const storage = new MemoryStorage();
    const raw = v1Save([
      { id: 'good', mode: 'practice', startedAt: 1, finishedAt: 2, score: 100, attempt: v1Attempt() },
      { id: 'bad', mode: 'practice', startedAt: 1, finishedAt: 2, score: 100, attempt: { version: 1, scenario: 'standard', seed: 1, events: [{ type: 'service.start', node: 'NODE9', service: 'MSExchangeDS', time: 0 }] } },
      { id: 'lost', mode: 'practice', startedAt: 1, finishedAt: 2, score: 1, attempt: { version: 1, scenario: 'gone-scenario', seed: 1, events: [] } },
    ]);
    storage.setItem(HISTORY_KEY, raw);
    const s = storeOn(storage).getState();
    expect(s.finished.map((f) => f.id)).toEqual(['good']);
    expect(storage.getItem(`${HISTORY_KEY}.corrupt.${NOW}`)).toBe(raw);
    expect(problems()[0].message).toContain("attempt 2: Event 1 ('service.start') cannot be replayed: node:");
    expect(problems()[0].backupKey).toBe(`${HISTORY_KEY}.corrupt.${NOW}`);
  });
});

describe('a save that cannot be read', () => {
  test('is copied aside, reported in plain language, and the lab starts clean; the copy survives later saves', () => {
    const storage = new MemoryStorage();
    storage.setItem(HISTORY_KEY, '{"state":{"inProgress":');
    const store = storeOn(storage);
    expect(store.getState().finished).toEqual([]);
    expect(problems()).toEqual([{
      message: `Your saved history could not be read (it is not valid JSON), so the lab started clean. A copy was kept as crl.history.corrupt.${NOW}.`,
      backupKey: `crl.history.corrupt.${NOW}`,
    }]);
    store.getState().recordFinished(finishedOf('new'));
    expect(saved(storage).state.finished[0].id).toBe('new');
    expect(storage.getItem(`crl.history.corrupt.${NOW}`)).toBe('{"state":{"inProgress":');
  });

  test('one damaged finished attempt does not cost the others', () => {
    const storage = new MemoryStorage();
    const good = finishedOf('good');
    const forged = { ...finishedOf('forged'), report: { ...finishedOf('forged').report, score: 'lots' } };
    storage.setItem(HISTORY_KEY, JSON.stringify({ state: { inProgress: {}, finished: [good, forged], settings: { clockSpeed: 1, mapVisible: false } }, version: 2 }));
    const s = storeOn(storage).getState();
    expect(s.finished.map((f) => f.id)).toEqual(['good']);
    expect(s.settings.mapVisible).toBe(false);
    expect(problems()[0].message).toMatch(/^Part of your saved history could not be read \(finished attempt 2: report: score: /);
  });

  test('a full storage on save is reported, not thrown', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    storage.quota = 100;
    expect(() => store.getState().recordFinished(finishedOf('big'))).not.toThrow();
    expect(problems()[0].message).toContain('storage is full');
    expect(store.getState().finished).toHaveLength(1); // still usable in this session
  });
});

describe('export and import', () => {
  test('export is pretty JSON; importing it elsewhere adds the attempts once (dedupe by id)', async () => {
    const a = storeOn(new MemoryStorage());
    a.getState().recordFinished(finishedOf('one', standardSolution(), NOW - 10));
    a.getState().recordFinished(finishedOf('two', standardSolution().slice(0, 6), NOW));
    const text = a.getState().exportHistory();
    expect(text).toContain('\n  "format": "cluster-restore-lab.history"');
    expect(JSON.parse(text)).toMatchObject({ version: 2, exportedAt: new Date(NOW).toISOString() });
    const b = storeOn(new MemoryStorage());
    b.getState().recordFinished(finishedOf('mine', standardSolution(), NOW - 5));
    expect(await b.getState().importHistory(text)).toEqual({ ok: true, added: 2 });
    expect(b.getState().finished.map((f) => f.id)).toEqual(['one', 'mine', 'two']);
    expect(await b.getState().importHistory(text)).toEqual({ ok: true, added: 0 });
    expect(b.getState().finished).toHaveLength(3);
  });

  test('reports in an imported file are recomputed from its events, not trusted', async () => {
    const a = storeOn(new MemoryStorage());
    a.getState().recordFinished(finishedOf('x', standardSolution().slice(0, 3)));
    const file = JSON.parse(a.getState().exportHistory());
    file.finished[0].report.score = 100;
    file.finished[0].report.passed = true;
    const b = storeOn(new MemoryStorage());
    expect(await b.getState().importHistory(JSON.stringify(file))).toEqual({ ok: true, added: 1 });
    expect(b.getState().finished[0].report).toMatchObject({ passed: false, outcome: 'unfinished' });
  });

  test('a version 1 save can be imported too', async () => {
    const b = storeOn(new MemoryStorage());
    const text = v1Save([{ id: 'v1', mode: 'practice', startedAt: 1, finishedAt: 2, score: 100, attempt: v1Attempt() }]);
    expect(await b.getState().importHistory(text)).toEqual({ ok: true, added: 1 });
  });

  const exported = () => {
    const a = storeOn(new MemoryStorage());
    a.getState().recordFinished(finishedOf('one'));
    return JSON.parse(a.getState().exportHistory());
  };
  test.each<[string, () => string, string]>([
    ['not JSON', () => 'hello', 'The file is not valid JSON ('],
    ['a JSON array', () => '[]', 'The file does not contain a lab history (expected a JSON object).'],
    ['some other JSON', () => '{"name":"x"}', 'The file is not a Cluster Restore Lab history export (no format or version).'],
    ['a newer format', () => JSON.stringify({ ...exported(), version: 9 }), 'The file was exported by a newer version of the lab (format 9; this lab reads up to 2).'],
    ['a garbled event', () => {
      const f = exported();
      f.finished[0].attempt.events[1].event.node = 'NODE9';
      return JSON.stringify(f);
    }, "The file cannot be read: finished attempt 1: attempt: Event 2 ('cluster.selectGroup') cannot be replayed: node: Invalid option: expected one of \"NODE1\"|\"NODE2\"."],
    ['an unknown scenario', () => {
      const f = exported();
      f.finished[0].attempt.scenarioId = 'moon-landing';
      return JSON.stringify(f);
    }, 'The file cannot be read: finished attempt 1: attempt: it belongs to scenario "moon-landing", which this lab does not have.'],
    ['a missing id', () => {
      const f = exported();
      delete f.finished[0].id;
      return JSON.stringify(f);
    }, 'The file cannot be read: finished attempt 1: id: Invalid input: expected string, received undefined.'],
    ['no attempt lists', () => JSON.stringify({ format: 'cluster-restore-lab.history', version: 2, finished: 'none' }), 'The file cannot be read: the saved state has no attempt lists.'],
  ])('refuses %s with a precise error and changes nothing', async (_name, text, error) => {
    const b = storeOn(new MemoryStorage());
    b.getState().recordFinished(finishedOf('keep'));
    const r = await b.getState().importHistory(text());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.startsWith(error), r.error).toBe(true);
    expect(b.getState().finished.map((f) => f.id)).toEqual(['keep']);
  });
});

describe('the checks for what is read back are loaded only when there is something to check', () => {
  /** Checks fetched on demand, counting the fetches; `fail` makes them unloadable (offline, a stale deploy). */
  const lateChecks = (fail = false) => {
    let module: HistoryValidation | null = null;
    const checks = {
      loads: 0,
      loaded: () => module,
      load: () => {
        checks.loads++;
        return fail ? Promise.reject(new Error('offline')) : Promise.resolve((module = historyChecks));
      },
    } satisfies LoadOnce<HistoryValidation> & { loads: number };
    return checks;
  };
  const lateStoreOn = (storage: MemoryStorage, checks: LoadOnce<HistoryValidation>) => createHistoryStore(() => storage, { now: () => NOW, validation: checks });

  test('nothing saved (a first visit): read at once, and the checks are not fetched', () => {
    const storage = new MemoryStorage();
    const checks = lateChecks();
    const store = lateStoreOn(storage, checks);
    expect(readBack(store, HISTORY_KEY, () => storage, checks)).toBeNull();
    expect(store.persist.hasHydrated()).toBe(true);
    expect(checks.loads).toBe(0);
  });

  test('a save: it is not read before the checks have loaded, then it is', async () => {
    const storage = new MemoryStorage();
    storeOn(storage).getState().recordFinished(finishedOf('a1'));
    const checks = lateChecks();
    const store = lateStoreOn(storage, checks);
    expect(store.getState().finished).toEqual([]);
    await readBack(store, HISTORY_KEY, () => storage, checks);
    expect(checks.loads).toBe(1);
    expect(store.getState().finished.map((f) => f.id)).toEqual(['a1']);
    expect(problems()).toEqual([]);
  });

  test('checks that cannot load: the lab starts clean, says so, and never writes over the save', async () => {
    const storage = new MemoryStorage();
    storeOn(storage).getState().recordFinished(finishedOf('a1'));
    const before = storage.getItem(HISTORY_KEY);
    const checks = lateChecks(true);
    const store = lateStoreOn(storage, checks);
    await readBack(store, HISTORY_KEY, () => storage, checks);
    expect(store.getState().finished).toEqual([]);
    expect(problems()[0].message).toMatch(/^Your saved history could not be checked \(part of the lab did not load/);
    store.getState().recordFinished(finishedOf('a2'));
    expect(storage.getItem(HISTORY_KEY)).toBe(before);
    expect(storage.keys()).toEqual([HISTORY_KEY]);
  });

  test('importing a file when the checks cannot load: a plain error, nothing changes', async () => {
    const store = lateStoreOn(new MemoryStorage(), lateChecks(true));
    const r = await store.getState().importHistory(storeOn(new MemoryStorage()).getState().exportHistory());
    expect(r).toEqual({ ok: false, error: expect.stringContaining('did not load') });
    expect(store.getState().finished).toEqual([]);
  });
});
