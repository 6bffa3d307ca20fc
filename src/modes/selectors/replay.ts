import type { LabSnapshot } from '../../sim/attempt/replay.ts';
import { step } from '../../sim/machines/step.ts';
import type { SimEvent } from '../../sim/events.ts';
import { describeEvent } from './describe-event.ts';

/** One position of the replay scrubber: the world after the first `end` effective events. */
export interface ReplayStep {
  end: number;
  label: string;
}

/**
 * The scrubber's positions: the start, then one per action; a run of clock ticks is one
 * "time passes" position, so the instructor is not dragging through hundreds of ticks.
 */
export function replaySteps(events: readonly SimEvent[]): ReplayStep[] {
  const steps: ReplayStep[] = [{ end: 0, label: 'Start of the scenario' }];
  let i = 0;
  while (i < events.length) {
    const e = events[i];
    if (e.type !== 'clock.tick') {
      steps.push({ end: ++i, label: describeEvent(e) });
      continue;
    }
    let ms = 0;
    while (i < events.length && events[i].type === 'clock.tick') ms += (events[i++] as Extract<SimEvent, { type: 'clock.tick' }>).ms;
    steps.push({ end: i, label: `Time passes (${formatMs(ms)}).` });
  }
  return steps;
}

const formatMs = (ms: number) => (ms >= 60_000 ? `${Math.round(ms / 6000) / 10} min` : `${Math.round(ms / 1000)} s`);

/** The snapshot after each step, folding the events once. Pure. */
export function snapshotsAt(start: LabSnapshot, events: readonly SimEvent[], steps: readonly ReplayStep[]): LabSnapshot[] {
  const out: LabSnapshot[] = [];
  let s = start;
  let done = 0;
  for (const { end } of steps) {
    for (; done < end; done++) if (s.status === 'active') s = step(s, events[done]);
    out.push(s);
  }
  return out;
}
