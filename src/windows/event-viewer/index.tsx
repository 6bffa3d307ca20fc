import type { NodeName } from '../../sim/world/names.ts';
import { lazyBody, type ToolWindow } from '../tool-window.ts';
import { eventViewerTitle, useEventView } from './view-store.ts';

/** Administrative Tools > Event Viewer (`eventvwr`). */
export const eventViewerWindow: ToolWindow = {
  useTitle: (node: NodeName) => eventViewerTitle(useEventView(node), node),
  Body: lazyBody(() => import('./EventViewerBody.tsx'), 'EventViewerBody'),
  width: 660,
  height: 400,
};
