import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { EventOrder } from '../../sim/selectors/event-viewer.ts';
import type { NodeName } from '../../sim/world/names.ts';
import type { LogName } from '../../sim/world/types.ts';

/** Which log Event Viewer shows on a console, and in which order (UI state, not the world). */
export interface EventView {
  log: LogName;
  order: EventOrder;
}

/** NT 4 opens on the System log, newest first. */
export const DEFAULT_VIEW: EventView = { log: 'System', order: 'newest' };

const viewStore = createStore<Partial<Record<NodeName, EventView>>>(() => ({}));

export const useEventView = (node: NodeName): EventView => useStore(viewStore, (s) => s[node] ?? DEFAULT_VIEW);

export function setEventView(node: NodeName, patch: Partial<EventView>): void {
  viewStore.setState((s) => ({ ...s, [node]: { ...(s[node] ?? DEFAULT_VIEW), ...patch } }));
}

/** The title bar follows the view: "Event Viewer - System Log on \\NODE1". */
export const eventViewerTitle = (view: EventView, node: NodeName) => `Event Viewer - ${view.log} Log on \\\\${node}`;
