import type { EventTemplate } from '../world/event-catalog.ts';
import type { NodeName } from '../world/names.ts';
import type { Dialog, Incident, OperationStep } from '../world/types.ts';
import type { Draft } from './draft.ts';

/** Writes an event-log entry on `node`, stamped with the draft's clock. */
export function writeEvent(d: Draft, node: NodeName, template: EventTemplate): void {
  d.w.eventLogs[node].push({ ...template, id: d.nextId(), at: d.w.clock, computer: node });
}

type IncidentInput = Incident extends infer I ? (I extends Incident ? Omit<I, 'seq'> : never) : never;
export function recordIncident(d: Draft, incident: IncidentInput): void {
  d.w.incidents.push({ ...incident, seq: d.w.seq } as Incident);
}

export function showDialog(d: Draft, dialog: Omit<Dialog, 'id'>): void {
  d.w.dialogs.push({ ...dialog, id: d.nextId() });
}

/** Schedules an operation; its first step starts counting at the next tick. */
export function schedule(d: Draft, steps: OperationStep[], firstDuration: number): void {
  if (steps.length === 0) return;
  d.w.ops.push({ id: d.nextId(), steps, remaining: firstDuration });
}

/** Deterministic pseudo-random process id (xorshift over the world's rng). */
export function nextPid(d: Draft): number {
  let x = d.w.rng;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  d.w.rng = x >>> 0;
  return 100 + (d.w.rng % 900);
}
