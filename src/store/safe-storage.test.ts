import { beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage, isQuotaError, SaveNotChecked, type Validation } from './safe-storage.ts';
import { useStorageProblems } from './storage-problems.ts';
import { MemoryStorage } from './testing/memory-storage.ts';

type S = { items: number[] };
const NOW = 1_700_000_000_000;
const validate = (state: unknown, version: number): Validation<S> => {
  const items = (state as { items?: unknown })?.items;
  if (!Array.isArray(items)) return { ok: false, reason: 'there is no item list' };
  const good = items.filter((x): x is number => typeof x === 'number');
  return { ok: true, state: { items: version === 1 ? good.map((x) => x * 10) : good }, dropped: items.length === good.length ? [] : [`${items.length - good.length} items are not numbers`] };
};
const setup = (raw?: string) => {
  const storage = new MemoryStorage();
  if (raw !== undefined) storage.setItem('k', raw);
  const safe = createSafeStorage<S>({ storage: () => storage, version: 2, validate, label: 'Your saved history', now: () => NOW });
  return { storage, safe };
};
const problems = () => useStorageProblems.getState().problems;

beforeEach(() => useStorageProblems.getState().clear());

describe('safe persist storage: reading', () => {
  test('nothing saved yet: null, no problem', () => {
    expect(setup().safe.getItem('k')).toBeNull();
    expect(problems()).toEqual([]);
  });

  test('a good save is returned as it is', () => {
    expect(setup(JSON.stringify({ state: { items: [1, 2] }, version: 2 })).safe.getItem('k')).toEqual({ state: { items: [1, 2] }, version: 2 });
    expect(problems()).toEqual([]);
  });

  test('an older version is validated and passed on for migration', () => {
    expect(setup(JSON.stringify({ state: { items: [1] }, version: 1 })).safe.getItem('k')).toEqual({ state: { items: [10] }, version: 1 });
  });

  test.each([
    ['not JSON', '{"state": {', 'it is not valid JSON'],
    ['no envelope', JSON.stringify([1, 2, 3]), 'it has no version or no state'],
    ['a newer version', JSON.stringify({ state: { items: [] }, version: 3 }), 'it was saved by a newer version of the lab (format 3; this lab reads up to 2)'],
    ['a state that does not validate', JSON.stringify({ state: { things: [] }, version: 2 }), 'there is no item list'],
  ])('%s: a COPY is kept aside, the problem recorded, the lab starts clean', (_name, raw, why) => {
    const { storage, safe } = setup(raw);
    expect(safe.getItem('k')).toBeNull();
    expect(storage.getItem(`k.corrupt.${NOW}`)).toBe(raw);
    expect(storage.getItem('k')).toBe(raw); // copied, not moved
    expect(problems()).toEqual([{
      message: `Your saved history could not be read (${why}), so the lab started clean. A copy was kept as k.corrupt.${NOW}.`,
      backupKey: `k.corrupt.${NOW}`,
    }]);
  });

  test('partly readable: what reads is used, the original is kept aside, the loss is named', () => {
    const raw = JSON.stringify({ state: { items: [1, 'two', 3] }, version: 2 });
    const { storage, safe } = setup(raw);
    expect(safe.getItem('k')).toEqual({ state: { items: [1, 3] }, version: 2 });
    expect(storage.getItem(`k.corrupt.${NOW}`)).toBe(raw);
    expect(problems()[0].message).toBe(`Part of your saved history could not be read (1 items are not numbers), so it was left out. A copy was kept as k.corrupt.${NOW}.`);
  });

  test('no room for the copy: the problem says so and the save is never overwritten', () => {
    const { storage, safe } = setup('garbage');
    storage.quota = storage.getItem('k')!.length + 1;
    expect(safe.getItem('k')).toBeNull();
    expect(storage.keys()).toEqual(['k']);
    expect(problems()[0]).toMatchObject({ backupKey: null, message: expect.stringContaining('no room to keep a copy, so the lab will not save over it') });
    storage.quota = Infinity;
    safe.setItem('k', { state: { items: [] }, version: 2 });
    safe.removeItem('k');
    expect(storage.getItem('k')).toBe('garbage');
  });

  test('a save that cannot be checked (the checks did not load): left as it is, reported, never overwritten', () => {
    const raw = JSON.stringify({ state: { items: [1] }, version: 2 });
    const storage = new MemoryStorage();
    storage.setItem('k', raw);
    const safe = createSafeStorage<S>({ storage: () => storage, version: 2, label: 'Your saved history', validate: () => { throw new SaveNotChecked('part of the lab did not load'); } });
    expect(safe.getItem('k')).toBeNull();
    expect(storage.keys()).toEqual(['k']);
    expect(problems()).toEqual([{
      message: 'Your saved history could not be checked (part of the lab did not load), so the lab started clean. It is still there, and the lab will not save over it; reload the page to try again.',
      backupKey: null,
    }]);
    safe.setItem('k', { state: { items: [] }, version: 2 });
    safe.removeItem('k');
    expect(storage.getItem('k')).toBe(raw);
  });

  test('storage disabled by the browser: a plain problem, no crash', () => {
    const safe = createSafeStorage<S>({ storage: () => { throw new DOMException('denied', 'SecurityError'); }, version: 2, validate, label: 'Your saved history' });
    expect(safe.getItem('k')).toBeNull();
    expect(() => safe.setItem('k', { state: { items: [] }, version: 2 })).not.toThrow();
    expect(problems()[0].message).toContain('does not let the lab save');
  });
});

describe('safe persist storage: writing', () => {
  test('writes JSON of the whole storage value', () => {
    const { storage, safe } = setup();
    safe.setItem('k', { state: { items: [4] }, version: 2 });
    expect(JSON.parse(storage.getItem('k')!)).toEqual({ state: { items: [4] }, version: 2 });
  });

  test('a full storage (QuotaExceededError) is reported once, not thrown', () => {
    const { storage, safe } = setup();
    storage.quota = 10;
    expect(() => safe.setItem('k', { state: { items: [1, 2, 3] }, version: 2 })).not.toThrow();
    safe.setItem('k', { state: { items: [1, 2, 3, 4] }, version: 2 });
    expect(problems()).toEqual([{ message: 'The browser\'s storage is full, so your latest progress was not saved. Export your history, then clear old attempts to make room.', backupKey: null }]);
    expect(storage.getItem('k')).toBeNull();
  });

  test('recognises quota errors of every browser', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
