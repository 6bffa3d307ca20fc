import { beforeEach, describe, expect, test } from 'vitest';
import { initialWindowState, placed, windowStore } from './window-store.ts';

const size = { width: 300, height: 200 };
const s = () => windowStore.getState();

beforeEach(() => windowStore.setState(initialWindowState));

describe('window store', () => {
  test('open cascades new windows, raises and focuses them', () => {
    s().open('a', size);
    s().open('b', size);
    expect(s().windows.b.x - s().windows.a.x).toBe(24);
    expect(s().windows.b.y - s().windows.a.y).toBe(24);
    expect(s().windows.b.z).toBeGreaterThan(s().windows.a.z);
    expect(s().focusedId).toBe('b');
  });

  test('open at a point does not advance the cascade', () => {
    s().open('run', size, { x: 4, y: 500 });
    s().open('a', size);
    expect(s().windows.run).toMatchObject({ x: 4, y: 500 });
    expect(s().windows.a.y).toBe(16);
  });

  test('focus raises and restores; minimize hands focus to the topmost visible window', () => {
    s().open('a', size);
    s().open('b', size);
    s().open('c', size);
    s().focus('a');
    expect(s().windows.a.z).toBeGreaterThan(s().windows.c.z);
    s().minimize('a');
    expect(s().windows.a.minimized).toBe(true);
    expect(s().focusedId).toBe('c');
    s().focus('a');
    expect(s().windows.a.minimized).toBe(false);
    expect(s().focusedId).toBe('a');
  });

  test('move, toggleMaximize and close', () => {
    s().open('a', size);
    s().open('b', size);
    s().move('a', 50, 60);
    expect(s().windows.a).toMatchObject({ x: 50, y: 60 });
    s().toggleMaximize('a');
    expect(s().windows.a.maximized).toBe(true);
    s().toggleMaximize('a');
    expect(s().windows.a.maximized).toBe(false);
    s().close('b');
    expect(s().windows.b).toBeUndefined();
    expect(s().focusedId).toBe('a');
    s().close('missing');
    expect(Object.keys(s().windows)).toEqual(['a']);
  });

  test('focus(null) leaves the desktop focused', () => {
    s().open('a', size);
    s().focus(null);
    expect(s().focusedId).toBeNull();
  });
});

describe('window store in a measured desktop region', () => {
  const area = { width: 700, height: 500 };

  test('new windows cascade inside the region', () => {
    s().setArea(area);
    for (let i = 0; i < 12; i++) s().open(`w${i}`, { width: 600, height: 400 });
    for (const w of Object.values(s().windows)) {
      expect(w.x + w.width).toBeLessThanOrEqual(area.width);
      expect(w.y + w.height).toBeLessThanOrEqual(area.height);
    }
  });

  test('a drag stops at the region edges', () => {
    s().setArea(area);
    s().open('a', size);
    s().move('a', 5000, 5000);
    expect(s().windows.a).toMatchObject({ x: 400, y: 300 });
    s().move('a', -40, -40);
    expect(s().windows.a).toMatchObject({ x: 0, y: 0 });
  });

  test('a smaller region draws windows inside it; a larger one gives them their place back', () => {
    s().open('a', size, { x: 600, y: 400 });
    expect(placed(s().windows.a, area)).toMatchObject({ x: 400, y: 300, width: 300, height: 200 });
    expect(placed(s().windows.a, { width: 200, height: 150 })).toMatchObject({ x: 0, y: 0, width: 200, height: 150 });
    expect(placed(s().windows.a, { width: 1200, height: 900 })).toMatchObject({ x: 600, y: 400 });
  });
});
