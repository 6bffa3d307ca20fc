import { create } from 'zustand';
import type { Attempt } from '../sim/attempt/attempt.ts';
import type { Report } from '../sim/scoring/types.ts';
import type { Mode, Scenario } from '../sim/scenarios/types.ts';
import type { Rung } from './selectors/hints.ts';

/** Which of the lab's own dialogs is open (only one at a time, like a period program). */
export type ModesDialog =
  | { kind: 'catalog' }
  | { kind: 'briefing' }
  | { kind: 'report'; report: Report; attempt: Attempt; mode: Mode; finishedAt: number | null }
  | { kind: 'history' }
  | { kind: 'replay'; attempt: Attempt; scenario: Scenario; title: string }
  | { kind: 'share'; status: string }
  | { kind: 'solution' }
  | { kind: 'lrs' };

export interface RevealedHint {
  rung: Rung;
  /** Null while the search for the way from here runs. */
  text: string | null;
}

interface ModesState {
  dialog: ModesDialog | null;
  /** The catalog docked beside the console (no scenario in the link, or a link that cannot be used). */
  docked: boolean;
  /** Why the catalog is showing instead of a scenario (a bad link), in plain words. */
  notice: string | null;
  /** Hints revealed at the trainee's current position; `at` identifies that position. */
  hints: { at: string; revealed: RevealedHint[] };
  /** The newest feedback note the trainee dismissed ("Got it"), per attempt. */
  feedbackSeen: { attempt: string; index: number };
  /** The mode panel folded to a narrow strip (more room for the console). */
  panelCollapsed: boolean;
  open: (dialog: ModesDialog) => void;
  close: () => void;
  showCatalogDocked: (notice: string | null) => void;
  undock: () => void;
  reveal: (at: string, hint: RevealedHint) => void;
  setPanelCollapsed: (collapsed: boolean) => void;
  dismissFeedback: (attempt: string, index: number) => void;
  /** Fills in a rung's text once its search is done (if the trainee is still at `at`). */
  settleHint: (at: string, rung: Rung, text: string) => void;
}

export const useModes = create<ModesState>()((set) => ({
  dialog: null,
  docked: false,
  notice: null,
  hints: { at: '', revealed: [] },
  panelCollapsed: false,
  feedbackSeen: { attempt: '', index: -1 },
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
  showCatalogDocked: (notice) => set({ docked: true, notice }),
  undock: () => set({ docked: false, notice: null }),
  setPanelCollapsed: (panelCollapsed) => set({ panelCollapsed }),
  dismissFeedback: (attempt, index) => set({ feedbackSeen: { attempt, index } }),
  settleHint: (at, rung, text) => set((s) => (s.hints.at !== at ? s : { hints: { at, revealed: s.hints.revealed.map((h) => (h.rung === rung ? { rung, text } : h)) } })),
  reveal: (at, hint) => set((s) => ({ hints: { at, revealed: [...(s.hints.at === at ? s.hints.revealed : []), hint] } })),
}));
