import { lazyBody, type ToolWindow } from '../tool-window.ts';

/** Start > Settings > Control Panel (`control`): the folder with the period's applets. */
export const controlPanelWindow: ToolWindow = {
  useTitle: () => 'Control Panel',
  Body: lazyBody(() => import('./ControlPanelBody.tsx'), 'ControlPanelBody'),
  width: 572,
  height: 380,
};
