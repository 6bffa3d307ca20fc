/**
 * Node benchmark of the simulation core. `core.ts` bundles this file with Vite and runs it in a
 * fresh Node process, which prints one JSON line. Nothing here touches the DOM.
 */
import { performance } from 'node:perf_hooks';
import { ATTEMPT_VERSION, type Attempt } from '../../src/sim/attempt/attempt.ts';
import { replayAttempt } from '../../src/sim/attempt/replay.ts';
import { applyEvent } from '../../src/sim/engine/apply.ts';
import type { SimEvent } from '../../src/sim/events.ts';
import { standardScenario, standardSolution } from '../../src/sim/scenarios/standard.ts';
import { createWorld, DEFAULT_SETUP } from '../../src/sim/world/initial-world.ts';
import { median } from './stats.ts';

export const ATTEMPT_SIZE = 1000;
const TICK_MS = 1000;

/** Splits every clock tick of `events` into ticks of at most `ms`. */
function splitTicks(events: readonly SimEvent[], ms: number): SimEvent[] {
  return events.flatMap((e): SimEvent[] => {
    if (e.type !== 'clock.tick') return [e];
    const parts: SimEvent[] = [];
    for (let left = e.ms; left > 0; left -= ms) parts.push({ type: 'clock.tick', ms: Math.min(ms, left) });
    return parts;
  });
}

/**
 * A realistic long attempt: the standard solution with one-second ticks, padded before its last
 * action with what an unhurried trainee also does (looks at the Event Viewer, lets time pass).
 */
export function longAttempt(size = ATTEMPT_SIZE): SimEvent[] {
  const solution = splitTicks(standardSolution('NODE1'), TICK_MS);
  const last = solution.findLastIndex((e) => e.type !== 'clock.tick');
  const head = solution.slice(0, last);
  const tail = solution.slice(last);
  const padding: SimEvent[] = [];
  const look: SimEvent[] = [
    { type: 'app.open', node: 'NODE1', app: 'event-viewer' },
    { type: 'clock.tick', ms: 250 },
    { type: 'app.close', node: 'NODE1', app: 'event-viewer' },
    { type: 'clock.tick', ms: 250 },
  ];
  while (head.length + tail.length + padding.length < size) padding.push(look[padding.length % look.length]);
  return [...head, ...padding.slice(0, size - head.length - tail.length), ...tail];
}

function timeRuns(runs: number, body: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    body();
    out.push(performance.now() - t0);
  }
  return out;
}

function run() {
  const events = longAttempt();
  const attempt: Attempt = { version: ATTEMPT_VERSION, scenarioId: 'standard', seed: 1, events: events.map((event, i) => ({ event, at: i * 100 })) };
  const final = replayAttempt(attempt, standardScenario);
  if (final.status !== 'done') throw new Error(`The ${events.length}-event attempt ends in '${JSON.stringify(final.value)}', not done.`);

  // Warm up the JIT the way a long-lived tab would be, then time.
  timeRuns(3, () => replayAttempt(attempt, standardScenario));
  const replayMs = timeRuns(15, () => replayAttempt(attempt, standardScenario));

  const start = createWorld({ ...DEFAULT_SETUP, seed: 1 });
  const applyAll = () => {
    let w = start;
    for (const e of events) {
      const r = applyEvent(w, e);
      if (r.ok) w = r.world;
    }
  };
  timeRuns(3, applyAll);
  const rounds = 10;
  const applyMs = timeRuns(rounds, applyAll);

  const replayMedian = median(replayMs);
  const applyMedian = median(applyMs);
  return {
    attemptEvents: events.length,
    finalStatus: final.status,
    replayMs: { median: round(replayMedian), min: round(Math.min(...replayMs)), max: round(Math.max(...replayMs)), runs: replayMs.length },
    replayEventsPerSecond: Math.round(events.length / (replayMedian / 1000)),
    engineEventsPerSecond: Math.round(events.length / (applyMedian / 1000)),
    engineRuns: rounds,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

process.stdout.write(`${JSON.stringify(run())}\n`);
