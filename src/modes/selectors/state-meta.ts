import type { StateMeta } from '../../sim/machines/meta.ts';
import { procedureMachine } from '../../sim/machines/procedure-machine.ts';

/** Meta of a state by its dotted id (`main.restoreFromTape`, `failure.directoryFailed`, `done`). */
export function stateMeta(id: string): StateMeta | undefined {
  try {
    return procedureMachine.getStateNodeById(`lab.${id}`).meta as StateMeta | undefined;
  } catch {
    return undefined;
  }
}

export interface MainTask {
  /** Dotted state id, e.g. `main.prepare`. */
  id: string;
  kbStep: number;
  title: string;
  summary: string;
  explanation: string;
  kb: string[];
}

/** The main line of Q238063 in order: one task per step state of the procedure machine. */
export const MAIN_TASKS: readonly MainTask[] = Object.entries(procedureMachine.states.main.states).map(([key, node]) => {
  const m = node.meta as StateMeta;
  return { id: `main.${key}`, kbStep: m.kbStep ?? 0, title: m.title, summary: m.summary, explanation: m.explanation, kb: m.kb };
});
