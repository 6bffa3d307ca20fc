import { policyOf } from '../sim/session/mode-policy.ts';
import { labSession, sendLab } from '../store/lab-session.ts';
import { findPathTo } from './find-path.ts';
import { canJumpTo } from './jump-path.ts';
import { NODE_BY_ID } from './graph-data.ts';
import { useMapUi } from './map-ui.ts';

export const isInstructor = () => policyOf(labSession.getState().mode).instructorTools;

/** Whether clicking (or Enter on) this node jumps there: instructor mode, the live lab, a state. */
export function jumpsOnActivate(id: string, live: boolean): boolean {
  const node = NODE_BY_ID.get(id);
  return live && isInstructor() && !!node && canJumpTo(node);
}

/**
 * Click or Enter on a node: always shows its explanation; in instructor mode it also moves the lab
 * there, by the shortest way from the scenario's start (searched off the main thread).
 */
export function activateNode(id: string, live: boolean): void {
  const ui = useMapUi.getState();
  ui.pin(id);
  if (!jumpsOnActivate(id, live) || ui.jump.phase === 'searching') return;
  void jumpToState(id);
}

export async function jumpToState(target: string): Promise<void> {
  const { setJump } = useMapUi.getState();
  const { scenario, attempt } = labSession.getState();
  const seed = attempt.seed;
  setJump({ phase: 'searching', target });
  try {
    const events = await findPathTo({ scenario, seed, target });
    const now = labSession.getState();
    // Another scenario was started meanwhile: this path belongs to the old one.
    if (now.scenario.id !== scenario.id || now.attempt.seed !== seed) return setJump({ phase: 'idle' });
    if (!events) return setJump({ phase: 'no-path', target });
    sendLab({ type: 'session.jump', events });
    setJump({ phase: 'done', target, actions: events.filter((e) => e.type !== 'clock.tick').length });
  } catch (err) {
    setJump({ phase: 'failed', target, error: err instanceof Error ? err.message : String(err) });
  }
}
