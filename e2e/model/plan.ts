import { getStateNodes } from 'xstate/graph';
import { foldEvents, startSnapshot, type LabSnapshot } from '../../src/sim/attempt/replay.ts';
import type { SimEvent } from '../../src/sim/events.ts';
import { shortestPath } from '../../src/sim/graph/shortest-recovery.ts';
import { procedureMachine } from '../../src/sim/machines/procedure-machine.ts';
import { findScenario } from '../../src/sim/scenarios/catalog.ts';
import { currentStateId } from '../../src/sim/selectors.ts';
import { stepSnapshot } from '../../src/sim/session/session.ts';
import { refusalOf } from '../../src/sim/session/verdict.ts';
import { EXCHANGE_GROUP } from '../../src/sim/world/names.ts';
import { runOn, segments, timeNeeded } from './path-time.ts';

/**
 * The model side of the model-based browser test (issue 7): the machine's leaf states, the
 * shortest event path to each from the standard scenario, and that path cut into the actions a
 * trainee makes in the UI. Pure; runs in the Playwright test process.
 */

export const SCENARIO = 'standard';
export const SEED = 1;
/** Simulated time runs 50× faster in the browser. */
export const SPEED = 50;
export const LAB_URL = `/?scenario=${SCENARIO}&mode=instructor&seed=${SEED}&speed=${SPEED}`;

/** Every leaf state (atomic and final) of the procedure machine, by dotted id (`main.prepare`). */
export const LEAF_STATES: readonly string[] = getStateNodes(procedureMachine)
  .filter((n) => n.type === 'atomic' || n.type === 'final')
  .map((n) => n.id.replace(/^lab\./, ''));

export const startOfScenario = (): LabSnapshot => startSnapshot(findScenario(SCENARIO)!, SEED);

/** What to do with the instructor's clock before an action. */
export type ClockMove = 'pause' | 'slow' | 'run';

/** One trainee action: the event the UI sends for it, and what the lab should show after it. */
export interface UiStep {
  event: SimEvent;
  /**
   * True for an action the UI needs but the pure path has not (opening Cluster Administrator to
   * reach a resource, selecting the group, closing it again so the worlds agree).
   */
  aux: boolean;
  /** Simulated ms the pure path lets pass after the event (its `clock.tick`s): wait for them. */
  settleMs: number;
  /** The machine state once that time has passed. */
  expect: string;
  /**
   * Nothing is pending once that time has passed, so every change on the way belongs to the path:
   * the UI may wait with Skip to next change (a restore, a replaying store) instead of watching the clock.
   */
  skippable: boolean;
  /** Set the instructor clock first: pause (keep a restore running), slow (1×, to catch a passing state), run (10×). */
  clock?: ClockMove;
  /** The engine refused the event with this message (the program shows it in a box). */
  error: string | null;
  /** Message boxes the world raised on the console by then (answered by the following `dialog.dismiss` steps). */
  dialogs: { id: number; title: string; text: string }[];
  /** For `dialog.dismiss`: the box being answered. */
  box?: { title: string; text: string };
}

export interface Plan {
  target: string;
  /** The pure shortest path, ticks included. */
  path: SimEvent[];
  /** What the UI sends: the path with the UI's extra actions, ticks included (replays to `final`). */
  events: SimEvent[];
  steps: UiStep[];
  /** The world and machine as the UI should have them at the end (the path with the UI's extra actions). */
  final: LabSnapshot;
  /** The snapshot before the last trainee action (to tell what that action wrote). */
  beforeLast: LabSnapshot;
  /** The target state does not last while simulated time runs on (the clock must stop on it). */
  transient: boolean;
}

const CA = 'cluster-admin';
const caOpen = (s: LabSnapshot) => s.context.world.consoles.open[s.context.world.consoles.active].includes(CA);
const groupSelected = (s: LabSnapshot) => s.context.world.consoles.selectedGroup[s.context.world.consoles.active] === EXCHANGE_GROUP;

/** Actions done in Cluster Administrator (it must be open, and the group selected for all but the selection itself). */
function needsClusterAdmin(e: SimEvent): 'open' | 'group' | null {
  if (e.type === 'cluster.selectGroup') return 'open';
  if (e.type.startsWith('resource.') || e.type.startsWith('group.')) return 'group';
  return null;
}

