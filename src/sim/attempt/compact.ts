import type { LoggedEvent, Attempt, AttemptEntry } from './attempt.ts';

/**
 * A compact, JSON-able form of an attempt for places with little room (SCORM 1.2 `suspend_data`
 * holds 4,096 characters). Each entry becomes a short array `[code, dt, ...fields]`: the event
 * type as an index into `EVENT_CODES`, the wall-clock ms since the previous entry, then the
 * payload in the fixed field order of `FIELDS`. A run of clock ticks of the same size becomes
 * one record `[0, dt, ms, count]` (a skip tick is `[0, dt, ms, 0, true]`): the ticks are what makes an attempt log long (four a second
 * while something is pending). The run keeps its last tick's time exactly and spreads the
 * others evenly: no rule reads a tick's wall-clock time, so replays are unchanged.
 *
 * Codes and field orders are part of the stored format: append, never reorder.
 */
type EventType = LoggedEvent['type'];

export const EVENT_CODES = [
  'clock.tick', 'app.open', 'app.close', 'console.switch', 'cluster.selectGroup', 'resource.takeOffline',
  'resource.bringOnline', 'resource.initiateFailure', 'group.takeOffline', 'group.bringOnline', 'group.move',
  'service.start', 'service.stop', 'backup.catalog', 'backup.restore', 'backup.abort', 'registry.addKey',
  'registry.setValue', 'registry.deleteKey', 'registry.deleteValue', 'mail.send', 'dialog.dismiss', 'node.down',
  'node.up', 'fault.inject', 'attempt.abandon', 'hint.take', 'attempt.undo', 'attempt.reset', 'solution.show',
  'service.pause', 'service.continue', 'database.softRecovery', 'group.setProperties', 'node.pause', 'node.resume',
  'cluster.setNetworkPriority',
] as const satisfies readonly EventType[];

type FieldsOf<T extends EventType> = readonly Exclude<keyof Extract<LoggedEvent, { type: T }>, 'type'>[];
type Missing<F extends { [T in EventType]: FieldsOf<T> }, T extends EventType> = Exclude<Exclude<keyof Extract<LoggedEvent, { type: T }>, 'type'>, F[T][number]>;
/** Compile-time check that FIELDS lists every field of every event (order is FIELDS' own). */
type Complete<F extends { [T in EventType]: FieldsOf<T> }> = { [T in EventType]: [Missing<F, T>] extends [never] ? true : ['missing', Missing<F, T>] };

/** The payload fields of each event type, in stored order (every field must be listed). */
const FIELDS = {
  'clock.tick': ['ms', 'skip'],
  'app.open': ['node', 'app'],
  'app.close': ['node', 'app'],
  'console.switch': ['node'],
  'cluster.selectGroup': ['node', 'group'],
  'resource.takeOffline': ['resource'],
  'resource.bringOnline': ['resource'],
  'resource.initiateFailure': ['resource'],
  'group.takeOffline': ['group'],
  'group.bringOnline': ['group'],
  'group.move': ['group'],
  'service.start': ['node', 'service', 'app'],
  'service.stop': ['node', 'service', 'withDependants'],
  'backup.catalog': ['node'],
  'backup.restore': ['node', 'items', 'destination', 'erase', 'private', 'public', 'startService'],
  'backup.abort': ['node'],
  'registry.addKey': ['node', 'path', 'name'],
  'registry.setValue': ['node', 'path', 'name', 'valueType', 'data'],
  'registry.deleteKey': ['node', 'path'],
  'registry.deleteValue': ['node', 'path', 'name'],
  'mail.send': ['node', 'to', 'subject', 'receipt'],
  'dialog.dismiss': ['id'],
  'node.down': ['node'],
  'node.up': ['node'],
  'fault.inject': ['fault'],
  'attempt.abandon': ['reason'],
  'hint.take': ['rung'],
  'attempt.undo': [],
  'attempt.reset': [],
  'solution.show': [],
  'service.pause': ['node', 'service'],
  'service.continue': ['node', 'service'],
  'database.softRecovery': ['node', 'service', 'tool'],
  'group.setProperties': ['group', 'failoverThreshold', 'failoverPeriodHours', 'failback'],
  'node.pause': ['node'],
  'node.resume': ['node'],
  'cluster.setNetworkPriority': ['networks'],
} as const satisfies { [T in EventType]: FieldsOf<T> };
const FIELDS_COMPLETE: { [T in EventType]: true } = {} as Complete<typeof FIELDS>;
void FIELDS_COMPLETE;

