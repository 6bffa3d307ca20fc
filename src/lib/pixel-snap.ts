/**
 * Whole device pixels for a zoomed console. The console is drawn at a display size (100 %, 150 %,
 * 200 %) on a screen with its own device-pixel ratio; their product is the `scale`: device pixels
 * per CSS pixel of the console. At 1 or 2 every CSS pixel is a whole number of device pixels; at
 * 1.5 only every second one is. Pure.
 */

/** Rounding noise in a product such as 1.5 × 1.25. */
const EPSILON = 1e-6;

const isWhole = (v: number) => Math.abs(v - Math.round(v)) < EPSILON;

/**
 * The smallest whole number of CSS pixels that is a whole number of device pixels at `scale`:
 * 1 at 1, 2 and 3; 2 at 1.5 and 2.5; 4 at 1.25 and 1.75. 1 when no step up to 8 does (an odd
 * browser zoom): nothing can be snapped then.
 */
export function pixelStep(scale: number): number {
  if (!(scale > 0) || !Number.isFinite(scale)) return 1;
  for (let n = 1; n <= 8; n++) if (isWhole(n * scale)) return n;
  return 1;
}

/** `v` rounded down to the pixel step: a position or a size that lands on whole device pixels. */
export function snapDown(v: number, scale: number): number {
  const step = pixelStep(scale);
  return Math.floor(v / step + EPSILON) * step;
}

export interface PixelRect { x: number; y: number; width: number; height: number }

/**
 * A window's rectangle on whole device pixels: each edge moves up or left to the pixel step, so a
 * rectangle inside a region stays inside it.
 */
export function snapRect<R extends PixelRect>(r: R, scale: number): R {
  return { ...r, x: snapDown(r.x, scale), y: snapDown(r.y, scale), width: snapDown(r.width, scale), height: snapDown(r.height, scale) };
}

/**
 * Whether the NT pixel font (drawn on an 11-pixel grid) lands on whole device pixels at `scale`:
 * only at whole scales, where each of its pixels is a square of whole device pixels.
 */
export const pixelFontIsCrisp = (scale: number): boolean => scale > 0 && isWhole(scale);
