import { describe, expect, test } from 'vitest';
import { pixelFontIsCrisp, pixelStep, snapDown, snapRect } from './pixel-snap.ts';

describe('pixelStep', () => {
  test('one CSS pixel at whole scales, two at 150 %, four at 125 %', () => {
    expect(pixelStep(1)).toBe(1);
    expect(pixelStep(2)).toBe(1);
    expect(pixelStep(3)).toBe(1); // 150 % on a 2× screen
    expect(pixelStep(1.5)).toBe(2);
    expect(pixelStep(2.5)).toBe(2);
    expect(pixelStep(1.25)).toBe(4);
    expect(pixelStep(1.5 * 1.25)).toBe(8); // 150 % on a 125 % Windows screen: 1.875
  });
  test('nothing to snap to at a scale no small step fits, or a nonsense one', () => {
    expect(pixelStep(1.1)).toBe(1);
    expect(pixelStep(0)).toBe(1);
    expect(pixelStep(Number.NaN)).toBe(1);
  });
});

describe('snapDown and snapRect', () => {
  test('at 150 %, positions and sizes become even: every edge on a whole device pixel', () => {
    for (const v of [0, 1, 13, 96, 663.5, 445]) {
      const s = snapDown(v, 1.5);
      expect(Number.isInteger(s * 1.5)).toBe(true);
      expect(s).toBeLessThanOrEqual(v);
      expect(v - s).toBeLessThan(2);
    }
    expect(snapRect({ x: 13, y: 17, width: 665, height: 447, z: 3 }, 1.5)).toEqual({ x: 12, y: 16, width: 664, height: 446, z: 3 });
  });
  test('at 100 % and 200 % a whole-pixel rectangle is left alone, a fractional one rounded down', () => {
    const r = { x: 13, y: 17, width: 665, height: 447 };
    expect(snapRect(r, 1)).toEqual(r);
    expect(snapRect(r, 2)).toEqual(r);
    expect(snapRect({ x: 13.4, y: 17.9, width: 665, height: 447 }, 1)).toEqual(r);
  });
  test('a rectangle inside a region stays inside it', () => {
    const area = { width: 664, height: 446 };
    const s = snapRect({ x: 1, y: 1, width: 663, height: 445 }, 1.5);
    expect(s.x + s.width).toBeLessThanOrEqual(area.width);
    expect(s.y + s.height).toBeLessThanOrEqual(area.height);
  });
});

describe('pixelFontIsCrisp', () => {
  test('the pixel font only at whole scales', () => {
    expect(pixelFontIsCrisp(1)).toBe(true);
    expect(pixelFontIsCrisp(2)).toBe(true);
    expect(pixelFontIsCrisp(1.5 * 2)).toBe(true);
    expect(pixelFontIsCrisp(1.5)).toBe(false);
    expect(pixelFontIsCrisp(1.25)).toBe(false);
  });
});