/**
 * The UI plan for reaching `target`: the shortest path, with the few actions a trainee needs on
 * top (Cluster Administrator opened and the group selected before a cluster command, closed again
 * when the path never had it open), checked against the machine: the extra actions never move it,
 * and after every action the UI's world is in the state the pure path is in.
 */
export function planFor(target: string): Plan {
  const start = startOfScenario();
  const path = shortestPath(start, { goal: (s) => currentStateId(s) === target, avoidMistakes: false });
  if (!path) throw new Error(`no path reaches ${target}`);
  const segs = segments(path);
  const steps: UiStep[] = [];
  const events: SimEvent[] = [];
  let pure = start;
  let ui = start;
  let beforeLast = start;
  let paused = false;
  let transient = false;
  const apply = (event: SimEvent, aux: boolean, ticks: SimEvent[] = [], clock?: ClockMove, box?: UiStep['box']) => {
    const before = currentStateId(ui);
    const known = new Set(ui.context.world.dialogs.map((d) => d.id));
    const sent = stepSnapshot(ui, event);
    ui = sent.snapshot;
    const error = refusalOf(sent.verdict);
    const settleMs = timeNeeded(ui, ticks);
    ui = foldEvents(ui, ticks);
    events.push(event, ...ticks);
    if (aux && currentStateId(ui) !== before) throw new Error(`${target}: the UI's extra ${event.type} moves the machine from ${before} to ${currentStateId(ui)}`);
    const w = ui.context.world;
    const dialogs = w.dialogs.filter((d) => !known.has(d.id) && d.node === w.consoles.active).map(({ id, title, text }) => ({ id, title, text }));
    const skippable = settleMs > 0 && clock !== 'slow' && clock !== 'pause' && w.ops.length === 0 && ui.status === 'active';
    steps.push({ event, aux, settleMs, expect: currentStateId(ui), error, dialogs, skippable, ...(clock ? { clock } : {}), ...(box ? { box } : {}) });
    // The trainee answers each box with OK before doing anything else on that console.
    if (ui.status === 'active' && event.type !== 'dialog.dismiss') for (const d of dialogs) apply({ type: 'dialog.dismiss', id: d.id }, true, [], undefined, d);
  };

  segs.forEach(({ event, ticks }, i) => {
    const last = i === segs.length - 1;
    const node = ui.context.world.consoles.active;
    const needs = needsClusterAdmin(event);
    if (needs && !caOpen(ui)) apply({ type: 'app.open', node, app: CA }, true);
    if (needs === 'group' && !groupSelected(ui)) apply({ type: 'cluster.selectGroup', node, group: EXCHANGE_GROUP }, true);
    // Power on is pressed at the powered-off server's own console.
    const powerOnElsewhere = event.type === 'node.up' && event.node !== node;
    if (powerOnElsewhere) apply({ type: 'console.switch', node: event.node }, true);

    const after = foldEvents(pure, [event]);
    let clock: ClockMove | undefined;
    if (last) {
      const passing = runOn(foldEvents(pure, [event, ...ticks])).some((id) => id !== target);
      if (passing) clock = ticks.length ? 'slow' : 'pause';
      transient = passing;
    } else if (!ticks.length && after.context.world.ops.some((op) => op.steps[0]?.kind === 'restore')) {
      // The next action needs the restore still running (Abort): stop the clock first.
      clock = 'pause';
    }
    if (!clock && paused && ticks.length) clock = 'run';
    if (clock) paused = clock === 'pause';
    if (last) beforeLast = ui;
    apply(event, false, ticks, clock);
    pure = foldEvents(pure, [event, ...ticks]);

    if (powerOnElsewhere && ui.status === 'active') apply({ type: 'console.switch', node }, true);
    if (ui.status === 'active' && caOpen(ui) && !caOpen(pure)) apply({ type: 'app.close', node: ui.context.world.consoles.active, app: CA }, true);
    if (currentStateId(ui) !== currentStateId(pure)) throw new Error(`${target}: after ${event.type} the UI would be in ${currentStateId(ui)}, the path in ${currentStateId(pure)}`);
  });
  if (currentStateId(ui) !== target) throw new Error(`${target}: the plan ends in ${currentStateId(ui)}`);
  return { target, path, events, steps, final: ui, beforeLast, transient };
}
