import { create } from 'zustand';

/**
 * What the map is showing right now (not saved): the node under the pointer or keyboard focus,
 * the node last clicked, and the instructor's jump in progress or its outcome.
 */
export type JumpState =
  | { phase: 'idle' }
  | { phase: 'searching'; target: string }
  | { phase: 'done'; target: string; actions: number }
  | { phase: 'no-path'; target: string }
  | { phase: 'failed'; target: string; error: string };

interface MapUi {
  inspected: string | null;
  pinned: string | null;
  jump: JumpState;
  inspect: (id: string | null) => void;
  pin: (id: string | null) => void;
  setJump: (jump: JumpState) => void;
}

export const useMapUi = create<MapUi>((set) => ({
  inspected: null,
  pinned: null,
  jump: { phase: 'idle' },
  inspect: (inspected) => set({ inspected }),
  pin: (pinned) => set({ pinned }),
  setJump: (jump) => set({ jump }),
}));