export const COMPACT_VERSION = 1;

/** `[code, dt, ...fields]`; a tick run is `[0, dt, ms, count]`. */
export type CompactRecord = unknown[];
export interface CompactAttempt {
  v: typeof COMPACT_VERSION;
  s: string;
  d: number;
  e: CompactRecord[];
}

const TICK = 0;

/** Pure: the compact form of an attempt (see the module comment). */
export function compactAttempt(attempt: Attempt): CompactAttempt {
  const records: CompactRecord[] = [];
  let lastAt = 0;
  const { events } = attempt;
  for (let i = 0; i < events.length; i++) {
    const { event, at } = events[i];
    if (event.type === 'clock.tick' && !event.skip) {
      const sameTick = (e: LoggedEvent) => e.type === 'clock.tick' && !e.skip && e.ms === event.ms;
      let j = i;
      while (j + 1 < events.length && sameTick(events[j + 1].event)) j++;
      records.push([TICK, events[j].at - lastAt, event.ms, j - i + 1]);
      lastAt = events[j].at;
      i = j;
      continue;
    }
    // A skip tick (the instructor's "skip to next change") is written whole: [0, dt, ms, 0, true] (count 0 marks it).
    if (event.type === 'clock.tick') {
      records.push([TICK, at - lastAt, event.ms, 0, true]);
      lastAt = at;
      continue;
    }
    const payload = event as unknown as Record<string, unknown>;
    const fields = (FIELDS[event.type] as readonly string[]).map((f) => payload[f]);
    while (fields.length && fields[fields.length - 1] === undefined) fields.pop();
    records.push([EVENT_CODES.indexOf(event.type), at - lastAt, ...fields.map((f) => (f === undefined ? null : f))]);
    lastAt = at;
  }
  return { v: COMPACT_VERSION, s: attempt.scenarioId, d: attempt.seed, e: records };
}

export type ExpandResult = { ok: true; raw: { version: 2; scenarioId: unknown; seed: unknown; events: AttemptEntry[] } } | { ok: false; reason: string };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/**
 * Pure: expands the compact form back to attempt JSON, to be checked by `restoreAttempt` (which
 * validates every event). Refuses unknown codes and broken records with a reason; never throws.
 */
export function expandAttempt(data: unknown): ExpandResult {
  if (!isRecord(data) || !Array.isArray(data.e)) return { ok: false, reason: 'it is not a saved attempt.' };
  if (data.v !== COMPACT_VERSION) return { ok: false, reason: `it was saved in format ${String(data.v)}, and this lab reads format ${COMPACT_VERSION}.` };
  const events: AttemptEntry[] = [];
  let lastAt = 0;
  for (const [n, record] of data.e.entries()) {
    if (!Array.isArray(record) || !isCount(record[0]) || !isCount(record[1]) || record[0] >= EVENT_CODES.length) {
      return { ok: false, reason: `record ${n + 1} is not a known event.` };
    }
    const [code, dt] = record as [number, number];
    const type = EVENT_CODES[code];
    if (code === TICK) {
      const [, , ms, count, skip] = record;
      if (typeof ms !== 'number' || !isCount(count) || (count === 0) !== (skip === true)) return { ok: false, reason: `record ${n + 1} is a broken run of clock ticks.` };
      if (skip === true) events.push({ event: { type: 'clock.tick', ms, skip: true }, at: lastAt + dt });
      for (let k = 1; k <= count; k++) events.push({ event: { type: 'clock.tick', ms }, at: lastAt + Math.round((dt * k) / count) });
    } else {
      const event: Record<string, unknown> = { type };
      (FIELDS[type] as readonly string[]).forEach((field, k) => {
        const value = record[k + 2];
        if (value !== undefined && value !== null) event[field] = value;
      });
      events.push({ event: event as unknown as LoggedEvent, at: lastAt + dt });
    }
    lastAt += dt;
  }
  return { ok: true, raw: { version: 2, scenarioId: data.s, seed: data.d, events } };
}
