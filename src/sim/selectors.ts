import type { StateValue } from 'xstate';
import type { LabSnapshot } from './attempt/replay.ts';
import type { StateMeta } from './machines/meta.ts';

/** The dotted id of the active leaf state, e.g. `main.restoreFromTape` or `failure.directoryFailed`. */
export function stateId(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] ?? ['', ''];
  return child === undefined ? key : `${key}.${stateId(child as StateValue)}`;
}

export const currentStateId = (s: LabSnapshot) => stateId(s.value);

/** Meta of the active leaf state. */
export function currentMeta(s: LabSnapshot): StateMeta | undefined {
  const meta = s.getMeta() as Record<string, StateMeta | undefined>;
  return meta[`lab.${currentStateId(s)}`];
}
