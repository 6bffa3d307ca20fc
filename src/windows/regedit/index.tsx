import { lazyBody, type ToolWindow } from '../tool-window.ts';

/** Regedit.exe: the Windows 95-style Registry Editor NT 4 also ships (not the one Q200941 asks for). */
export const regeditWindow: ToolWindow = {
  useTitle: () => 'Registry Editor',
  Body: lazyBody(() => import('./RegeditBody.tsx'), 'RegeditBody'),
  width: 620,
  height: 420,
};
