import type { Viewport } from '@xyflow/react';
import type { Box } from './layout.ts';
import { RANK_GAP } from './layout-spacing.ts';

/**
 * Where to look so `box` shows without wasting the panel: the graph's left edge (the main line)
 * at the panel's left when the box allows it, and the box a third of the way down, or higher when
 * the panel is short, so that the step after it shows too (then the next step moves the
 * highlight, not the whole graph).
 */
export function viewportFor(box: Box, width: number, height: number, zoom: number): Viewport {
  const pad = 8;
  let x = Math.min(pad, width / 2 - (box.x + box.width / 2) * zoom);
  if ((box.x + box.width) * zoom + x > width - pad) x = width - pad - (box.x + box.width) * zoom;
  const withNext = (box.height * 2 + RANK_GAP) * zoom;
  const top = Math.max(pad, Math.min(height / 3 - (box.height / 2) * zoom, height - pad - withNext));
  const y = Math.min(pad, top - box.y * zoom);
  return { x, y, zoom };
}

/** Whether all of `box` shows in a panel of `width` × `height` looking through `viewport`. */
export function inView(box: Box, { x, y, zoom }: Viewport, width: number, height: number): boolean {
  const left = box.x * zoom + x, top = box.y * zoom + y;
  return left >= 0 && top >= 0 && left + box.width * zoom <= width && top + box.height * zoom <= height;
}
