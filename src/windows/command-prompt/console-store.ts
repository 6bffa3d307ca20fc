import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { openConsole, type ConsoleState } from '../../sim/cli/console.ts';
import type { NodeName } from '../../sim/world/names.ts';
import { labSession } from '../../store/lab-session.ts';

/** Lines NT keeps above the window (its screen buffer), so the log does not grow without end. */
const SCROLLBACK_LINES = 300;

interface Consoles {
  screens: Partial<Record<NodeName, ConsoleState>>;
  /** Commands typed at each node's prompt, oldest first (↑/↓). */
  history: Partial<Record<NodeName, string[]>>;
}

/** Each node's Command Prompt: UI state only; the world changes only through the events it sends. */
export const consoleStore = createStore<Consoles>(() => ({ screens: {}, history: {} }));

const trim = (s: ConsoleState): ConsoleState => {
  const lines = s.screen.split('\n');
  return lines.length > SCROLLBACK_LINES ? { ...s, screen: lines.slice(-SCROLLBACK_LINES).join('\n') } : s;
};

export const consoleOf = (node: NodeName): ConsoleState => consoleStore.getState().screens[node] ?? openConsole(node);

export function saveConsole(node: NodeName, next: ConsoleState): void {
  consoleStore.setState((s) => ({ screens: { ...s.screens, [node]: trim(next) } }));
}

export function remember(node: NodeName, line: string): void {
  if (!line.trim()) return;
  consoleStore.setState((s) => ({ history: { ...s.history, [node]: [...(s.history[node] ?? []), line].slice(-50) } }));
}

export const useConsole = (node: NodeName): ConsoleState => useStore(consoleStore, (s) => s.screens[node]) ?? openConsole(node);
export const useHistory = (node: NodeName): string[] => useStore(consoleStore, (s) => s.history[node]) ?? EMPTY;
const EMPTY: string[] = [];

// A closed window (exit, its Close button, a reset of the attempt) starts a fresh cmd.exe next time.
labSession.subscribe((s) => {
  const { screens, history } = consoleStore.getState();
  const open = s.snapshot.context.world.consoles.open;
  const gone = (Object.keys(screens) as NodeName[]).filter((n) => !open[n]?.includes('command-prompt'));
  if (gone.length === 0) return;
  const keep = <T,>(r: Partial<Record<NodeName, T>>) => Object.fromEntries(Object.entries(r).filter(([n]) => !gone.includes(n as NodeName)));
  consoleStore.setState({ screens: keep(screens), history: keep(history) });
});
