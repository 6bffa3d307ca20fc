import type { NodeName } from '../../sim/world/names.ts';
import type { ToolWindow } from '../tool-window.ts';
import { EventViewerBody } from './EventViewerBody.tsx';
import { eventViewerTitle, useEventView } from './view-store.ts';
import './event-viewer.css';

/** Administrative Tools > Event Viewer (`eventvwr`). */
export const eventViewerWindow: ToolWindow = {
  useTitle: (node: NodeName) => eventViewerTitle(useEventView(node), node),
  Body: EventViewerBody,
  width: 660,
  height: 400,
};
