import type { ToolWindow } from '../tool-window.ts';
import { RegeditBody } from './RegeditBody.tsx';
import './regedit.css';

/** Regedit.exe: the Windows 95-style Registry Editor NT 4 also ships (not the one Q200941 asks for). */
export const regeditWindow: ToolWindow = {
  useTitle: () => 'Registry Editor',
  Body: RegeditBody,
  width: 620,
  height: 420,
};
