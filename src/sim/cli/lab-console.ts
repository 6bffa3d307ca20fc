import type { LabSnapshot } from '../attempt/replay.ts';
import type { SimEvent } from '../events.ts';
import { step } from '../machines/step.ts';
import type { NodeName } from '../world/names.ts';
import { openConsole, submitLine, worldChanged, type ConsoleState, type Send } from './console.ts';

/** A Command Prompt wired to a procedure snapshot, headless: what the window does, for tests and searches. */
export interface LabConsole {
  snapshot: LabSnapshot;
  console: ConsoleState;
  /** Every event the console sent, in order (what the attempt log would hold). */
  sent: SimEvent[];
}

export const labConsole = (snapshot: LabSnapshot, node: NodeName): LabConsole => ({ snapshot, console: openConsole(node), sent: [] });

function sender(box: { snapshot: LabSnapshot; sent: SimEvent[] }): Send {
  return (event) => {
    box.snapshot = step(box.snapshot, event);
    box.sent.push(event);
    const error = box.snapshot.context.lastError;
    return { verdict: error ? { kind: 'refused', error } : { kind: 'accepted' }, world: box.snapshot.context.world };
  };
}

/** Types `line` and Enter. Pure: returns a new LabConsole. */
export function typeLine(lc: LabConsole, line: string): LabConsole {
  const box = { snapshot: lc.snapshot, sent: [...lc.sent] };
  const console = submitLine(lc.console, lc.snapshot.context.world, line, sender(box));
  return { snapshot: box.snapshot, console, sent: box.sent };
}

/** Lets simulated time pass in steps of `ms`, the console watching each change. */
export function passTime(lc: LabConsole, totalMs: number, ms = 1000): LabConsole {
  let cur = lc;
  for (let t = 0; t < totalMs; t += ms) {
    const tick: SimEvent = { type: 'clock.tick', ms };
    const box = { snapshot: step(cur.snapshot, tick), sent: [...cur.sent, tick] };
    const console = worldChanged(cur.console, box.snapshot.context.world, sender(box));
    cur = { snapshot: box.snapshot, console, sent: box.sent };
  }
  return cur;
}
