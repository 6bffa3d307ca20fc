import { describe, expect, test } from 'vitest';
import { bottomLeft, cascadeAt, CASCADE_ORIGIN, CASCADE_STEP, clampRect, fitSize } from './placement.ts';

const area = { width: 990, height: 700 };
const inside = (r: { x: number; y: number; width: number; height: number }, a: { width: number; height: number }) =>
  r.x >= 0 && r.y >= 0 && r.x + r.width <= a.width && r.y + r.height <= a.height;

describe('fitSize', () => {
  test('keeps a window that fits, shrinks one that does not', () => {
    expect(fitSize({ width: 800, height: 480 }, area)).toEqual({ width: 800, height: 480 });
    expect(fitSize({ width: 800, height: 480 }, { width: 500, height: 300 })).toEqual({ width: 500, height: 300 });
  });
  test('never below a usable minimum, even in a tiny region', () => {
    expect(fitSize({ width: 800, height: 480 }, { width: 40, height: 20 })).toEqual({ width: 160, height: 60 });
  });
});

describe('clampRect', () => {
  test('leaves a window inside the region where it is', () => {
    expect(clampRect({ x: 96, y: 16, width: 640, height: 420 }, area)).toEqual({ x: 96, y: 16, width: 640, height: 420 });
  });
  test('pulls a window that went past the right or bottom edge back into view', () => {
    expect(clampRect({ x: 600, y: 500, width: 640, height: 420 }, area)).toEqual({ x: 350, y: 280, width: 640, height: 420 });
  });
  test('pulls a window off the top or left edge back', () => {
    expect(clampRect({ x: -50, y: -10, width: 300, height: 200 }, area)).toMatchObject({ x: 0, y: 0 });
  });
  test('a window wider than the region fills its width from the left edge', () => {
    expect(clampRect({ x: 200, y: 40, width: 1200, height: 300 }, area)).toEqual({ x: 0, y: 40, width: 990, height: 300 });
  });
  test('rounds to whole pixels', () => {
    expect(clampRect({ x: 10.4, y: 20.6, width: 300, height: 200 }, area)).toMatchObject({ x: 10, y: 21 });
  });
});

describe('cascadeAt', () => {
  const size = { width: 640, height: 420 };
  test('starts right of the icon column and steps down-right', () => {
    expect(cascadeAt(0, size, area)).toEqual(CASCADE_ORIGIN);
    expect(cascadeAt(1, size, area)).toEqual({ x: CASCADE_ORIGIN.x + CASCADE_STEP, y: CASCADE_ORIGIN.y + CASCADE_STEP });
  });
  test('wraps to the top left before a window would leave the region', () => {
    for (let i = 0; i < 40; i++) expect(inside({ ...cascadeAt(i, size, area), ...size }, area)).toBe(true);
    // 700 - 420 - 16 = 264 px of room below the first slot: 11 steps, but NT cascades at most 8 deep.
    expect(cascadeAt(8, size, area)).toEqual(CASCADE_ORIGIN);
    const short = { width: 990, height: 480 };
    // 480 - 420 - 16 = 44 px: two slots, then back to the first.
    expect(cascadeAt(2, size, short)).toEqual(cascadeAt(0, size, short));
  });
  test('a window too wide for the first slot starts where it still fits', () => {
    const narrow = { width: 700, height: 700 };
    expect(cascadeAt(0, size, narrow)).toEqual({ x: 60, y: CASCADE_ORIGIN.y });
    expect(inside({ ...cascadeAt(3, size, narrow), ...size }, narrow)).toBe(true);
  });
  test('in a region smaller than the window, the window starts at the corner (and is shrunk when drawn)', () => {
    expect(cascadeAt(5, size, { width: 500, height: 300 })).toEqual({ x: 0, y: 0 });
  });
});

test('the Run dialog opens at the bottom left of the region', () => {
  expect(bottomLeft({ width: 360, height: 158 }, area)).toEqual({ x: 4, y: 534 });
});
