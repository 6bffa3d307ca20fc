import { lazy, type ComponentType } from 'react';
import type { NodeName } from '../sim/world/names.ts';

/** A program the trainee can open on a node's console. */
export interface ToolWindow {
  /** Title bar text; a hook so it can follow the world or the tool's own UI state. */
  useTitle: (node: NodeName) => string;
  /** The window's contents (menu bar included), for the console of `node`. Loaded when first opened. */
  Body: ComponentType<{ node: NodeName }> & { preload?: () => Promise<unknown> };
  width: number;
  height: number;
  /** A dialog box rather than a program window (the Services applet): no Minimize or Maximize. */
  dialogFrame?: boolean;
}

type ToolBody = ComponentType<{ node: NodeName }>;

/**
 * A tool's body in its own chunk, fetched when the window first opens: no trainee pays for the
 * eight programs before the desktop is usable. `preload` fetches it early (in the first pause of the
 * trainee's input, src/lib/when-quiet.ts).
 * The caller provides the Suspense boundary.
 */
export function lazyBody<K extends string>(load: () => Promise<Record<K, ToolBody>>, name: K): ToolWindow['Body'] {
  return Object.assign(lazy<ToolBody>(() => load().then((m) => ({ default: m[name] }))), { preload: load });
}
