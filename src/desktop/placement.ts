/**
 * Where program windows go on the desktop region (the work area above the taskbar, beside the
 * dock). Pure: sizes in CSS pixels of the desktop, no DOM.
 */
export interface Size { width: number; height: number }
export interface Point { x: number; y: number }
export type Rect = Point & Size;

/** NT 4 offsets each new window by about a caption's height from the last one. */
export const CASCADE_STEP = 24;
/** The first cascade slot: right of the desktop icon column, so the shortcuts stay reachable. */
export const CASCADE_ORIGIN: Point = { x: 96, y: 16 };
const MAX_SLOTS = 8;

/** A window never gets smaller than a title bar and a little body, whatever the region. */
const MIN_SIZE: Size = { width: 160, height: 60 };

/** The size a window can have in `area`: its own, or the area's when it would not fit. */
export function fitSize(size: Size, area: Size): Size {
  return {
    width: Math.max(Math.min(MIN_SIZE.width, size.width), Math.min(size.width, area.width)),
    height: Math.max(Math.min(MIN_SIZE.height, size.height), Math.min(size.height, area.height)),
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** The rectangle moved (and shrunk if it must be) so that all of it lies inside `area`. */
export function clampRect(rect: Rect, area: Size): Rect {
  const size = fitSize(rect, area);
  return {
    x: Math.round(clamp(rect.x, 0, Math.max(0, area.width - size.width))),
    y: Math.round(clamp(rect.y, 0, Math.max(0, area.height - size.height))),
    ...size,
  };
}

/**
 * NT's cascade within the region: slot `index` sits one step right and down of the one before;
 * when the next slot would push the window out of the region, the cascade starts again at the
 * top left. A window too wide for the first slot starts at the region's left edge instead.
 */
export function cascadeAt(index: number, size: Size, area: Size): Point {
  const fitted = fitSize(size, area);
  const origin = {
    x: fitted.width + CASCADE_ORIGIN.x <= area.width ? CASCADE_ORIGIN.x : Math.max(0, area.width - fitted.width),
    y: fitted.height + CASCADE_ORIGIN.y <= area.height ? CASCADE_ORIGIN.y : Math.max(0, area.height - fitted.height),
  };
  const roomX = Math.floor((area.width - fitted.width - origin.x) / CASCADE_STEP);
  const roomY = Math.floor((area.height - fitted.height - origin.y) / CASCADE_STEP);
  const slots = clamp(Math.min(roomX, roomY) + 1, 1, MAX_SLOTS);
  const slot = index % slots;
  return { x: origin.x + slot * CASCADE_STEP, y: origin.y + slot * CASCADE_STEP };
}

/** Where the Run dialog opens: the bottom left of the region, just above the taskbar, as in NT. */
export function bottomLeft(size: Size, area: Size): Point {
  return { x: 4, y: Math.max(0, area.height - size.height - 8) };
}
