import type { Attempt } from '../../sim/attempt/attempt.ts';
import type { Mode } from '../../sim/scenarios/types.ts';
import type { SessionCommand } from '../../sim/session/session.ts';

/**
 * The messages between the console and its "Map and controls" window, over a BroadcastChannel
 * (same browser, no server). The console owns the lab; the other window shows a copy and sends
 * commands back. Each side says it is alive every second; silence means the other window closed.
 */
export const CHANNEL = 'crl-second-screen';
export const VIEW_PARAM = 'view';
export const CONTROLS_VIEW = 'controls';
/** The console a controls window follows (one per browser tab). */
export const CONSOLE_PARAM = 'console';
export const BEAT_MS = 1000;
/** A window that has not been heard from for this long is gone. */
export const LOST_MS = 3500;

/** Everything the controls window needs to rebuild the console's lab by replaying it. */
export interface LabCopy {
  scenarioId: string;
  mode: Mode;
  attempt: Attempt;
  startedAt: number;
  clockSpeed: number;
}

export type Message =
  | { t: 'hello'; console: string }
  | { t: 'state'; console: string; lab: LabCopy }
  | { t: 'command'; console: string; event: SessionCommand }
  | { t: 'speed'; console: string; clockSpeed: number }
  | { t: 'beat'; console: string; from: 'console' | 'controls' }
  | { t: 'bye'; console: string; from: 'console' | 'controls' };

/** True for a message of this protocol addressed to `consoleId`. Never trusts the shape. */
export function isFor(data: unknown, consoleId: string): data is Message {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as { t?: unknown; console?: unknown };
  return typeof m.t === 'string' && m.console === consoleId;
}

/** The address of the controls window for a console: the same app and link, with the view named. */
export function controlsUrl(href: string, consoleId: string): string {
  const url = new URL(href);
  url.searchParams.set(VIEW_PARAM, CONTROLS_VIEW);
  url.searchParams.set(CONSOLE_PARAM, consoleId);
  return url.toString();
}

/** A console's id, kept for the tab's life (a reload keeps it, so its controls window finds it again). */
export function consoleIdOf(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined, make: () => string): string {
  const KEY = 'crl.console-id';
  try {
    const known = storage?.getItem(KEY);
    if (known) return known;
    const id = make();
    storage?.setItem(KEY, id);
    return id;
  } catch {
    return make();
  }
}
