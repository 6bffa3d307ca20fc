import type { SimEvent } from '../events.ts';
import type { NodeName } from '../world/names.ts';
import type { Verdict } from '../session/verdict.ts';
import type { World } from '../world/types.ts';
import { BANNER } from './builtins.ts';
import { newShell } from './environment.ts';
import { promptOf, resume, runLine } from './run.ts';
import type { Job, JobInput, Reply, Shell } from './types.ts';

/** One Command Prompt window's text and the command it is running. Plain data. */
export interface ConsoleState {
  shell: Shell;
  /** Everything printed so far, the current prompt included; the typed line follows it. */
  screen: string;
  job: Job | null;
  /** The running command waits for a typed answer (NET's Y/N question). */
  asking: boolean;
  /** `exit` was typed: the window closes. */
  closed: boolean;
}

/** Sends an event through the lab's one door and gives back its verdict and the world after it. */
export type Send = (event: SimEvent) => { verdict: Verdict; world: World };

export const openConsole = (node: NodeName): ConsoleState => {
  const shell = newShell(node);
  return { shell, screen: `${BANNER}${promptOf(shell)}`, job: null, asking: false, closed: false };
};

/** Prints a reply, sends what it asks to send and follows its job until it waits or ends. */
function follow(state: ConsoleState, reply: Reply, send: Send): ConsoleState {
  let s = state;
  let r: Reply = reply;
  for (;;) {
    const shell = r.shell ?? s.shell;
    s = { ...s, shell, screen: r.clear ? '' : s.screen + r.text, closed: s.closed || !!r.exit };
    if (r.send && r.job) {
      const { verdict, world } = send(r.send);
      // The attempt is over (ignored): the command has nothing left to report.
      if (verdict.kind === 'ignored') r = { text: '\n' };
      else r = resume(r.job, world, { kind: 'sent', error: verdict.kind === 'refused' ? verdict.error : null });
      continue;
    }
    if (r.send) send(r.send);
    if (r.job && !r.exit) return { ...s, job: r.job, asking: !!r.ask };
    return { ...s, job: null, asking: false, screen: s.closed ? s.screen : s.screen + promptOf(s.shell) };
  }
}

/** The trainee pressed Enter on `line`: a command at the prompt, or the answer to a question. */
export function submitLine(state: ConsoleState, world: World, line: string, send: Send): ConsoleState {
  if (state.closed) return state;
  const echoed = { ...state, screen: `${state.screen}${line}\n` };
  if (state.job && state.asking) return follow(echoed, resume(state.job, world, { kind: 'answer', text: line }), send);
  if (state.job) return state;
  return follow(echoed, runLine(state.shell, world, line), send);
}

/** The world changed: a waiting command (a service starting or stopping) looks again. */
export function worldChanged(state: ConsoleState, world: World, send: Send): ConsoleState {
  if (!state.job || state.asking) return state;
  const input: JobInput = { kind: 'world' };
  return follow(state, resume(state.job, world, input), send);
}

/** Ctrl+C: NT prints ^C and gives the prompt back; what was sent to the lab stays done. */
export function interrupt(state: ConsoleState): ConsoleState {
  if (!state.job) return state;
  return { ...state, job: null, asking: false, screen: `${state.screen}^C\n${promptOf(state.shell)}` };
}
