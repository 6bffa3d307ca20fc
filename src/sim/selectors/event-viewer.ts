import { onScreen } from '../format.ts';
import type { NodeName } from '../world/names.ts';
import type { EventLogEntry, LogName, World } from '../world/types.ts';

export type EventOrder = 'newest' | 'oldest';

/** Entries of one log as Event Viewer shows them, sorted by time then by id (write order). Pure; never mutates `entries`. */
export function eventLogView(entries: readonly EventLogEntry[], log: LogName, order: EventOrder): EventLogEntry[] {
  const picked = entries.filter((e) => e.log === log);
  picked.sort((a, b) => a.at - b.at || a.id - b.id);
  const shown = picked.map((e) => ({ ...e, description: onScreen(e.description) }));
  return order === 'newest' ? shown.reverse() : shown;
}

/** What Event Viewer lists for `log` on `node` (ClusSvc in System, Exchange in Application, Q188674). */
export function eventsOn(w: World, node: NodeName, log: LogName, order: EventOrder): EventLogEntry[] {
  return eventLogView(w.eventLogs[node] ?? [], log, order);
}

/**
 * The id `delta` places from `id` in `list` (Event Detail's Previous = -1 / Next = +1), or null at
 * either end or when `id` is not listed.
 */
export function neighbourId(list: readonly EventLogEntry[], id: number, delta: number): number | null {
  const i = list.findIndex((e) => e.id === id);
  if (i < 0) return null;
  return list[i + delta]?.id ?? null;
}
