import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { MailFolder } from '../../sim/selectors/inbox.ts';

/** The Exchange client's own state: the open folder and which messages were read. Not part of the world. */
export interface InboxUi {
  folder: MailFolder;
  readIds: number[];
  showFolders: boolean;
  openFolder: (folder: MailFolder) => void;
  markRead: (id: number, read?: boolean) => void;
  toggleFolders: () => void;
}

export const inboxUi = createStore<InboxUi>((set) => ({
  folder: 'Inbox',
  readIds: [],
  showFolders: true,
  openFolder: (folder) => set({ folder }),
  markRead: (id, read = true) => set((s) => ({ readIds: read ? [...new Set([...s.readIds, id])] : s.readIds.filter((r) => r !== id) })),
  toggleFolders: () => set((s) => ({ showFolders: !s.showFolders })),
}));

export const useInboxUi = <T,>(selector: (s: InboxUi) => T): T => useStore(inboxUi, selector);
