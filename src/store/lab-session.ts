import { createStore } from 'zustand/vanilla';
import { useShallow } from 'zustand/react/shallow';
import { useStoreInTransition, useStorePaced } from './use-store-in-transition.ts';
import type { Attempt } from '../sim/attempt/attempt.ts';
import { resumeSession, startSession, step, type Session, type SessionCommand } from '../sim/session/session.ts';
import type { Verdict } from '../sim/session/verdict.ts';
import { standardScenario } from '../sim/scenarios/standard.ts';
import type { Mode, Scenario } from '../sim/scenarios/types.ts';
import type { World } from '../sim/world/types.ts';

/**
 * The one running lab: the session (scenario, attempt log, the procedure machine's snapshot that
 * holds the world) plus what only the running page knows. Every change of the session goes through
 * `sendLab`, which is the pure `step` of src/sim/session and a `setState`.
 */
export interface LabSession extends Session {
  mode: Mode;
  /** Wall-clock ms when the attempt began (for `at` stamps). */
  startedAt: number;
  /** Counts the attempts started, resumed or branched on this page: the app re-applies the clock and the address on each. */
  run: number;
  /** Simulated-time multiplier: 0 pauses, 1 is real time, 10 is ten times faster. The app's clock reads it. */
  clockSpeed: number;
}

export const labSession = createStore<LabSession>(() => ({
  ...startSession(standardScenario, 1), mode: 'practice', startedAt: Date.now(), run: 0, clockSpeed: 1,
}));

/**
 * The one door for windows and features: sends a world event, a clock tick, a meta event (hint,
 * solution, undo, reset) or an instructor command (jump, branch) and returns the verdict; a refused
 * event's verdict carries the engine's error for the window to show.
 */
export function sendLab(event: SessionCommand): Verdict {
  const s = labSession.getState();
  const { session, verdict } = step(s, { event, at: Date.now() - s.startedAt });
  if (verdict.kind === 'ignored') return verdict;
  // A second screen computes the verdict on its copy, and the console applies the command and sends the result back.
  if (relay) {
    relay.command(event);
    return verdict;
  }
  const { scenario, attempt, snapshot, start, hints } = session;
  if (event.type === 'session.branch') labSession.setState({ scenario, attempt, snapshot, start, hints, startedAt: Date.now(), run: s.run + 1 });
  else labSession.setState({ scenario, attempt, snapshot, hints });
  return verdict;
}

/** A new attempt of `scenario` in `mode`. */
export function startLab(scenario: Scenario, mode: Mode, seed: number): void {
  labSession.setState((s) => ({ ...startSession(scenario, seed), mode, startedAt: Date.now(), run: s.run + 1 }));
}

/** Resumes a saved attempt by replaying it. */
export function resumeLab(scenario: Scenario, mode: Mode, attempt: Attempt, startedAt: number): void {
  labSession.setState((s) => ({ ...resumeSession(scenario, attempt), mode, startedAt, run: s.run + 1 }));
}

/** Sets how fast simulated time runs (the app's clock scheduler reads it). */
export const setClockSpeed = (clockSpeed: number) => (relay ? relay.speed(clockSpeed) : labSession.setState({ clockSpeed }));

/** Where a second screen ("Map and controls") sends what would change the lab: the console that owns it. */
export interface LabRelay {
  command: (event: SessionCommand) => void;
  speed: (clockSpeed: number) => void;
}
let relay: LabRelay | null = null;
/** Makes this page a remote of another page's lab (src/app/second-screen); null makes it its own lab again. */
export const relayLabTo = (r: LabRelay | null) => { relay = r; };

/** What the windows and panels show of the lab: rendered in a transition after the input's paint (use-store-in-transition.ts). */
export const useLab = <T,>(selector: (s: LabSession) => T): T => useStoreInTransition(labSession, selector);
/** The lab in the input's own frame while `urgent` (the map's highlight, where it is seen), else as `useLab`. */
export const useLabPaced = <T,>(selector: (s: LabSession) => T, urgent: boolean): T => useStorePaced(labSession, selector, urgent);
/** Reads the world. Return primitives, or use `useWorldShallow` for small objects/arrays. */
export function useWorld<T>(selector: (w: World) => T): T {
  return useStoreInTransition(labSession, (s) => selector(s.snapshot.context.world));
}
export function useWorldShallow<T extends object>(selector: (w: World) => T): T {
  return useStoreInTransition(labSession, useShallow((s: LabSession) => selector(s.snapshot.context.world)));
}
export const getWorld = (): World => labSession.getState().snapshot.context.world;
