import { beforeEach, describe, expect, test } from 'vitest';
import { createDisplayPrefs, DISPLAY_KEY, validateDisplay } from './display-prefs.ts';
import { useStorageProblems } from './storage-problems.ts';
import { MemoryStorage } from './testing/memory-storage.ts';

beforeEach(() => useStorageProblems.getState().clear());

describe('display settings', () => {
  test('start at 100 % with the dock not pinned, and are remembered', () => {
    const storage = new MemoryStorage();
    const a = createDisplayPrefs(() => storage);
    expect(a.getState()).toMatchObject({ displaySize: 1, dockPinned: false });
    a.getState().setDisplaySize(2);
    a.getState().setDockPinned(true);
    const b = createDisplayPrefs(() => storage);
    expect(b.getState()).toMatchObject({ displaySize: 2, dockPinned: true });
  });

  test('a display size that is not offered is dropped (reported, a copy kept), the rest kept', () => {
    const storage = new MemoryStorage();
    storage.setItem(DISPLAY_KEY, JSON.stringify({ version: 1, state: { displaySize: 1.3, dockPinned: true } }));
    const s = createDisplayPrefs(() => storage);
    expect(s.getState()).toMatchObject({ displaySize: 1, dockPinned: true });
    expect(useStorageProblems.getState().problems).toHaveLength(1);
    expect(storage.keys().some((k) => k.startsWith(`${DISPLAY_KEY}.corrupt.`))).toBe(true);
  });

  test('validation never throws on junk', () => {
    for (const junk of [null, 3, 'x', [], { displaySize: '200%' }]) expect(() => validateDisplay(junk)).not.toThrow();
    expect(validateDisplay({})).toEqual({ ok: true, state: { displaySize: 1, dockPinned: false }, dropped: [] });
  });
});
