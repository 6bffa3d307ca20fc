import { isMetaEvent, type AttemptEntry } from '../attempt/attempt.ts';
import type { SimEvent } from '../events.ts';

/** A world event that counts, and the attempt entry it came from. */
export interface CountedEvent {
  event: SimEvent;
  entryIndex: number;
}

/**
 * The attempt-log rules, the only copy: undo removes the last trainee action and the clock ticks
 * that followed it; reset removes everything before it; hints and "solution shown" change no
 * world. Returns the world events that count, with the index of the entry each came from. Pure.
 */
export function countedEvents(entries: readonly AttemptEntry[]): CountedEvent[] {
  const out: CountedEvent[] = [];
  entries.forEach(({ event }, entryIndex) => {
    if (event.type === 'attempt.reset') out.length = 0;
    else if (event.type === 'attempt.undo') {
      while (out.length && out[out.length - 1].event.type === 'clock.tick') out.pop();
      out.pop();
    } else if (!isMetaEvent(event)) out.push({ event, entryIndex });
  });
  return out;
}

/** The world events that count after undo and reset (see `countedEvents`). Pure. */
export const effectiveEvents = (entries: readonly AttemptEntry[]): SimEvent[] => countedEvents(entries).map((c) => c.event);

/** Something the trainee did (not only the clock) that an undo would take back. */
export const canUndo = (entries: readonly AttemptEntry[]) => effectiveEvents(entries).some((e) => e.type !== 'clock.tick');

/** The attempt has anything to reset. */
export const canReset = (entries: readonly AttemptEntry[]) => countedEvents(entries).length > 0;
