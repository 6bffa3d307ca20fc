import type { ComponentType } from 'react';
import type { NodeName } from '../sim/world/names.ts';

/** A program the trainee can open on a node's console. */
export interface ToolWindow {
  /** Title bar text; a hook so it can follow the world or the tool's own UI state. */
  useTitle: (node: NodeName) => string;
  /** The window's contents (menu bar included), for the console of `node`. */
  Body: ComponentType<{ node: NodeName }>;
  width: number;
  height: number;
  /** A dialog box rather than a program window (the Services applet): no Minimize or Maximize. */
  dialogFrame?: boolean;
}
