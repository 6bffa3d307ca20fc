import { initialTransition } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import type { LabSnapshot } from '../attempt/replay.ts';
import type { SimEvent } from '../events.ts';
import { procedureMachine, TERMINAL_STATES } from '../machines/procedure-machine.ts';
import type { StateMeta } from '../machines/meta.ts';
import { currentStateId } from '../selectors.ts';
import { createWorld } from '../world/initial-world.ts';
import { invariantViolations } from '../world/invariants.ts';
import { expansionBudget, settledLogic } from './settled-logic.ts';
import { shortestPath, shortestRecovery } from './shortest-recovery.ts';
import { modelKey, traversalEvents } from './traversal.ts';

const [start] = initialTransition(procedureMachine, { world: createWorld() });
/** Every leaf state of the machine, by dotted id without the machine's own id. */
const leaves = getStateNodes(procedureMachine).filter((n) => n.type === 'atomic' || n.type === 'final').map((n) => n.id.replace(/^lab\./, ''));
const logic = settledLogic(start);
const paths = getShortestPaths(logic, {
  fromState: start,
  events: traversalEvents as never,
  serializeState: modelKey as never,
  stopWhen: expansionBudget(30, currentStateId) as never,
});
const byState = new Map<string, { state: LabSnapshot; events: SimEvent[] }>();
for (const p of paths) {
  const id = currentStateId(p.state as LabSnapshot);
  const events = p.steps.map((s) => s.event as SimEvent).filter((e) => e.type !== ('xstate.init' as string));
  if (!byState.has(id) || byState.get(id)!.events.length > events.length) byState.set(id, { state: p.state as LabSnapshot, events });
}

describe('model-based: every machine state is reachable by its shortest event path (xstate/graph)', () => {
  test('the machine has the states the lab documents', () => {
    expect(leaves).toHaveLength(27);
    for (const id of leaves) {
      const meta = (procedureMachine.getStateNodeById(`lab.${id}`).meta ?? {}) as StateMeta;
      expect(meta.title, id).toBeTruthy();
      expect(meta.summary, id).toBeTruthy();
    }
  });

  test.each(leaves)('%s is reachable, and the world is sound there', (id) => {
    const found = byState.get(id);
    expect(found, `no path reaches ${id}`).toBeDefined();
    expect(currentStateId(found!.state)).toBe(id);
    expect(invariantViolations(found!.state.context.world)).toEqual([]);
    expect(found!.state.status).not.toBe('error');
  });
});

describe('no dead ends', () => {
  const mistakeStates = leaves.filter((id) => procedureMachine.getStateNodeById(`lab.${id}`).tags.includes('mistake'));

  test('the terminal list is exactly the states the KB says cannot be recovered (F11)', () => {
    expect(TERMINAL_STATES).toEqual(['lab.orgMismatch']);
    const terminal = leaves.filter((id) => procedureMachine.getStateNodeById(`lab.${id}`).tags.includes('terminal'));
    expect(terminal.map((id) => `lab.${id}`)).toEqual([...TERMINAL_STATES]);
  });

  test.each(mistakeStates.filter((id) => !TERMINAL_STATES.includes(`lab.${id}` as never)))('from %s the procedure can still be finished', (id) => {
    const from = byState.get(id)!.state;
    const path = shortestRecovery(from);
    expect(path, `dead end at ${id}`).not.toBeNull();
    // Replaying the recovery really ends in done.
    let s = from;
    for (const e of path!) s = logic.transition(s, e, undefined as never) as LabSnapshot;
    expect(currentStateId(s)).toBe('done');
  });

  test('from the terminal state done cannot be reached, but stopping can', () => {
    const from = byState.get('orgMismatch')!.state;
    expect(shortestRecovery(from)).toBeNull();
    const stop = shortestPath(from, { goal: (s) => currentStateId(s) === 'abandoned' });
    expect(stop?.map((e) => e.type)).toEqual(['attempt.abandon']);
  });

  test('shortestRecovery from the start follows the KB steps in order, without a mistake', () => {
    const path = shortestRecovery(start)!.filter((e) => e.type !== 'clock.tick').map((e) => e.type);
    // Steps 8a/8b may take the accepted short cut (bring the running services online, ClusSvc 1024).
    const kbOrder = ['app.open', 'cluster.selectGroup', 'resource.takeOffline', 'app.close', 'backup.restore', 'service.start', 'mail.send', 'group.move'];
    expect(path.filter((t) => kbOrder.includes(t))).toEqual(kbOrder);
    expect(path).toContain('group.bringOnline');
    let s = start;
    for (const e of shortestRecovery(start)!) {
      s = logic.transition(s, e, undefined as never) as LabSnapshot;
      expect(s.hasTag('mistake')).toBe(false);
    }
  });
});
