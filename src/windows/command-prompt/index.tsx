import { lazyBody, type ToolWindow } from '../tool-window.ts';

/** Start ▸ Programs ▸ Command Prompt, or Run… `cmd`: an 80×25 console. */
export const commandPromptWindow: ToolWindow = {
  useTitle: () => 'Command Prompt',
  Body: lazyBody(() => import('./CommandPromptBody.tsx'), 'CommandPromptBody'),
  width: 668,
  height: 420,
};
