import { lazyBody, type ToolWindow } from '../tool-window.ts';

/** Windows NT Backup 4.0, Exchange-aware (domain §9.2). */
export const backupWindow: ToolWindow = {
  useTitle: () => 'Backup',
  Body: lazyBody(() => import('./BackupBody.tsx'), 'BackupBody'),
  width: 680,
  height: 480,
};
