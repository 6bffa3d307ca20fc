import { create } from 'zustand';

/** Something went wrong with the browser's storage; the UI shows these in plain language. */
export interface StorageProblem {
  message: string;
  /** Where a copy of the unreadable data was kept, if one was. */
  backupKey: string | null;
}

interface StorageProblemsState {
  problems: StorageProblem[];
  /** Records a problem once (the same message is not repeated). */
  report: (problem: StorageProblem) => void;
  dismiss: (index: number) => void;
  clear: () => void;
}

export const useStorageProblems = create<StorageProblemsState>()((set) => ({
  problems: [],
  report: (problem) => set((s) => (s.problems.some((p) => p.message === problem.message) ? s : { problems: [...s.problems, problem] })),
  dismiss: (index) => set((s) => ({ problems: s.problems.filter((_, i) => i !== index) })),
  clear: () => set({ problems: [] }),
}));

export const reportStorageProblem = (problem: StorageProblem) => useStorageProblems.getState().report(problem);
