import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** Regedt32's View choice: both panes, or one of them. */
export type PaneView = 'both' | 'tree' | 'data';
/** The state of the MDI child window that shows HKEY_LOCAL_MACHINE. */
export type HiveWindowState = 'normal' | 'maximized' | 'minimized' | 'closed';

/** Registry Editor's own settings (Options menu, View menu): UI state, not part of the simulated world. */
export interface RegistrySettings {
  autoRefresh: boolean;
  readOnly: boolean;
  confirmOnDelete: boolean;
  saveSettingsOnExit: boolean;
  view: PaneView;
  hive: HiveWindowState;
  toggle: (option: 'autoRefresh' | 'readOnly' | 'confirmOnDelete' | 'saveSettingsOnExit') => void;
  setView: (view: PaneView) => void;
  setHive: (hive: HiveWindowState) => void;
}

export const registrySettings = createStore<RegistrySettings>((set) => ({
  autoRefresh: false,
  readOnly: false,
  confirmOnDelete: true,
  saveSettingsOnExit: true,
  view: 'both',
  hive: 'normal',
  toggle: (option) => set((s) => ({ [option]: !s[option] })),
  setView: (view) => set({ view }),
  setHive: (hive) => set({ hive }),
}));

export const useRegistrySettings = <T,>(selector: (s: RegistrySettings) => T): T => useStore(registrySettings, selector);
